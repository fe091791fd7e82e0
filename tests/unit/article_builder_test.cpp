// The test-article builder every suite uses (tests/support/article_builder.hpp): its
// inline markup means what the same text means in YAML, and an article built key by key
// is the article the loader gives for the same keys.
#include "article_builder.hpp"

#include <galley/loader.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace galley;
using namespace galley::test;

namespace {

// A readable form of inline runs, for comparing and for failure messages.
std::string describe(const InlineText& runs) {
    std::ostringstream out;
    for (const Inline& run : runs) {
        out << static_cast<int>(run.kind) << "{" << run.text << "|" << run.url << "|"
            << describe(run.children) << "}";
    }
    return out.str();
}

Article load(const std::string& yaml) {
    LoadResult loaded = load_article_text(yaml, "built.yaml", ".");
    std::string problems;
    for (const auto& d : loaded.diagnostics) {
        problems += d.format() + "\n";
    }
    INFO(problems);
    REQUIRE(loaded.ok());
    return *loaded.article;
}

}  // namespace

TEST_CASE("the builder's inline markup reads as the loader reads it", "[builder]") {
    for (const std::string markup :
         {"plain words", "a *word* and **two words**", "the `code >= 1` value",
          "see [the page](https://example.org/a?b=1&c=2) now", "**bold with *inner* emphasis**",
          "an unclosed `tick and [bracket stay text"}) {
        DYNAMIC_SECTION(markup) {
            const Article loaded = load("id: m\nlanguage: en\nheadline: \"" + markup +
                                        "\"\npublished: 2024-01-01\nbody: [x]\n");
            CHECK(describe(inline_text(markup)) == describe(loaded.headline));
        }
    }
}

TEST_CASE("plain() keeps markup characters as text", "[builder]") {
    const InlineText runs = plain("<![CDATA[x]]> *not* `code`");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == Inline::Kind::Text);
    CHECK(runs[0].text == "<![CDATA[x]]> *not* `code`");
}

TEST_CASE("a built article is the one the loader gives for the same keys", "[builder]") {
    const Article loaded = load(R"(id: built-1
version: 2
language: de
section: Wirtschaft
headline: Der Hafen *öffnet*
byline: Von Anna
authors:
  - { name: Anna Petrova, role: writer }
dateline: { place: Hamburg, date: 2024-05-02 }
published: 2024-05-02T11:00:00+02:00
keywords: [Hafen, Elbe]
body:
  - Erster Absatz.
  - heading: Zahlen
    level: 3
  - quote: Ein Zitat.
    by: Jemand
  - list: [eins, zwei]
    ordered: true
  - rule: true
)");
    const Article built = ArticleBuilder("built-1", "de")
                              .version(2)
                              .section("Wirtschaft")
                              .headline("Der Hafen *öffnet*")
                              .byline("Von Anna")
                              .author("Anna Petrova", "writer")
                              .dateline("Hamburg", date(2024, 5, 2))
                              .published(date_time(2024, 5, 2, 11, 0, 120))
                              .keywords({"Hafen", "Elbe"})
                              .paragraph("Erster Absatz.")
                              .heading("Zahlen", 3)
                              .quote("Ein Zitat.", "Jemand")
                              .list({"eins", "zwei"}, true)
                              .rule()
                              .build();
    CHECK(built.id == loaded.id);
    CHECK(built.version == loaded.version);
    CHECK(built.language == loaded.language);
    CHECK(built.section == loaded.section);
    CHECK(describe(built.headline) == describe(loaded.headline));
    CHECK(built.byline == loaded.byline);
    REQUIRE(built.authors.size() == loaded.authors.size());
    CHECK(built.authors[0].name == loaded.authors[0].name);
    CHECK(built.authors[0].role == loaded.authors[0].role);
    REQUIRE(loaded.dateline);
    CHECK(built.dateline->place == loaded.dateline->place);
    CHECK(built.dateline->date->iso8601() == loaded.dateline->date->iso8601());
    CHECK(built.published->iso8601() == loaded.published->iso8601());
    CHECK(built.keywords == loaded.keywords);
    REQUIRE(built.body.size() == loaded.body.size());
    for (std::size_t i = 0; i < built.body.size(); ++i) {
        CHECK(built.body[i].content.index() == loaded.body[i].content.index());
    }
    CHECK(std::get<Heading>(built.body[1].content).level ==
          std::get<Heading>(loaded.body[1].content).level);
    CHECK(describe(std::get<Quote>(built.body[2].content).attribution) ==
          describe(std::get<Quote>(loaded.body[2].content).attribution));
    CHECK(std::get<List>(built.body[3].content).ordered);
}

TEST_CASE("blocks get positions line by line, or where at() puts them", "[builder]") {
    const Article a = ArticleBuilder("p")
                          .paragraph("one")
                          .paragraph("two")
                          .at(40, 3)
                          .rule()
                          .paragraph("three")
                          .build();
    REQUIRE(a.body.size() == 4);
    CHECK(a.body[0].at.line == 20);
    CHECK(a.body[1].at.line == 21);
    CHECK(a.body[2].at.line == 40);
    CHECK(a.body[2].at.column == 3);
    CHECK(a.body[3].at.line == 41);
    // Going on from an article continues after its last block.
    const Article more = ArticleBuilder(a).paragraph("four").build();
    CHECK(more.body.back().at.line == 42);
    CHECK(more.body.size() == 5);
}
