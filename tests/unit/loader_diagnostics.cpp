// Every diagnostic of the loader: its exact text and its line:column, all of them in one
// run, in source order.
#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;
using Lines = std::vector<std::string>;

TEST_CASE("loader diagnostics: three mistakes in one file give three lines in source order") {
    const std::string yaml = "id: t1\n"
                             "language: en\n"
                             "hedline: Title\n"  // unknown key, line 3 col 1
                             "published: 2024-01-02\n"
                             "urgency: high\n"  // line 5 col 10
                             "body:\n"
                             "  - heading: Hi\n"
                             "    level: 7\n";  // line 8 col 12
    CHECK(diagnostics_of(yaml) ==
          Lines{
              // The misspelled required key is one mistake: no "missing 'headline'" too.
              "t.yaml:3:1: error: unknown key 'hedline' (did you mean 'headline'?)",
              "t.yaml:5:10: error: 'urgency' must be an integer from 1 to 9, got \"high\"",
              "t.yaml:8:12: error: 'level' must be an integer from 2 to 4 (level 1 is the "
              "headline), got 7",
          });
}

TEST_CASE("loader diagnostics: unknown keys name the nearest valid key of their own context") {
    const std::string yaml = minimal_article +
                             "authors:\n"
                             "  - nmae: Jane\n"                               // 7:5
                             "copyright: {holdr: X}\n"                        // 8:12 and 8:13
                             "dateline: {place: Moscow, dat: 2024-01-01}\n"   // 9:27
                             "subjects: [{code: 'a:b', name: n, nmae: m}]\n"  // 10:35
                             "corrections: [{date: 2024-01-01, txt: x}]\n"    // 11:34
                             "Headline: again\n"                              // 12:1 (letter case)
                             "completely-different: 1\n";                     // 13:1, no suggestion
    // A flow mapping's place is its '{'; a block mapping's is its first key.
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:7:5: error: unknown key 'nmae' in an author (did you mean 'name'?)",
              "t.yaml:8:13: error: unknown key 'holdr' in 'copyright' (did you mean 'holder'?)",
              "t.yaml:9:27: error: unknown key 'dat' in 'dateline' (did you mean 'date'?)",
              "t.yaml:10:35: error: unknown key 'nmae' in a subject (did you mean 'name'?)",
              "t.yaml:11:34: error: unknown key 'txt' in a correction (did you mean 'text'?)",
              "t.yaml:12:1: error: unknown key 'Headline' (did you mean 'headline'?)",
              "t.yaml:13:1: error: unknown key 'completely-different'",
          });
}

TEST_CASE("loader diagnostics: unknown keys in blocks") {
    const std::string yaml = "id: t1\nlanguage: en\nheadline: T\npublished: 2024-01-02\n"
                             "body:\n"
                             "  - heading: H\n"
                             "    levle: 3\n"  // 7:5
                             "  - quote: Q\n"
                             "    bye: Someone\n"  // 9:5
                             "  - {lst: [a]}\n"    // 10:6
                             "  - {level: 2}\n"    // 11:5 no kind
                             "  - heading: H\n"
                             "    quote: Q\n";  // 13:5 two kinds
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:7:5: error: unknown key 'levle' in a heading block (did you mean 'level'?)",
              "t.yaml:9:5: error: unknown key 'bye' in a quote block (did you mean 'by'?)",
              "t.yaml:10:6: error: unknown key 'lst' in a block (did you mean 'list'?)",
              "t.yaml:11:5: error: a block needs one of 'heading', 'quote', 'list', 'image' or "
              "'rule'",
              "t.yaml:13:5: error: a block has one kind, but 'quote' follows 'heading' here; make "
              "them two blocks",
          });
}

TEST_CASE("loader diagnostics: duplicate keys are errors at the second occurrence") {
    const std::string yaml = minimal_article + "headline: Again\n"                 // 6:1
                                               "authors: [{name: A, name: B}]\n";  // 7:21
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:6:1: error: duplicate key 'headline' (first given on line 3)",
              "t.yaml:7:21: error: duplicate key 'name' in an author (first given on line 7)",
          });
}

