// The article-to-item mapping of plugins/newsml/README.md, element by
// element, on articles built in C++ (independent of the YAML loader).
#include "newsml_test_support.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace galley;
using namespace galley::newsml_test;

using Names = std::vector<std::string>;

TEST_CASE("the root is a NewsML-G2 2.35 power newsItem with the IPTC catalog", "[newsml]") {
    Xml x(render(basic_article()).bytes);
    CHECK(x.count("/n:newsItem") == 1);
    CHECK(x.str("/n:newsItem/@standard") == "NewsML-G2");
    CHECK(x.str("/n:newsItem/@standardversion") == "2.35");
    CHECK(x.str("/n:newsItem/@conformance") == "power");
    CHECK(x.str("/n:newsItem/@version") == "1");
    CHECK(x.str("/n:newsItem/@xml:lang") == "en");
    CHECK(x.str("/n:newsItem/@guid") ==
          "urn:newsml:e.my399.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(x.str("/n:newsItem/n:catalogRef/@href") ==
          "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml");
    CHECK(x.child_names("/n:newsItem") ==
          Names{"catalogRef", "itemMeta", "contentMeta", "contentSet"});
}

TEST_CASE("itemMeta and contentMeta come in schema order", "[newsml]") {
    Article a = full_article();
    a.version = 2;
    Output out = render(a, {{"section-base", "https://example.com/s/"}});
    Xml x(out.bytes);
    CHECK(x.child_names("/n:newsItem") ==
          Names{"catalogRef", "rightsInfo", "itemMeta", "contentMeta", "contentSet"});
    CHECK(x.child_names("/n:newsItem/n:itemMeta") ==
          Names{"itemClass", "provider", "versionCreated", "firstCreated", "embargoed", "pubStatus",
                "generator", "service", "edNote", "edNote", "edNote", "signal", "signal"});
    CHECK(x.child_names("/n:newsItem/n:contentMeta") ==
          Names{"urgency", "contentCreated", "contentModified", "located",  "infoSource",
                "creator", "creator",        "language",        "genre",    "subject",
                "subject", "subject",        "subject",         "subject",  "subject",
                "keyword", "keyword",        "slugline",        "headline", "dateline",
                "by",      "creditline",     "description"});
    CHECK(x.str("//n:itemMeta/n:itemClass/@qcode") == "ninat:text");
    CHECK(x.str("//n:itemMeta/n:pubStatus/@qcode") == "stat:usable");
    CHECK(x.str("//n:itemMeta/n:generator") == "galley");
}

TEST_CASE("timestamps come from the article and a bare date becomes midnight UTC", "[newsml]") {
    SECTION("only updated and a dated dateline (the seed's case)") {
        Xml x(render(basic_article()).bytes);
        CHECK(x.str("//n:versionCreated") == "2023-07-11T00:00:00Z");
        CHECK(x.str("//n:firstCreated") == "2023-07-11T00:00:00Z");
        CHECK(x.str("//n:contentCreated") == "2023-07-10");
        CHECK(x.str("//n:contentModified") == "2023-07-11");
    }
    SECTION("created, published and updated with offsets") {
        Xml x(render(full_article()).bytes);
        CHECK(x.str("//n:versionCreated") == "2023-07-11T09:30:00Z");
        CHECK(x.str("//n:firstCreated") == "2023-07-10T18:05:00+03:00");
        CHECK(x.str("//n:contentCreated") == "2023-07-10T18:05:00+03:00");
        CHECK(x.str("//n:contentModified") == "2023-07-11T09:30:00Z");
    }
    SECTION("only published") {
        Article a = basic_article();
        a.updated.reset();
        a.dateline.reset();
        a.published = date_time(2023, 7, 10, 22, 15, -300);
        Xml x(render(a).bytes);
        CHECK(x.str("//n:versionCreated") == "2023-07-10T22:15:00-05:00");
        CHECK(x.str("//n:firstCreated") == "2023-07-10T22:15:00-05:00");
        CHECK(x.count("//n:contentCreated | //n:contentModified") == 0);
        CHECK(x.str("/n:newsItem/@guid") ==
              "urn:newsml:e.my399.com:20230710:harbin-promotion-yekaterinburg-2023");
    }
}

