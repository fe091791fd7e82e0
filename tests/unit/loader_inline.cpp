// Inline CommonMark in text fields: runs, literal block markers, raw HTML, links, breaks.
#include "loader/inline_field.hpp"

#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::detail;
using namespace galley::test;
using Lines = std::vector<std::string>;

namespace {

InlineText parse(std::string_view text, std::vector<TextIssue>* issues_out = nullptr) {
    std::vector<TextIssue> issues;
    InlineText runs = parse_inline_field(text, "'headline'", 64, issues);
    if (issues_out) {
        *issues_out = issues;
    } else {
        INFO(text);
        CHECK(issues.empty());
    }
    return runs;
}

// A compact picture of runs: T(text) E[...] S[...] C(code) L<url>[...] BR.
std::string shape(const InlineText& runs) {
    std::string out;
    for (const Inline& r : runs) {
        switch (r.kind) {
        case Inline::Kind::Text: out += "T(" + r.text + ")"; break;
        case Inline::Kind::Code: out += "C(" + r.text + ")"; break;
        case Inline::Kind::LineBreak: out += "BR"; break;
        case Inline::Kind::Emphasis: out += "E[" + shape(r.children) + "]"; break;
        case Inline::Kind::Strong: out += "S[" + shape(r.children) + "]"; break;
        case Inline::Kind::Link: out += "L<" + r.url + ">[" + shape(r.children) + "]"; break;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("loader inline: emphasis strong code links and line breaks become runs") {
    CHECK(shape(parse("plain words")) == "T(plain words)");
    CHECK(shape(parse("  padded  ")) == "T(padded)");
    CHECK(shape(parse("a *b* **c** `d` [e](https://x.org \"t\")")) ==
          "T(a )E[T(b)]T( )S[T(c)]T( )C(d)T( )L<https://x.org>[T(e)]");
    CHECK(shape(parse("*nested **strong** and [link *em*](mailto:a@b.c)*")) ==
          "E[T(nested )S[T(strong)]T( and )L<mailto:a@b.c>[T(link )E[T(em)]]]");
    CHECK(shape(parse("one\ntwo")) == "T(one two)");
    CHECK(shape(parse("one\\\ntwo")) == "T(one)BRT(two)");
    CHECK(shape(parse("one  \ntwo")) == "T(one)BRT(two)");
    CHECK(shape(parse("<https://x.org/a>")) == "L<https://x.org/a>[T(https://x.org/a)]");
    CHECK(shape(parse("<a@b.org>")) == "L<mailto:a@b.org>[T(a@b.org)]");
    const InlineText titled = parse("[x](http://a.b \"The title\")");
    CHECK(titled[0].title == "The title");
}

TEST_CASE("loader inline: entities and backslash escapes are decoded") {
    CHECK(shape(parse("AT&amp;T &copy; &#169; &#x4E2D; \\*not em\\* \\[x\\]")) ==
          "T(AT&T © © 中 *not em* [x])");
}

TEST_CASE("loader inline: raw HTML stays literal text") {
    CHECK(shape(parse("<b>bold</b> & <i>x</i>")) == "T(<b>bold</b> & <i>x</i>)");
    CHECK(shape(parse("<div>block?</div>")) == "T(<div>block?</div>)");
    CHECK(shape(parse("<!-- comment -->")) == "T(<!-- comment -->)");
}

TEST_CASE("loader inline: what would start a block in CommonMark stays literal text") {
    for (const char* text :
         {"2024. What a year", "1) First", "- x", "+ x", "* x", "# x", "###### six", "> q", "***",
          "---", "___", "- - -", "===", "```", "~~~ fence", "    indented code",
          "\tindented by tab", "[label]: https://x.org"}) {
        INFO(text);
        const InlineText runs = parse(text);
        REQUIRE(runs.size() == 1);
        CHECK(runs[0].kind == Inline::Kind::Text);
        CHECK(runs[0].text == collapse_whitespace(text));
    }
    // Not every leading mark starts a block; these keep their inline meaning.
    CHECK(shape(parse("*emphasis* first")) == "E[T(emphasis)]T( first)");
    CHECK(shape(parse("**strong** first")) == "S[T(strong)]T( first)");
    CHECK(shape(parse("`code` first")) == "C(code)T( first)");
    CHECK(shape(parse("[link](https://x.org) first")) == "L<https://x.org>[T(link)]T( first)");
    CHECK(shape(parse("#hashtag")) == "T(#hashtag)");
    CHECK(shape(parse("2024 in review")) == "T(2024 in review)");
    // Markers at the start of a continuation line do not interrupt the text either.
    CHECK(shape(parse("Title\n===\n- x\n> y\n1. z")) == "T(Title === - x > y 1. z)");
    CHECK(shape(parse("*em*\n---")) == "E[T(em)]T( ---)");
}

TEST_CASE("loader inline: problems are reported at their offset in the text") {
    std::vector<TextIssue> issues;
    parse("ok [a](javascript:alert(1)) [b](ftp://x) [c](page.html) [d](http:x) [e](mailto:)",
          &issues);
    REQUIRE(issues.size() == 5);
    CHECK(issues[0].offset == 3);
    CHECK(issues[0].message == "link scheme 'javascript' is not allowed; links must be absolute "
                               "http, https or mailto URLs");
    CHECK(issues[1].message ==
          "link scheme 'ftp' is not allowed; links must be absolute http, https or mailto URLs");
    CHECK(issues[2].message == "link target \"page.html\" has no scheme; links must be absolute "
                               "http, https or mailto URLs");
    CHECK(issues[3].message == "link target \"http:x\" has no host");
    CHECK(issues[4].message == "link target \"mailto:\" has no address");

    parse("a ![pic](p.png) b", &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].offset == 2);
    CHECK(issues[0].message == "an image cannot stand inside 'headline'; put it in a block of its "
                               "own ({image: PATH, alt: TEXT})");

    parse("one\n\ntwo", &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].offset == 5);
    CHECK(issues[0].message ==
          "'headline' is a single paragraph: a blank line is not allowed in it");
}

TEST_CASE("loader inline: escapes inserted for block markers do not shift positions") {
    std::vector<TextIssue> issues;
    parse("first line\n   # heading-like [x](ftp://a)", &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].offset == 29);  // the '[' in the original text
}

TEST_CASE("loader inline: nesting deeper than the limit is an error and not a deep tree") {
    std::string deep;  // *a *a *a ... x ... a* a* a*: emphasis inside emphasis
    for (int i = 0; i < 100; ++i) {
        deep += "*a ";
    }
    deep += "x";
    for (int i = 0; i < 100; ++i) {
        deep += " a*";
    }
    std::vector<TextIssue> issues;
    std::vector<TextIssue> none;
    parse_inline_field(deep, "x", 8, issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].offset == 24);  // the ninth '*'
    CHECK(issues[0].message == "inline markup nested more than 8 levels deep (the limit)");
    parse_inline_field("*a **b** a*", "x", 8, none);
    CHECK(none.empty());
}