TEST_CASE("loader diagnostics: a missing required key points at the mapping that lacks it") {
    CHECK(diagnostics_of("# comment\n\nsection: x\n") ==
          Lines{
              "t.yaml:3:1: error: missing required key 'id'",
              "t.yaml:3:1: error: missing required key 'language'",
              "t.yaml:3:1: error: missing required key 'headline'",
              "t.yaml:3:1: error: missing required key 'body'",
              "t.yaml:3:1: error: at least one of 'created', 'published' or 'updated' is required",
          });
    // Inside a block: the block's mapping.
    CHECK(diagnostics_of("id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\n"
                         "body:\n  - x\n  - image: a.png\n") ==
          Lines{"t.yaml:7:5: error: missing required key 'alt' in an image block",
                "t.yaml:7:12: error: image \"a.png\" not found"});
}

TEST_CASE("loader diagnostics: empty and null values count as missing") {
    CHECK(diagnostics_of("id:\nlanguage: ~\nheadline: ''\npublished: null\nupdated:\n"
                         "body: []\n") ==
          Lines{
              "t.yaml:1:1: error: 'id' must not be empty",
              "t.yaml:1:1: error: at least one of 'created', 'published' or 'updated' is required",
              "t.yaml:2:1: error: 'language' must not be empty",
              "t.yaml:3:1: error: 'headline' must not be empty",
              "t.yaml:6:1: error: 'body' must not be empty",
          });
    CHECK(diagnostics_of(minimal_article + "keywords: [a, '', ~]\nx: 1\n") ==
          Lines{
              "t.yaml:6:15: error: each item of 'keywords' must be a non-empty string, got \"\"",
              "t.yaml:6:19: error: each item of 'keywords' must be a non-empty string, got nothing",
              "t.yaml:7:1: error: unknown key 'x'",
          });
}

TEST_CASE("loader diagnostics: values of the wrong type or form") {
    const std::string yaml = "galley: 2\n"                // 1:9
                             "id: has space\n"            // 2:5
                             "version: 0\n"               // 3:10
                             "language: english\n"        // 4:11
                             "headline: [a, b]\n"         // 5:11
                             "published: '2024-01-02'\n"  // quoted date is fine
                             "urgency: \"3\"\n"           // 7:10
                             "status: cancelled\n"        // 8:9
                             "embargo: 2024-01-02\n"      // 9:10
                             "authors: [{name: A, email: nope, uri: ftp://x}]\n"  // 10:28, 10:40
                             "copyright: {holder: H, year: MMXXIV}\n"             // 11:30
                             "dateline: [a]\n"                                    // 12:11
                             "subjects: [{code: medtop 1, name: x}]\n"            // 13:19
                             "keywords: Harbin\n"                                 // 14:11
                             "corrections: [{date: yesterday, text: x}]\n"        // 15:22
                             "body: {heading: x}\n";                              // 16:7
    CHECK(
        diagnostics_of(yaml) ==
        Lines{
            "t.yaml:1:9: error: 'galley' is 2, but this galley reads format version 1 only",
            "t.yaml:2:5: error: 'id' must be 1 to 128 letters, digits, '.', '_', ':' or '-', got "
            "\"has space\"",
            "t.yaml:3:10: error: 'version' must be an integer from 1 to 2147483647, got 0",
            "t.yaml:4:11: error: 'language' must be a BCP 47 language tag such as en, ru or "
            "zh-Hans, got \"english\"",
            "t.yaml:5:11: error: 'headline' must be text, got a list",
            "t.yaml:7:10: error: 'urgency' must be an integer from 1 to 9, not a quoted string "
            "(write 3 without quotes)",
            "t.yaml:8:9: error: 'status' must be usable, withheld or canceled, got \"cancelled\" "
            "(did you mean 'canceled'?)",
            "t.yaml:9:10: error: 'embargo' needs a time and an offset, not only a date "
            "(2023-07-10T14:30:00+03:00), got \"2024-01-02\"",
            "t.yaml:10:28: error: 'email' must be an e-mail address such as name@example.com, got "
            "\"nope\"",
            "t.yaml:10:39: error: 'uri' must be an absolute http or https URL, got \"ftp://x\"",
            "t.yaml:11:30: error: 'year' must be a year from 1 to 9999, got \"MMXXIV\"",
            "t.yaml:12:11: error: 'dateline' must be a place or a mapping {place, date?}, got a "
            "list",
            "t.yaml:13:19: error: 'code' must be a qcode such as medtop:04000000, got \"medtop 1\"",
            "t.yaml:14:11: error: 'keywords' must be a list of strings, got \"Harbin\"",
            "t.yaml:15:22: error: 'date' must be an ISO 8601 date (2023-07-10) or date-time with "
            "offset (2023-07-10T14:30:00+03:00), got \"yesterday\"",
            "t.yaml:16:7: error: 'body' must be a list of blocks or a CommonMark string, got a "
            "mapping",
        });
}