TEST_CASE("the clock is never read: same article gives same bytes whatever SOURCE_DATE_EPOCH",
          "[newsml]") {
    Article a = full_article();
    std::string first = render(a).bytes;
    CHECK(render(a).bytes == first);
    CHECK(render(a, {}, 1700000000).bytes == first);
    CHECK(render(a, {{"wrap", "newsMessage"}}, 1).bytes ==
          render(a, {{"wrap", "newsMessage"}}, 2000000000).bytes);
}

TEST_CASE("an article without any date is refused even with SOURCE_DATE_EPOCH", "[newsml]") {
    Article a = basic_article();
    a.updated.reset();
    a.dateline->date.reset();
    CHECK_THROWS_WITH(render(a), Catch::Contains("none of created, published, updated"));
    CHECK_THROWS_WITH(render(a, {}, 1689033600), Catch::Contains("none of created"));
    a.created = date(2023, 7, 9);
    CHECK(Xml(render(a, {}, 1689033600).bytes).str("//n:versionCreated") == "2023-07-09T00:00:00Z");
}

TEST_CASE(
    "descriptive metadata: subjects and entities and keywords and headline and dateline and by",
    "[newsml]") {
    Xml x(render(basic_article()).bytes);
    CHECK(x.all("//n:subject[@type='cpnat:abstract']/@qcode") ==
          Names{"medtop:04000000", "medtop:20000638"});
    CHECK(x.all("//n:subject[@type='cpnat:abstract']/n:name") ==
          Names{"economy, business and finance", "international relations"});
    CHECK(x.all("//n:subject[@type='cpnat:geoArea']/n:name") == Names{"Harbin", "Yekaterinburg"});
    CHECK(x.all("//n:subject[@type='cpnat:person']/n:name") == Names{"Zhang Qixiang"});
    CHECK(x.all("//n:subject[@type='cpnat:organisation']/n:name") ==
          Names{"Harbin Municipal Government"});
    CHECK(x.count("//n:subject[@type!='cpnat:abstract'][@qcode or @uri or @literal]") == 0);
    CHECK(x.all("//n:keyword") == Names{"Harbin", "China-Russia Expo"});
    CHECK(x.str("//n:headline") ==
          "Harbin business promotion and economic cooperation event held in Russia");
    CHECK(x.str("//n:located/@type") == "cpnat:geoArea");
    CHECK(x.str("//n:located/n:name") == "Yekaterinburg, Russia");
    CHECK(x.str("//n:dateline") == "Yekaterinburg, Russia, July 10");
    CHECK(x.str("//n:by") == "By ( e.my399.com )");
    CHECK(x.str("//n:infoSource/@literal") == "e.my399.com");
    CHECK(x.str("//n:infoSource/n:name") == "e.my399.com");
    CHECK(x.str("//n:creditline") == "e.my399.com");
    CHECK(x.str("//n:contentMeta/n:language/@tag") == "en");
    CHECK(x.str("//n:description[@role='drol:summary']") ==
          "More than 150 representatives from Russia and Belarus attended");
}

TEST_CASE("text fields are plain: inline markup stripped and white space collapsed", "[newsml]") {
    Article a = basic_article();
    a.headline = {text("  Harbin\n\tmeets "), strong({text("Yekaterinburg")}), line_break(),
                  link("https://example.com", {text("again")})};
    a.keywords = {" China-Russia\n Expo "};
    a.byline = "By\tsomeone\n";
    Xml x(render(a).bytes);
    CHECK(x.str("//n:headline") == "Harbin meets Yekaterinburg again");
    CHECK(x.count("//n:headline/*") == 0);
    CHECK(x.str("//h:title") == "Harbin meets Yekaterinburg again");
    CHECK(x.all("//n:keyword") == Names{"China-Russia Expo"});
    CHECK(x.str("//n:by") == "By someone");
}