TEST_CASE("loader inline: link errors point at the link inside plain quoted and block scalars") {
    const std::string head = "id: t\nlanguage: en\npublished: 2024-01-01\nbody: [x]\n";
    // A plain scalar folded over two lines.
    CHECK(diagnostics_of(head + "headline: Some words and\n  more [bad](ftp://x) text\n") ==
          Lines{"t.yaml:6:8: error: link scheme 'ftp' is not allowed; links must be absolute http, "
                "https or mailto URLs"});
    // Double-quoted with escapes before the link.
    CHECK(diagnostics_of(head + "headline: \"\\u00e9\\t\\\"q\\\" [bad](ftp://x)\"\n") ==
          Lines{"t.yaml:5:26: error: link scheme 'ftp' is not allowed; links must be absolute "
                "http, https or mailto URLs"});
    // Single-quoted with a doubled quote.
    CHECK(diagnostics_of(head + "headline: 'it''s [bad](ftp://x)'\n") ==
          Lines{"t.yaml:5:18: error: link scheme 'ftp' is not allowed; links must be absolute "
                "http, https or mailto URLs"});
    // A folded block scalar, after Cyrillic text (columns are characters).
    CHECK(diagnostics_of(head + "headline: >-\n  Ёлка и\n  ёж [плохо](ftp://x)\n") ==
          Lines{"t.yaml:7:6: error: link scheme 'ftp' is not allowed; links must be absolute http, "
                "https or mailto URLs"});
    // An anchored scalar used through an alias: the error is where the text is written.
    CHECK(diagnostics_of(head + "x-a: &t \"see [it](ftp://x)\"\nheadline: *t\n") ==
          Lines{"t.yaml:5:14: error: link scheme 'ftp' is not allowed; links must be absolute "
                "http, https or mailto URLs"});
}
