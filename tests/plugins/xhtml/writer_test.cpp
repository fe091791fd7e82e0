// galley::xml::Writer and the sanitiser: what goes in as text comes back as the same
// text from a real XML parser, and nothing a value holds can become markup.
#include "xml_query.hpp"

#include <galley/diagnostic.hpp>
#include <galley/xml/sanitize.hpp>
#include <galley/xml/writer.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

std::string sanitized(std::string_view in, std::size_t* replaced = nullptr) {
    std::string out;
    const std::size_t n = xml::append_sanitized(out, in);
    if (replaced != nullptr) {
        *replaced = n;
    }
    return out;
}

// A one-element document whose text and attribute both hold `value`.
std::string document_with(std::string_view value) {
    std::string out;
    xml::Writer w(out);
    w.declaration();
    w.start("root");
    w.namespace_declaration("", "urn:test");
    w.attribute("value", value);
    w.text(value);
    w.finish();
    return out;
}

}  // namespace

TEST_CASE("the sanitiser keeps every XML character and counts nothing", "[xmlwriter]") {
    const std::string good =
        "plain ASCII\t\n\r, accents \xC3\xA9\xC3\xBC, Cyrillic \xD0\x96, CJK \xE4\xB8\xAD, "
        "emoji \xF0\x9F\x93\xB0, a literal U+FFFD \xEF\xBF\xBD, U+E000 \xEE\x80\x80";
    std::size_t replaced = 99;
    CHECK(sanitized(good, &replaced) == good);
    CHECK(replaced == 0);
}

TEST_CASE("the sanitiser replaces what XML 1.0 or HTML parsers reject", "[xmlwriter]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {std::string("a\0b", 3), "NUL"},
        {"a\x01"
         "b",
         "C0 control"},
        {"a\x0C"
         "b",
         "form feed"},
        {"a\x7F"
         "b",
         "DEL"},
        {"a\xC2\x85"
         "b",
         "C1 control NEL"},
        {"a\xEF\xBF\xBE"
         "b",
         "U+FFFE"},
        {"a\xEF\xB7\x90"
         "b",
         "noncharacter U+FDD0"},
        {"a\xF0\x9F\xBF\xBF"
         "b",
         "noncharacter U+1FFFF"},
        {"a\xED\xA0\x80"
         "b",
         "lone surrogate"},
        {"a\xC0\xAF"
         "b",
         "overlong"},
        {"a\xFF"
         "b",
         "byte FF"},
        {"a\xC3", "truncated at the end"},
        {"a\xE4\xB8"
         "b",
         "truncated in the middle"},
        {"a\xF4\x90\x80\x80"
         "b",
         "above U+10FFFF"},
    };
    for (const auto& [input, what] : cases) {
        INFO(what);
        std::size_t replaced = 0;
        const std::string out = sanitized(input, &replaced);
        CHECK(replaced >= 1);
        CHECK(out.rfind("a" + fffd, 0) == 0);
        const XmlQuery q(document_with(input));
        CHECK(q.well_formed());
    }
}

TEST_CASE("text and attributes round-trip through a real parser", "[xmlwriter]") {
    const std::vector<std::string> values = {
        "<script>alert('x')</script>",
        "Tom & Jerry &amp; &#60; &lt;",
        "]]> and <![CDATA[ x ]]>",
        "\"double\" and 'single' quotes",
        "<!-- comment --> <?pi target?> <!DOCTYPE x>",
        "tab\there, newline\nthere",
        "bidi \xE2\x80\xAE"
        "reversed\xE2\x80\xAC and \xE2\x81\xA6"
        "isolate\xE2\x81\xA9 \xD8\x9C",
        "xmlns=\"urn:evil\" x:y=\"1\"",
    };
    for (const auto& value : values) {
        INFO(value);
        const std::string doc = document_with(value);
        const XmlQuery q(doc);
        REQUIRE(q.well_formed());
        CHECK(q.count("/*/*") == 0);  // no element came out of the value
        CHECK(q.count("//comment() | //processing-instruction()") == 0);
        CHECK(q.string("/*") == value);
        // An attribute value is normalised by the parser only where the writer
        // escaped it: tabs and newlines survive as references.
        CHECK(q.string("/*/@value") == value);
    }
}

TEST_CASE("bidi controls are written as character references", "[xmlwriter]") {
    const std::string doc = document_with("a\xE2\x80\xAE"
                                          "b\xE2\x80\x8F"
                                          "c");
    CHECK(doc.find(">a&#x202E;b&#x200F;c</root>") != std::string::npos);
    CHECK(doc.find("value=\"a&#x202E;b&#x200F;c\"") != std::string::npos);
}

TEST_CASE("the writer declares a namespace once and closes elements as asked", "[xmlwriter]") {
    std::string out;
    xml::Writer w(out);
    w.start("html");
    w.namespace_declaration("", xml::xhtml_namespace);
    w.namespace_declaration("epub", xml::epub_namespace);
    w.line_break();
    w.start("p");
    w.end();
    w.line_break();
    w.start("br");
    w.end_empty();
    w.end_on_new_line();
    w.finish();
    CHECK(out == "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                 "xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                 "  <p></p>\n  <br/>\n</html>\n");
}

TEST_CASE("trusted text refuses markup", "[xmlwriter]") {
    std::string out;
    xml::Writer w(out);
    w.start("style");
    CHECK_NOTHROW(w.trusted_text("a > b { content: \"x\"; }"));
    CHECK_THROWS_AS(w.trusted_text("</style><script>"), Error);
    CHECK_THROWS_AS(w.trusted_text("a &amp; b"), Error);
    CHECK_THROWS_AS(w.trusted_text("x ]]> y"), Error);
}