TEST_CASE("the dateline is the one every format prints, in the article's language", "[newsml]") {
    Article a = basic_article();
    a.language = "ru";
    CHECK(Xml(render(a).bytes).str("//n:dateline") == "Yekaterinburg, Russia, 10 июля");
    a.language = "en-GB";
    a.dateline = Dateline{"Harbin", date(2023, 12, 1)};
    CHECK(Xml(render(a).bytes).str("//n:dateline") == "Harbin, 1 December");
    a.dateline = Dateline{"Harbin, China", std::nullopt};
    CHECK(Xml(render(a).bytes).str("//n:dateline") == "Harbin, China");
    // No date of its own: the published date, as in every other format.
    a.published = date(2023, 12, 2);
    CHECK(Xml(render(a).bytes).str("//n:dateline") == "Harbin, China, 2 December");
    a.published.reset();
    a.dateline = Dateline{"", date(2023, 1, 9)};
    Xml x(render(a).bytes);
    CHECK(x.str("//n:dateline") == "9 January");
    CHECK(x.count("//n:located") == 0);
}

TEST_CASE("the summary is the description and a subheadline stands in for it", "[newsml]") {
    Article a = basic_article();
    Output only_sub = render(a);
    CHECK(Xml(only_sub.bytes).str("//n:description") ==
          "More than 150 representatives from Russia and Belarus attended");
    CHECK_FALSE(only_sub.warned("subheadline"));
    a.summary = plain("The summary.");
    Output both = render(a);
    Xml x(both.bytes);
    CHECK(x.all("//n:description") == Names{"The summary."});
    INFO(both.messages());
    CHECK(both.warned("subheadline (the summary is the item's description)"));
}

TEST_CASE("authors become creators with uri and role and their e-mail stays out with a warning",
          "[newsml]") {
    Output out = render(full_article());
    Xml x(out.bytes);
    CHECK(x.all("//n:creator/n:name") == Names{"Anna Petrova", "Li Wei"});
    CHECK(x.str("//n:creator[1]/@uri") == "https://example.com/staff/apetrova");
    CHECK(x.str("//n:creator[1]/n:note") == "correspondent");
    CHECK(x.count("//n:creator[2]/@uri | //n:creator[2]/n:note") == 0);
    CHECK(out.bytes.find("anna@example.com") == std::string::npos);
    INFO(out.messages());
    CHECK(out.warned("e-mail"));

    Article sloppy = basic_article();
    sloppy.authors = {Person{"Anna", "", "", "https://example.com/staff/anna petrova"}};
    CHECK(Xml(render(sloppy).bytes).str("//n:creator/@uri") ==
          "https://example.com/staff/anna%20petrova");
}

TEST_CASE("copyright and x-newsml usage terms become rightsInfo", "[newsml]") {
    Article a = full_article();
    Xml x(render(a).bytes);
    CHECK(x.str("//n:rightsInfo/n:copyrightHolder/@literal") == "Example News Agency");
    CHECK(x.str("//n:rightsInfo/n:copyrightHolder/n:name") == "Example News Agency");
    CHECK(x.str("//n:rightsInfo/n:copyrightNotice") ==
          "\xC2\xA9 2023 Example News Agency");  // presentation::copyright_line()
    CHECK(x.str("//n:rightsInfo/n:usageTerms") == "Not for use outside Europe.");

    a.copyright = Copyright{"Example News Agency", std::nullopt, "(c) ENA, all rights reserved"};
    CHECK(Xml(render(a).bytes).str("//n:copyrightNotice") == "(c) ENA, all rights reserved");
    a.copyright = Copyright{"ENA", std::nullopt, ""};
    CHECK(Xml(render(a).bytes).str("//n:copyrightNotice") == "\xC2\xA9 ENA");
    a.copyright.reset();
    a.extensions.clear();
    CHECK(Xml(render(a).bytes).count("//n:rightsInfo") == 0);
}

TEST_CASE("urgency and slugline are carried", "[newsml]") {
    Xml x(render(full_article()).bytes);
    CHECK(x.str("//n:contentMeta/n:urgency") == "4");
    CHECK(x.str("//n:slugline") == "RUSSIA-CHINA/HARBIN");
    Xml plain(render(basic_article()).bytes);
    CHECK(plain.count("//n:urgency | //n:slugline") == 0);
}

