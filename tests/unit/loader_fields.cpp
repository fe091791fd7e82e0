// The loader fills every field of the Article from every key of article-format.md.
#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;

namespace {

const char* complete_article = R"(galley: 1
id: "news:2024.03-14_a"
version: 3
language: sr-Latn-RS
section: Foreign Exchanges
headline: Harbin *event* held in Russia
subheadline: More than **150** attended
summary: A `short` summary.
byline: By ( e.my399.com )
authors:
  - { name: Jane Roe, role: reporter, email: jane@example.com, uri: "https://example.com/jane" }
  - name: John Doe
source: e.my399.com
copyright: { holder: Example Ltd, year: 2024, notice: All rights reserved. }
dateline: { place: "Yekaterinburg, Russia", date: 2023-07-10 }
created: 2023-07-10
published: 2023-07-10T14:30:00+03:00
updated: 2023-07-11T08:00:00.25Z
urgency: 3
slugline: CHINA-RUSSIA/HARBIN
status: withheld
embargo: 2023-07-10T12:00:00-05:30
corrections:
  - { date: 2023-07-11, text: "Fixed the *spelling* of a name." }
subjects:
  - { code: "medtop:04000000", name: "economy, business and finance" }
keywords: [Harbin, Expo]
people: [Zhang Qixiang]
organisations: [Harbin Municipal Government]
places: [Harbin, Brest Region]
x-newsml: { provider: "example", tags: [a, b], n: 5, empty: ~ }
x-flag: true
body:
  - First paragraph.
  - heading: A heading
    level: 3
  - heading: Default level
  - quote: Said *this*.
    by: Someone, somewhere
  - list: [one, "two", "**three**"]
    ordered: true
  - list: [bullet]
  - rule: true
)";

}  // namespace

TEST_CASE("loader: every top-level key lands in its Article field") {
    const LoadResult r = load_yaml(complete_article);
    INFO(lines_of(r).size());
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    const Article& a = *r.article;
    CHECK(a.format_version == 1);
    CHECK(a.id == "news:2024.03-14_a");
    CHECK(a.version == 3);
    CHECK(a.language == "sr-Latn-RS");
    CHECK(a.section == "Foreign Exchanges");
    REQUIRE(a.headline.size() == 3);
    CHECK(a.headline[1].kind == Inline::Kind::Emphasis);
    CHECK(plain_text(a.headline) == "Harbin event held in Russia");
    CHECK(a.subheadline[1].kind == Inline::Kind::Strong);
    CHECK(a.summary[1].kind == Inline::Kind::Code);
    CHECK(a.summary[1].text == "short");
    CHECK(a.byline == "By ( e.my399.com )");
    REQUIRE(a.authors.size() == 2);
    CHECK(a.authors[0].name == "Jane Roe");
    CHECK(a.authors[0].role == "reporter");
    CHECK(a.authors[0].email == "jane@example.com");
    CHECK(a.authors[0].uri == "https://example.com/jane");
    CHECK(a.authors[1].name == "John Doe");
    CHECK(a.authors[1].role.empty());
    CHECK(a.source == "e.my399.com");
    REQUIRE(a.copyright);
    CHECK(a.copyright->holder == "Example Ltd");
    CHECK(a.copyright->year == 2024);
    CHECK(a.copyright->notice == "All rights reserved.");
    REQUIRE(a.dateline);
    CHECK(a.dateline->place == "Yekaterinburg, Russia");
    REQUIRE(a.dateline->date);
    CHECK(a.dateline->date->iso8601() == "2023-07-10");
    REQUIRE(a.created);
    CHECK_FALSE(a.created->has_time);
    REQUIRE(a.published);
    CHECK(a.published->iso8601() == "2023-07-10T14:30:00+03:00");
    CHECK(a.published->offset_minutes == 180);
    REQUIRE(a.updated);
    CHECK(a.updated->utc_designator);
    CHECK(a.updated->nanosecond == 250000000);
    CHECK(a.updated->iso8601() == "2023-07-11T08:00:00.25Z");
    CHECK(a.urgency == 3);
    CHECK(a.slugline == "CHINA-RUSSIA/HARBIN");
    CHECK(a.status == PubStatus::Withheld);
    REQUIRE(a.embargo);
    CHECK(a.embargo->offset_minutes == -330);
    REQUIRE(a.corrections.size() == 1);
    CHECK(a.corrections[0].date.iso8601() == "2023-07-11");
    CHECK(plain_text(a.corrections[0].text) == "Fixed the spelling of a name.");
    REQUIRE(a.subjects.size() == 1);
    CHECK(a.subjects[0].code == "medtop:04000000");
    CHECK(a.subjects[0].name == "economy, business and finance");
    CHECK(a.keywords == std::vector<std::string>{"Harbin", "Expo"});
    CHECK(a.people == std::vector<std::string>{"Zhang Qixiang"});
    CHECK(a.organisations == std::vector<std::string>{"Harbin Municipal Government"});
    CHECK(a.places == std::vector<std::string>{"Harbin", "Brest Region"});
    CHECK(a.source_name == "t.yaml");

    REQUIRE(a.extensions.size() == 2);
    const ExtensionValue& x = a.extensions.at("x-newsml");
    REQUIRE(x.kind == ExtensionValue::Kind::Mapping);
    REQUIRE(x.members.size() == 4);
    CHECK(x.members[0].first == "provider");
    CHECK(x.members[0].second.scalar == "example");
    CHECK(x.members[1].second.kind == ExtensionValue::Kind::Sequence);
    CHECK(x.members[1].second.items.size() == 2);
    CHECK(x.members[2].second.scalar == "5");
    CHECK(x.members[3].second.kind == ExtensionValue::Kind::Null);
    CHECK(a.extensions.at("x-flag").scalar == "true");

    REQUIRE(a.body.size() == 7);
    CHECK(std::get<Paragraph>(a.body[0].content).content[0].text == "First paragraph.");
    CHECK(a.body[0].at.line == 34);
    CHECK(a.body[0].at.column == 5);
    CHECK(std::get<Heading>(a.body[1].content).level == 3);
    CHECK(a.body[1].at.line == 35);
    CHECK(std::get<Heading>(a.body[2].content).level == 2);
    const Quote& q = std::get<Quote>(a.body[3].content);
    CHECK(plain_text(q.content) == "Said this.");
    CHECK(plain_text(q.attribution) == "Someone, somewhere");
    const List& ol = std::get<List>(a.body[4].content);
    CHECK(ol.ordered);
    REQUIRE(ol.items.size() == 3);
    CHECK(ol.items[2][0].kind == Inline::Kind::Strong);
    CHECK_FALSE(std::get<List>(a.body[5].content).ordered);
    CHECK(std::holds_alternative<Rule>(a.body[6].content));
}

