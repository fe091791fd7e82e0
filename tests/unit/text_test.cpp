// Plain text, word counts, UTF-8 and JSON helpers of the core.
#include "support/json_value.hpp"

#include <galley/json_writer.hpp>
#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;

namespace {
Inline text(std::string s) { return Inline{Inline::Kind::Text, std::move(s), {}, {}, {}}; }
}  // namespace

TEST_CASE("plain_text strips markup and collapses white space", "[text]") {
    Inline em{Inline::Kind::Emphasis, {}, {}, {}, {text("face-to-face")}};
    Inline link{Inline::Kind::Link, {}, "https://example.com", {}, {text("the  site")}};
    Inline br{Inline::Kind::LineBreak, {}, {}, {}, {}};
    InlineText runs{text("  had "), em, text("\ttalks"), br, text("at\n"), link, text(" ")};
    CHECK(plain_text(runs) == "had face-to-face talks at the site");
}

TEST_CASE("word_count counts words across scripts", "[text]") {
    CHECK(word_count("During the 7th China-Russia Expo, a Harbin event.") == 8);
    CHECK(word_count("Harbin’s high-quality development") == 3);
    CHECK(word_count("Ёжик в тумане — это мультфильм.") == 5);
    CHECK(word_count("哈尔滨冰雪节，开幕。") == 8);  // one per ideograph, punctuation not
    CHECK(word_count("时间：今天；") == 4);          // full-width colons are punctuation too
    CHECK(word_count("नमस्ते दुनिया") == 2);            // vowel signs and viramas inside words
    CHECK(word_count("🎉 ✓ ★") == 0);                 // symbols are not words
    CHECK(word_count("") == 0);
}

TEST_CASE("is_cjk: the CJK scripts and the punctuation only they use, from ICU", "[text]") {
    for (char32_t cp : {U'漢', U'か', U'ㄅ', U'한', U'、', U'「', U'ー', U'，', char32_t{0x3000}}) {
        CHECK(is_cjk(cp));
    }
    for (char32_t cp : {U'a', U'·', U'—', U'“', U'Ж'}) {
        CHECK_FALSE(is_cjk(cp));
    }
}

TEST_CASE("UTF-8 decoding rejects what is not UTF-8", "[text]") {
    std::size_t pos = 0;
    CHECK(next_code_point("Ё", pos) == U'Ё');
    CHECK(pos == 2);
    for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                            std::string("\xC3"), std::string("\xFF")}) {
        pos = 0;
        CHECK(next_code_point(bad, pos) == 0xFFFD);
        CHECK(pos == 1);
        CHECK_FALSE(is_valid_utf8("ok " + bad));
    }
    CHECK(is_valid_utf8("Ёлка \xEF\xBF\xBD 😀"));  // a real U+FFFD is a character
    std::string out;
    append_utf8(out, U'😀');
    pos = 0;
    CHECK(next_code_point(out, pos) == U'😀');
}

TEST_CASE("JsonWriter escapes and the reader reads it back", "[json]") {
    std::string out;
    JsonWriter w(out, 0);
    w.begin_object();
    w.member("s", std::string("quote\" back\\ nl\n ctl\x01 ls\u2028 ok"));
    w.member("n", 42);
    w.key("a");
    w.begin_array();
    w.value(true);
    w.null();
    w.end_array();
    w.end_object();
    CHECK(out == R"({"s":"quote\" back\\ nl\n ctl\u0001 ls\u2028 ok","n":42,"a":[true,null]})");
    auto back = detail::parse_json(out);
    REQUIRE(back);
    CHECK(back->get_string("s") == "quote\" back\\ nl\n ctl\x01 ls\u2028 ok");
    CHECK(back->get("n")->number == 42);
    CHECK(back->get("a")->array.size() == 2);
    CHECK_FALSE(detail::parse_json("{\"a\":1,}"));
    CHECK_FALSE(detail::parse_json(std::string(100, '[') + std::string(100, ']')));
}

TEST_CASE("DateTime prints ISO 8601 and converts to Unix time", "[text]") {
    DateTime d{2023, 7, 10};
    CHECK(d.iso8601() == "2023-07-10");
    CHECK(d.iso8601_datetime() == "2023-07-10T00:00:00Z");
    CHECK(d.unix_seconds() == 1688947200);
    DateTime t{2023, 7, 10, true, 14, 30, 5, 0, 180, false};
    CHECK(t.iso8601() == "2023-07-10T14:30:05+03:00");
    CHECK(t.unix_seconds() == 1688947200 + 11 * 3600 + 30 * 60 + 5);
    DateTime z{2024, 2, 29, true, 23, 59, 59, 500000000, 0, true};
    CHECK(z.iso8601() == "2024-02-29T23:59:59.5Z");
}

TEST_CASE("DateTime::from_unix_seconds inverts unix_seconds in UTC", "[text]") {
    for (std::int64_t s :
         {0LL, 1688947200LL, 1688947200LL + 86399, 951782400LL, -1LL, 4102444800LL}) {
        DateTime t = DateTime::from_unix_seconds(s);
        CHECK(t.unix_seconds() == s);
        CHECK(t.utc_designator);
    }
    CHECK(DateTime::from_unix_seconds(951782400).iso8601() == "2000-02-29T00:00:00Z");
    CHECK(DateTime::from_unix_seconds(-1).iso8601() == "1969-12-31T23:59:59Z");
}