TEST_CASE("an embargo is said twice: embargoed and an edNote", "[newsml]") {
    Xml x(render(full_article()).bytes);
    CHECK(x.str("//n:itemMeta/n:embargoed") == "2023-07-12T06:00:00Z");
    CHECK(x.str("//n:itemMeta/n:edNote[1]") ==
          "Embargoed: not for publication before 2023-07-12T06:00:00Z.");
    CHECK(Xml(render(basic_article()).bytes).count("//n:embargoed") == 0);
}

TEST_CASE("corrections become edNotes and signal sig:correction", "[newsml]") {
    Article a = basic_article();
    a.corrections = {
        Correction{date(2023, 7, 11), plain("The oblast was misnamed.")},
        Correction{date(2023, 7, 12), {emphasis({text("Zhang")}), text(" was misspelt.")}}};
    Xml x(render(a).bytes);
    CHECK(x.all("//n:itemMeta/n:edNote") ==
          Names{"Correction (2023-07-11): The oblast was misnamed.",
                "Correction (2023-07-12): Zhang was misspelt."});
    CHECK(x.all("//n:itemMeta/n:signal/@qcode") == Names{"sig:correction"});
    CHECK(Xml(render(basic_article()).bytes).count("//n:signal | //n:edNote") == 0);
}

TEST_CASE("a canceled article is a kill whatever the option says", "[newsml]") {
    Article a = basic_article();
    a.status = PubStatus::Canceled;
    CHECK(Xml(render(a).bytes).str("//n:pubStatus/@qcode") == "stat:canceled");
    CHECK(Xml(render(a, {{"pubstatus", "usable"}}).bytes).str("//n:pubStatus/@qcode") ==
          "stat:canceled");
    a.status = PubStatus::Withheld;
    CHECK(Xml(render(a).bytes).str("//n:pubStatus/@qcode") == "stat:withheld");
}

TEST_CASE("subject codes: IPTC qcodes and URIs and literals for what no catalog declares",
          "[newsml]") {
    Article a = basic_article();
    a.subjects = {{"medtop:20000344", "economy"},
                  {"iso3166-1a2:RU", "Russia"},
                  {"http://cv.iptc.org/newscodes/mediatopic/20000638", "international relations"},
                  {"mycodes:42", "house topic"},
                  {"isrol:origin", "retired scheme"},
                  {"no alias", "malformed"}};
    Output out = render(a);
    Xml x(out.bytes);
    CHECK(x.str("//n:subject[n:name='economy']/@qcode") == "medtop:20000344");
    CHECK(x.str("//n:subject[n:name='economy']/@type") == "cpnat:abstract");
    CHECK(x.str("//n:subject[n:name='Russia']/@qcode") == "iso3166-1a2:RU");
    CHECK(x.str("//n:subject[n:name='Russia']/@type") == "cpnat:geoArea");
    CHECK(x.str("//n:subject[n:name='international relations']/@uri") ==
          "http://cv.iptc.org/newscodes/mediatopic/20000638");
    CHECK(x.str("//n:subject[n:name='house topic']/@literal") == "mycodes:42");
    CHECK(x.count("//n:subject[n:name='house topic']/@qcode") == 0);
    CHECK(x.str("//n:subject[n:name='retired scheme']/@literal") == "isrol:origin");
    CHECK(x.str("//n:subject[n:name='malformed']/@literal") == "no alias");
    INFO(out.messages());
    CHECK(out.warned("'mycodes:42': its scheme alias is not declared"));
    CHECK(out.warned("'isrol:origin': its scheme is retired"));
    CHECK(out.warned("'no alias' is neither a qcode"));
}