TEST_CASE("loader diagnostics: body items of the wrong shape") {
    const std::string yaml = "id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\n"
                             "body:\n"
                             "  - ''\n"                           // 6:5
                             "  -\n"                              // 7:3
                             "  - [nested]\n"                     // 8:5
                             "  - list: text\n"                   // 9:11
                             "  - list: [a, {b: c}]\n"            // 10:15
                             "  - list: [a]\n    ordered: yes\n"  // 12:14
                             "  - rule: false\n"                  // 13:11
                             "  - {rule: }\n";                    // 14:6
    CHECK(diagnostics_of(yaml) ==
          Lines{
              "t.yaml:6:5: error: empty paragraph in 'body'",
              "t.yaml:7:3: error: a body block must be a paragraph (a string) or a mapping such as "
              "{heading: ...}, got nothing",
              "t.yaml:8:5: error: a body block must be a paragraph (a string) or a mapping such as "
              "{heading: ...}, got a list",
              "t.yaml:9:11: error: 'list' must be a list of items of text, got \"text\"",
              "t.yaml:10:15: error: each item of 'list' must be text, got a mapping",
              "t.yaml:12:14: error: 'ordered' must be true or false, got \"yes\"",
              "t.yaml:13:11: error: 'rule' must be true (write {rule: true})",
              "t.yaml:14:6: error: 'rule' must be true (write {rule: true})",
          });
}

TEST_CASE("loader diagnostics: YAML syntax errors carry yaml-cpp's place 1-based") {
    CHECK(diagnostics_of("id: t\nlanguage: en\n  headline: x\n") ==
          Lines{"t.yaml:3:11: error: invalid YAML: illegal map value"});
    CHECK(diagnostics_of("id: t\nbody: [a, b\n") ==
          Lines{"t.yaml:3:1: error: invalid YAML: end of sequence flow not found"});
    CHECK(diagnostics_of("id: *nope\n") ==
          Lines{"t.yaml:1:5: error: invalid YAML: the referenced anchor is not defined"});
    CHECK(diagnostics_of("id: \"bad \\q escape\"\n") ==
          Lines{"t.yaml:1:12: error: invalid YAML: unknown escape character: q"});
}

