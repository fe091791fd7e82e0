// Hostile inputs inside the size limit: bounded memory and time, text that outputs can
// write, one mistake reported once. Big inputs are built here, never committed.
#include "loader/value_reader.hpp"

#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <chrono>

using namespace galley;
using namespace galley::test;

namespace {
using Lines = std::vector<std::string>;

double seconds_to_load(const std::string& yaml, LoadResult* out = nullptr) {
    const auto start = std::chrono::steady_clock::now();
    LoadResult r = load_yaml(yaml);
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (out) {
        *out = std::move(r);
    }
    return s;
}
}  // namespace

TEST_CASE("loader hardening: aliases are charged by the bytes they expand to") {
    // 100 KB scalar, aliased 200 times: 20 MB of text from a 101 KB file.
    std::string yaml =
        minimal_article + "x-big: &big \"" + std::string(100000, 'a') + "\"\n" + "x-copies: [";
    for (int i = 0; i < 200; ++i) {
        yaml += i ? ", *big" : "*big";
    }
    yaml += "]\n";
    const Lines lines = diagnostics_of(yaml);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("t.yaml:7:") == 0);
    CHECK(lines[0].find("bytes (the input size limit) once aliases are expanded") !=
          std::string::npos);
    // A few aliases of a short value stay fine.
    CHECK(diagnostics_of(minimal_article + "x-a: &a hello\nx-b: [*a, *a, *a]\n").empty());
}

TEST_CASE("loader hardening: inline elements per article are limited") {
    LoadLimits limits;
    limits.max_inline_nodes = 1000;
    std::string para;
    for (int i = 0; i < 600; ++i) {
        para += "*a* ";
    }
    const std::string yaml = "id: t1\nlanguage: en\nheadline: Title\npublished: 2024-01-02\n"
                             "body:\n  - \"" +
                             para + "\"\n";
    const Lines lines = diagnostics_of(yaml, ".", limits);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("t.yaml:6:") == 0);
    CHECK(lines[0].find("more than 1000 inline elements") != std::string::npos);
    // The default allows an ordinary long article.
    CHECK(diagnostics_of(yaml).empty());
}

TEST_CASE("loader hardening: a million emphasis spans are refused quickly") {
    std::string body;
    body.reserve(14u << 20);
    for (int i = 0; i < 1000000; ++i) {
        body += "*a* ";
    }
    const std::string yaml = "id: t1\nlanguage: en\nheadline: Title\npublished: 2024-01-02\n"
                             "body: \"" +
                             body + "\"\n";
    LoadResult r;
    CHECK(seconds_to_load(yaml, &r) < 10.0);
    REQUIRE_FALSE(r.ok());
    CHECK(lines_of(r)[0].find("inline elements") != std::string::npos);
}

TEST_CASE("loader hardening: many errors in one scalar cost linear time and are capped") {
    std::string value;
    for (int i = 0; i < 100000; ++i) {
        value += "\\x07";
    }
    LoadResult r;
    CHECK(seconds_to_load(minimal_article + "summary: \"" + value + "\"\n", &r) < 5.0);
    const Lines lines = lines_of(r);
    REQUIRE(lines.size() == 51);
    CHECK(lines[0] == "t.yaml:6:11: error: control character U+0007 is not allowed (written as an "
                      "escape)");
    CHECK(lines[1].find("t.yaml:6:15: ") == 0);
    CHECK(lines.back() == "t.yaml: error: 99950 more errors not listed (at most 50 are listed per "
                          "file)");
}

TEST_CASE("loader hardening: duplicate keys are found in linear time") {
    std::string yaml = minimal_article;
    for (int i = 0; i < 99000; ++i) {
        yaml += "x-k" + std::to_string(i % 50000) + ": 1\n";
    }
    LoadResult r;
    CHECK(seconds_to_load(yaml, &r) < 5.0);
    const Lines lines = lines_of(r);
    REQUIRE(lines.size() == 51);
    CHECK(lines[0] == "t.yaml:50006:1: error: duplicate key 'x-k0' (first given on line 6)");
}

TEST_CASE("loader hardening: the YAML escapes for U+00A0 and U+0085 give valid UTF-8") {
    LoadResult r = load_yaml("id: t1\nlanguage: en\nheadline: \"no\\_break\"\n"
                             "published: 2024-01-02\nbody: [\"a\\_b\"]\n");
    REQUIRE(r.ok());
    CHECK(is_valid_utf8(plain_text(r.article->headline)));
    CHECK(plain_text(r.article->headline) == "no\u00A0break");
    // \N is U+0085, a C1 control: refused at the escape.
    CHECK(diagnostics_of(minimal_article + "byline: \"a\\Nb\"\n") ==
          Lines{"t.yaml:6:11: error: control character U+0085 is not allowed (written as an "
                "escape)"});
}