TEST_CASE("loader: defaults when optional keys are absent null or empty") {
    const LoadResult r =
        load_yaml(minimal_article + "galley:\nversion: ~\nsection: ''\nsubheadline: null\n"
                                    "authors: []\ncopyright: {}\nstatus:\nkeywords: []\n");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    const Article& a = *r.article;
    CHECK(a.format_version == 1);
    CHECK(a.version == 1);
    CHECK(a.section.empty());
    CHECK(a.subheadline.empty());
    CHECK(a.authors.empty());
    CHECK_FALSE(a.copyright);
    CHECK(a.status == PubStatus::Usable);
    CHECK_FALSE(a.urgency);
    CHECK_FALSE(a.embargo);
    CHECK(a.extensions.empty());
}

TEST_CASE("loader: dateline as a plain string status canceled created alone suffices") {
    const LoadResult r =
        load_yaml("id: t\nlanguage: ru\nheadline: Заголовок\ncreated: 2024-02-29T23:59:59Z\n"
                  "dateline: Москва\nstatus: canceled\nbody: [Текст.]\n");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    CHECK(r.article->dateline->place == "Москва");
    CHECK_FALSE(r.article->dateline->date);
    CHECK(r.article->status == PubStatus::Canceled);
    CHECK_FALSE(r.article->published);
}

TEST_CASE("loader: numbers and booleans written plain are text in text fields") {
    const LoadResult r =
        load_yaml(minimal_article + "section: 2024\nbyline: yes\nkeywords: [1, true]\n");
    REQUIRE(r.ok());
    CHECK(r.article->section == "2024");
    CHECK(r.article->byline == "yes");
    CHECK(r.article->keywords == std::vector<std::string>{"1", "true"});
}

TEST_CASE("loader: anchors and aliases reuse values without copying the YAML") {
    const LoadResult r =
        load_yaml("id: t\nlanguage: en\nheadline: &h Same *text*\npublished: 2024-01-01\n"
                  "summary: *h\n"
                  "authors: [&jane {name: Jane}, *jane]\n"
                  "body:\n  - &p A paragraph.\n  - *p\n");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    CHECK(plain_text(r.article->summary) == "Same text");
    CHECK(r.article->authors.size() == 2);
    CHECK(r.article->authors[1].name == "Jane");
    REQUIRE(r.article->body.size() == 2);
    // The alias block stands where the alias is written, not where its anchor is.
    CHECK(r.article->body[1].at.line == 9);
}

TEST_CASE("loader: !!str is a string CRLF line ends and a BOM are accepted") {
    const LoadResult r =
        load_yaml("\xEF\xBB\xBFid: !!str 12345\r\nlanguage: en\r\nheadline: T\r\n"
                  "published: 2024-01-01\r\nbody:\r\n  - |\r\n    one\r\n    two\r\n");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    CHECK(r.article->id == "12345");
    // The soft line break of the block scalar became a space.
    CHECK(plain_text(std::get<Paragraph>(r.article->body[0].content).content) == "one two");
}