TEST_CASE("loader diagnostics: columns count characters also after multi-byte letters") {
    // yaml-cpp's own marks count bytes; the loader's count characters.
    CHECK(diagnostics_of(minimal_article + "section: Ёлки\nключ: Ёж\n") ==
          Lines{"t.yaml:7:1: error: unknown key 'ключ'"});
    CHECK(diagnostics_of(minimal_article + "places: [Пекин, Москва]\nurgency: Ёж\n") ==
          Lines{"t.yaml:7:10: error: 'urgency' must be an integer from 1 to 9, got \"Ёж\""});
    CHECK(diagnostics_of(minimal_article + "keywords: [北京, 上海, {x: 1}]\n") ==
          Lines{"t.yaml:6:20: error: each item of 'keywords' must be a non-empty string, got a "
                "mapping"});
    // A syntax error after Cyrillic text; yaml-cpp marks the character after a bad escape.
    CHECK(diagnostics_of("id: t\nsection: Ёлка\n  x: y\n") ==
          Lines{"t.yaml:3:4: error: invalid YAML: illegal map value"});
    CHECK(diagnostics_of("id: t\nsection: [Ёлка, Ёж\n") ==
          Lines{"t.yaml:3:1: error: invalid YAML: end of sequence flow not found"});
    CHECK(diagnostics_of(minimal_article + "x-a: {ё: 1}\nsection: {ё: [Ёж, \"\\q\"]}\n") ==
          Lines{"t.yaml:7:22: error: invalid YAML: unknown escape character: q"});
}

TEST_CASE("loader diagnostics: one YAML document per article") {
    CHECK(
        diagnostics_of(minimal_article + "---\nid: second\n") ==
        Lines{
            "t.yaml:6:1: error: a file holds one article, but a second YAML document starts here"});
    CHECK(
        diagnostics_of(minimal_article + "---\n") ==
        Lines{
            "t.yaml:6:1: error: a file holds one article, but a second YAML document starts here"});
    CHECK(diagnostics_of("---\n" + minimal_article + "...\n").empty());
}

TEST_CASE("loader diagnostics: an empty file and a file that is not a mapping") {
    CHECK(diagnostics_of("") == Lines{"t.yaml:1:1: error: the file is empty; an article is a YAML "
                                      "mapping of keys such as id, headline and body"});
    CHECK(diagnostics_of("# only a comment\n") ==
          Lines{"t.yaml:1:1: error: the file is empty; an article is a YAML mapping of keys such "
                "as id, headline and body"});
    CHECK(diagnostics_of("- a\n- b\n") ==
          Lines{"t.yaml:1:1: error: an article is a YAML mapping of keys (id: ..., headline: ..., "
                "body: ...), got a list"});
    CHECK(diagnostics_of("just text\n") ==
          Lines{"t.yaml:1:1: error: an article is a YAML mapping of keys (id: ..., headline: ..., "
                "body: ...), got \"just text\""});
}

TEST_CASE("loader diagnostics: YAML tags other than !!str and keys that are not names") {
    CHECK(diagnostics_of(minimal_article + "urgency: !!int 5\n") ==
          Lines{"t.yaml:6:10: error: YAML tag '!!int' is not supported here"});
    CHECK(diagnostics_of(minimal_article + "x-a: !custom {a: 1}\n") ==
          Lines{"t.yaml:6:6: error: YAML tag '!custom' is not supported here"});
    CHECK(diagnostics_of(minimal_article + "? [a, b]\n: c\n") ==
          Lines{"t.yaml:6:3: error: a key must be a name, got a list"});
}

TEST_CASE("loader diagnostics: an alias inside the collection it names") {
    CHECK(diagnostics_of(minimal_article + "x-loop: &a [1, *a]\n") ==
          Lines{"t.yaml:6:16: error: alias '*a' refers to a collection that contains it"});
}

TEST_CASE("loader diagnostics: a result with errors has no article but warnings keep it") {
    const LoadResult bad = load_yaml(minimal_article + "urgency: 0\n");
    CHECK_FALSE(bad.ok());
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].severity == Severity::Error);
    CHECK(bad.diagnostics[0].where.line == 6);
    CHECK(bad.diagnostics[0].where.column == 10);
    CHECK(bad.diagnostics[0].message == "'urgency' must be an integer from 1 to 9, got 0");

    const LoadResult warned = load_yaml("id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\n"
                                        "body: |\n  3. three\n  4. four\n");
    CHECK(warned.ok());
    CHECK(lines_of(warned) == Lines{"t.yaml:6:3: warning: the list starts at 3, but numbered lists "
                                    "are always numbered from 1"});
}