TEST_CASE("loader hardening: character references are checked after decoding") {
    CHECK(diagnostics_of(minimal_article + "summary: \"bell &#7; here\"\n") ==
          Lines{"t.yaml:6:11: error: control character U+0007 is not allowed (written as a "
                "character reference)"});
    CHECK(diagnostics_of(minimal_article + "summary: \"&#xFFFE;\"\n").size() == 1);
    CHECK(diagnostics_of(minimal_article + "summary: \"&#xFFFF;\"\n").size() == 1);
    CHECK(diagnostics_of(minimal_article + "summary: \"&#x85;\"\n").size() == 1);
    // Ordinary references are fine.
    CHECK(diagnostics_of(minimal_article + "summary: \"caf&eacute; &#x2014; &amp;\"\n").empty());
}

TEST_CASE("loader hardening: values out of range are refused at their place") {
    CHECK(diagnostics_of(minimal_article + "version: 2147483648\n") ==
          Lines{"t.yaml:6:10: error: 'version' must be an integer from 1 to 2147483647, got "
                "2147483648"});
    CHECK(diagnostics_of(minimal_article + "version: 2147483647\n").empty());
    CHECK(diagnostics_of(minimal_article + "updated: 2024-01-02T00:00:00+14:01\n").size() == 1);
    CHECK(diagnostics_of(minimal_article + "updated: 2024-01-02T00:00:00-14:00\n").empty());
    CHECK(diagnostics_of(minimal_article + "updated: 0001-01-01T00:00:00+00:01\n").size() == 1);
    CHECK(diagnostics_of(minimal_article + "updated: 9999-12-31T23:59:59-00:01\n").size() == 1);
    CHECK(diagnostics_of(minimal_article + "updated: 9999-12-31T23:59:59Z\n").empty());
    LoadResult r = load_yaml(minimal_article + "updated: 2024-01-02T03:04:05.123456789Z\n");
    REQUIRE(r.ok());
    CHECK(r.article->updated->iso8601() == "2024-01-02T03:04:05.123Z");
}

TEST_CASE("loader hardening: blank text and empty blocks are refused") {
    CHECK(diagnostics_of("id: t1\nlanguage: en\nheadline: \" \\u00A0\"\npublished: 2024-01-02\n"
                         "body: [Text.]\n") ==
          Lines{"t.yaml:3:11: error: 'headline' must not be blank (it holds only white space)"});
    CHECK(diagnostics_of(minimal_article + "byline: \"  \"\n").size() == 1);
    CHECK(diagnostics_of("id: t1\nlanguage: en\nheadline: T\npublished: 2024-01-02\n"
                         "body: [\"  \"]\n") ==
          Lines{"t.yaml:5:8: error: empty paragraph in 'body'"});
    CHECK(diagnostics_of("id: t1\nlanguage: en\nheadline: T\npublished: 2024-01-02\n"
                         "body: \"Text.\\n\\n##\\n\"\n")
              .size() == 1);
    CHECK(diagnostics_of("id: t1\nlanguage: en\nheadline: T\npublished: 2024-01-02\n"
                         "body: \"[x]: https://example.com/\"\n")
              .size() == 1);
}

TEST_CASE("loader hardening: every text field comes out in NFC, columns stay on the source") {
    // "e" + U+0301 COMBINING ACUTE ACCENT in the headline, a keyword, an author and a block.
    const std::string e_acute = "e\xCC\x81";
    const std::string composed = "\xC3\xA9";  // U+00E9
    LoadResult r =
        load_yaml("id: t1\nlanguage: fr\nheadline: \"Caf" + e_acute + " *cr" + e_acute +
                  "me*\"\nkeywords: [caf" + e_acute + "]\nauthors: [{name: Ren" + e_acute +
                  "}]\npublished: 2024-01-02\nbody: [\"D" + e_acute + "j" + e_acute +
                  " vu\", {heading: \"R" + e_acute + "sum" + e_acute + "\"}]\n");
    REQUIRE(r.ok());
    const Article& a = *r.article;
    CHECK(plain_text(a.headline) == "Caf" + composed + " cr" + composed + "me");
    CHECK(a.keywords.at(0) == "caf" + composed);
    CHECK(a.authors.at(0).name == "Ren" + composed);
    CHECK(plain_text(std::get<Paragraph>(a.body.at(0).content).content) ==
          "D" + composed + "j" + composed + " vu");
    CHECK(plain_text(std::get<Heading>(a.body.at(1).content).content) ==
          "R" + composed + "sum" + composed);
    // A diagnostic after decomposed text counts the source's characters (two for e + U+0301).
    CHECK(diagnostics_of("id: t1\nlanguage: fr\nheadline: \"" + e_acute +
                         " [x](ftp://a)\"\npublished: 2024-01-02\nbody: [Text.]\n") ==
          Lines{"t.yaml:3:15: error: link scheme 'ftp' is not allowed; links must be absolute "
                "http, https or mailto URLs"});
}
