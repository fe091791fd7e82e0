// `body` as one CommonMark string, mapped onto galley's blocks.
#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;
using Lines = std::vector<std::string>;

namespace {
const std::string head = "id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\n";

// body: | followed by `markdown` indented by two spaces.
std::string with_body(const std::string& markdown) {
    std::string out = head + "body: |\n";
    std::size_t start = 0;
    while (start < markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string::npos) {
            end = markdown.size();
        }
        const std::string line = markdown.substr(start, end - start);
        out += line.empty() ? "\n" : "  " + line + "\n";
        start = end + 1;
    }
    return out;
}
}  // namespace

TEST_CASE("loader markdown body: blocks map onto paragraphs headings quotes lists rules") {
    const LoadResult r = load_yaml(
        with_body("First *para*\nsoft broken.\n"
                  "\n"
                  "## Section\n"
                  "\n"
                  "Setext three\n"
                  "------------\n"
                  "\n"
                  "#### Four\n"
                  "\n"
                  "> Quoted line\n> one.\n>\n> Second paragraph.\n>\n> — Jane Roe, *editor*\n"
                  "\n"
                  "- a\n- b **bold**\n"
                  "\n"
                  "1. one\n2. two\n"
                  "\n"
                  "* * *\n"
                  "\n"
                  "<div>raw</div>\n"));
    INFO(lines_of(r).size());
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    const auto& body = r.article->body;
    REQUIRE(body.size() == 9);
    CHECK(plain_text(std::get<Paragraph>(body[0].content).content) == "First para soft broken.");
    CHECK(body[0].at.line == 6);
    CHECK(body[0].at.column == 3);
    CHECK(std::get<Heading>(body[1].content).level == 2);
    CHECK(body[1].at.line == 9);
    CHECK(std::get<Heading>(body[2].content).level == 2);
    CHECK(plain_text(std::get<Heading>(body[2].content).content) == "Setext three");
    CHECK(std::get<Heading>(body[3].content).level == 4);
    const Quote& q = std::get<Quote>(body[4].content);
    REQUIRE(q.content.size() == 3);
    CHECK(q.content[0].text == "Quoted line one.");
    CHECK(q.content[1].kind == Inline::Kind::LineBreak);
    CHECK(q.content[2].text == "Second paragraph.");
    CHECK(plain_text(q.attribution) == "Jane Roe, editor");
    const List& ul = std::get<List>(body[5].content);
    CHECK_FALSE(ul.ordered);
    CHECK(ul.items.size() == 2);
    CHECK(std::get<List>(body[6].content).ordered);
    CHECK(std::holds_alternative<Rule>(body[7].content));
    CHECK(std::get<Paragraph>(body[8].content).content[0].text == "<div>raw</div>");
}

TEST_CASE("loader markdown body: a quote without a dash line has no attribution") {
    const LoadResult r = load_yaml(with_body("> Just one paragraph.\n>\n> And another.\n"));
    REQUIRE(r.ok());
    const Quote& q = std::get<Quote>(r.article->body[0].content);
    CHECK(q.attribution.empty());
    CHECK(plain_text(q.content) == "Just one paragraph. And another.");
}

TEST_CASE("loader markdown body: an image alone in its paragraph is a figure") {
    test::TempDir dir;
    write_file(dir / "pic.png", read_file(samples_dir() / "images" / "archive-chart.png"));
    const LoadResult r =
        load_yaml(with_body("Text.\n\n![A chart](pic.png \"The caption\")\n"), dir.path());
    INFO(lines_of(r).size());
    REQUIRE(r.ok());
    const Image& img = std::get<Image>(r.article->body[1].content);
    CHECK(img.path == "pic.png");
    CHECK(img.alt == "A chart");
    CHECK(plain_text(img.caption) == "The caption");
    CHECK(img.media_type == "image/png");
    CHECK(img.width == 640);
    REQUIRE(img.data);
    CHECK(img.data->size() == fs::file_size(dir / "pic.png"));
}

TEST_CASE("loader markdown body: what the model cannot hold is an error at its place") {
    CHECK(diagnostics_of(with_body("# Level one\n"  // 6:3
                                   "\n"
                                   "##### Level five\n"  // 8:3
                                   "\n"
                                   "    indented code\n"  // 10:7
                                   "\n"
                                   "```\nfenced\n```\n"  // 12:3
                                   "\n"
                                   "- outer\n  - inner\n"  // 17:5
                                   "\n"
                                   "> ## heading in quote\n"  // 19:5
                                   "\n"
                                   "> > nested quote\n"  // 21:5
                                   "\n"
                                   "Text ![inline](x.png) image.\n"  // 23:8
                                   "\n"
                                   "![](x.png)\n"  // 25:3
                                   "\n"
                                   "A [bad](javascript:x) link.\n"  // 27:5
                                   "\n"
                                   "-\n")) ==  // 29:3
          Lines{
              "t.yaml:6:3: error: a level-1 heading is the headline; body headings are levels 2 to "
              "4 (## to ####)",
              "t.yaml:8:3: error: heading level 5 is too deep; body headings are levels 2 to 4 (## "
              "to ####)",
              "t.yaml:10:7: error: code blocks (indented by 4 spaces or fenced with ```) are not "
              "supported in an article body",
              "t.yaml:12:3: error: code blocks (indented by 4 spaces or fenced with ```) are not "
              "supported in an article body",
              "t.yaml:17:5: error: nested lists are not supported (a list item)",
              "t.yaml:19:5: error: a block quote may hold only text paragraphs",
              "t.yaml:21:5: error: a block quote may hold only text paragraphs",
              "t.yaml:23:8: error: an image must stand alone in its paragraph (blank lines around "
              "it) to become a figure",
              "t.yaml:25:3: error: image \"x.png\" not found",
              "t.yaml:25:3: error: the image needs alt text: ![what it shows](x.png)",
              "t.yaml:27:5: error: link scheme 'javascript' is not allowed; links must be absolute "
              "http, https or mailto URLs",
              "t.yaml:29:3: error: empty list item",
          });
}

TEST_CASE("loader markdown body: image file problems are reported at the image") {
    CHECK(diagnostics_of(with_body("Text.\n\n![Alt](../outside.png)\n")) ==
          Lines{"t.yaml:8:3: error: image \"../outside.png\" leaves the article's folder ('..')"});
}

TEST_CASE("loader markdown body: deep block nesting is walked without recursion") {
    // 100 000 nested block quotes: cmark parses them, the mapper reports the first
    // nested one and skips the rest without descending.
    const std::string deep = head + "body: \"" + std::string(100000, '>') + " x\"\n";
    const LoadResult r = load_yaml(deep);
    CHECK(lines_of(r) == Lines{"t.yaml:5:9: error: a block quote may hold only text paragraphs"});
}
