// The raw-bytes check: invalid UTF-8 and forbidden characters at their line and column.
#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;
using Lines = std::vector<std::string>;

TEST_CASE("loader encoding: invalid UTF-8 of every kind at its place") {
    const std::string yaml = minimal_article +
                             "x-a: caf\xC3 x\n"           // 6:9 truncated
                             "x-b: \xC0\xAF\n"            // 7:6 overlong lead byte
                             "x-c: \xE0\x80\xAF\n"        // 8:6 overlong 3-byte
                             "x-d: \xED\xA0\x80\n"        // 9:6 surrogate
                             "x-e: \xF4\x90\x80\x80\n"    // 10:6 beyond U+10FFFF
                             "x-f: ok \x80\x80\x80 ok\n"  // 11:9 one error for the run
                             "x-g: Ё\xFF\n";              // 12:7 after a 2-byte letter
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:6:9: error: invalid UTF-8: sequence starting with 0xC3 is cut short",
              "t.yaml:7:6: error: invalid UTF-8: byte 0xC0 never occurs in UTF-8",
              "t.yaml:8:6: error: invalid UTF-8: overlong encoding starting with 0xE0",
              "t.yaml:9:6: error: invalid UTF-8: encoded surrogate (UTF-16 halves are not "
              "characters)",
              "t.yaml:10:6: error: invalid UTF-8: code point beyond U+10FFFF",
              "t.yaml:11:9: error: invalid UTF-8: stray continuation byte 0x80",
              "t.yaml:12:7: error: invalid UTF-8: byte 0xFF never occurs in UTF-8",
          });
}

TEST_CASE("loader encoding: control characters DEL C1 and non-characters") {
    using namespace std::string_literals;  // "..."s keeps the NUL byte
    const std::string yaml = minimal_article +
                             "x-a: a\x01"
                             "b\n"                     // 6:7
                             "x-b: \tok\x7F\n"         // 7:9 (tab allowed)
                             "x-c: \xC2\x85 nel\n"     // 8:6 C1
                             "x-d: \xEF\xBF\xBF\n"s +  // 9:6 U+FFFF
                             "x-e: nul\0x\n"s +        // 10:9
                             "x-f: cr\rx\n";           // 11:8 lone CR
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:6:7: error: control character U+0001 is not allowed",
              "t.yaml:7:9: error: control character U+007F is not allowed",
              "t.yaml:8:6: error: control character U+0085 is not allowed",
              "t.yaml:9:6: error: U+FFFF is not a character",
              "t.yaml:10:9: error: control character U+0000 is not allowed",
              "t.yaml:11:8: error: carriage return without a line feed (use LF or CRLF line ends)",
          });
}

TEST_CASE("loader encoding: a NUL byte inside the text is found not a string terminator") {
    const std::string yaml = minimal_article + std::string("x-a: a\0b\n", 9);
    CHECK(diagnostics_of(yaml) ==
          Lines{"t.yaml:6:7: error: control character U+0000 is not allowed"});
}

TEST_CASE("loader encoding: every diagnostic is UTF-8 even when it quotes a bad byte") {
    // fuzz/regressions/invalid-byte-quoted-in-unknown-key.yaml: the key "\xE4 x" is
    // reported once for its byte and once as an unknown key, which quotes it.
    const Lines lines = diagnostics_of(minimal_article + "x-a:\n\xE4 x: 1\n");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "t.yaml:7:1: error: invalid UTF-8: sequence starting with 0xE4 is cut short");
    CHECK(lines[1].find("\\xE4 x") != std::string::npos);
    for (const std::string& line : lines) {
        CHECK(is_valid_utf8(line));
    }
}

TEST_CASE("loader encoding: NUL bytes at the start do not make the file UTF-32") {
    // fuzz/regressions/nul-bytes-read-as-utf32.yaml: yaml-cpp would read "q\0\0\0..." as
    // UTF-32LE; only the NULs are reported, nothing quoted from the misread text.
    CHECK(diagnostics_of(std::string("q\0\0\0pe3 expect:c ", 17)) ==
          Lines{"t.yaml:1:2: error: control character U+0000 is not allowed",
                "t.yaml:1:3: error: control character U+0000 is not allowed",
                "t.yaml:1:4: error: control character U+0000 is not allowed"});
}

TEST_CASE("loader encoding: characters written as double-quoted escapes are checked too") {
    CHECK(diagnostics_of(minimal_article + "x-a: \"bell \\a and \\x85 and \\u0007\"\n") ==
          Lines{
              "t.yaml:6:12: error: control character U+0007 is not allowed (written as an escape)",
              "t.yaml:6:19: error: control character U+0085 is not allowed (written as an escape)",
              "t.yaml:6:28: error: control character U+0007 is not allowed (written as an escape)",
          });
    // Escapes of allowed characters are fine.
    CHECK(diagnostics_of(minimal_article + "x-a: \"tab\\t nl\\n \\u00e9 \\U0001F600\"\n").empty());
}

TEST_CASE("loader encoding: UTF-16 and binary files are refused in one or few lines") {
    CHECK(diagnostics_of(std::string("\xFF\xFE"
                                     "i\0d\0",
                                     6)) ==
          Lines{"t.yaml:1:1: error: the file is UTF-16 encoded; save the article as UTF-8"});
    std::string binary;
    for (int i = 0; i < 4000; ++i) {
        binary += static_cast<char>((i * 37) & 0xFF);
    }
    const Lines lines = diagnostics_of(binary);
    REQUIRE(lines.size() == 51);
    CHECK(lines.back().find("too many encoding errors; is this a UTF-8 text file?") !=
          std::string::npos);
}

TEST_CASE("loader encoding: multi-byte text everywhere is fine") {
    CHECK(diagnostics_of(
              "id: t\nlanguage: zh-Hans\nheadline: 「冰雪」，你好。😀\npublished: 2024-01-01\n"
              "body: [Ёлка — ёж, 中文。]\n")
              .empty());
}