TEST_CASE("x-newsml: genre and edNote and signal and slugline and usageTerms", "[newsml]") {
    Article a = basic_article();
    a.slugline = "FROM-ARTICLE";
    auto scalar = [](std::string v) {
        ExtensionValue s;
        s.kind = ExtensionValue::Kind::Scalar;
        s.scalar = std::move(v);
        return s;
    };
    ExtensionValue genre;
    genre.kind = ExtensionValue::Kind::Mapping;
    genre.members = {{"code", scalar("genre:Interview")}, {"name", scalar("Interview")}};
    ExtensionValue signals;
    signals.kind = ExtensionValue::Kind::Sequence;
    signals.items = {scalar("sig:onhold"), scalar("bogus:x")};
    ExtensionValue ext;
    ext.kind = ExtensionValue::Kind::Mapping;
    ext.members = {{"genre", genre},
                   {"edNote", scalar("Not for use in the UK.")},
                   {"signal", signals},
                   {"slugline", scalar("FROM-EXTENSION")},
                   {"usageTerms", scalar("Web only.")},
                   {"priority", scalar("1")}};
    a.extensions["x-newsml"] = ext;
    a.extensions["x-other"] = scalar("for another plugin");
    Output out = render(a);
    Xml x(out.bytes);
    CHECK(x.str("//n:genre/@qcode") == "genre:Interview");
    CHECK(x.str("//n:genre/n:name") == "Interview");
    CHECK(x.all("//n:edNote") == Names{"Not for use in the UK."});
    CHECK(x.all("//n:signal/@qcode") == Names{"sig:onhold"});
    CHECK(x.str("//n:signal[2]/@literal") == "bogus:x");
    CHECK(x.all("//n:slugline") == Names{"FROM-EXTENSION"});
    CHECK(x.str("//n:usageTerms") == "Web only.");
    INFO(out.messages());
    CHECK(out.warned("x-newsml.priority ignored: unknown key"));
    CHECK_FALSE(out.warned("x-other"));
}

TEST_CASE("fields with no place in the item are reported in one warning", "[newsml]") {
    Output out = render(full_article());
    INFO(out.messages());
    CHECK(out.warned("not carried by the item: "));
    CHECK(out.warned("authors' e-mail addresses (not syndicated)"));
    CHECK(out.warned("subheadline (the summary is the item's description)"));
    CHECK(out.warned("published 2023-07-10T19:00:00+03:00 (no NewsML-G2 element"));
    CHECK_FALSE(out.warned("section"));  // it is the service
    int not_carried = 0;
    for (const auto& d : out.diagnostics) {
        not_carried += d.message.find("not carried") != std::string::npos;
    }
    CHECK(not_carried == 1);
}

TEST_CASE("contentSet holds one XHTML html element with the body and a word count", "[newsml]") {
    Article a = full_article();
    a.body.pop_back();  // the image: its caption words are not in the body
    Xml x(render(a).bytes);
    CHECK(x.count("//n:contentSet/*") == 1);
    CHECK(x.str("//n:inlineXML/@contenttype") == "application/xhtml+xml");
    CHECK(x.str("//n:inlineXML/@wordcount") == std::to_string(word_count(a)));
    CHECK(x.count("//n:inlineXML/*") == 1);
    CHECK(x.count("//n:inlineXML/h:html") == 1);
    CHECK(x.str("//h:html/@lang") == "en");
    CHECK(x.str("//h:html/@xml:lang") == "en");
    CHECK(x.child_names("//h:html") == Names{"head", "body"});
    CHECK(x.str("//h:head/h:title") ==
          "Harbin business promotion and economic cooperation event held in Russia");
    CHECK(x.child_names("//h:body") == Names{"p", "h2", "p", "figure", "ul", "hr"});
    CHECK(x.str("//h:body/h:p[2]/h:em") == "face-to-face");
    CHECK(x.str("//h:blockquote/h:p") == "Harbin is one of our most important partners.");
    CHECK(x.all("//h:ul/h:li") == Names{"logistics", "trade"});
    CHECK(x.count("//h:h1 | //h:h2[@id]") == 0);
}

TEST_CASE("render() is safe on several threads at once", "[newsml]") {
    const Article a = full_article();
    const std::string expected = render(a).bytes;
    const LoadedExporter& exporter = newsml();
    const ExportOptions options = resolve_options(exporter, {});
    std::atomic<int> renders{0};
    std::atomic<int> differing{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                Rendition out;
                DiagnosticCollector sink;
                galley::render(exporter, a, options, out, sink);
                ++renders;
                differing += out.bytes != expected;
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    CHECK(renders == 200);
    CHECK(differing == 0);
}
