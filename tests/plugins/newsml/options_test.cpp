// Each option's effect on the item: provider, section-base, pubstatus, wrap, images.
#include "newsml_test_support.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

using Names = std::vector<std::string>;

TEST_CASE("newsml.provider: guid domain and provider uri", "[newsml][options]") {
    Xml x(render(basic_article(), {{"provider", "Example.COM"}}).bytes);
    CHECK(x.str("/n:newsItem/@guid") ==
          "urn:newsml:example.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(x.str("//n:provider/@uri") == "https://example.com/");
    CHECK(x.str("//n:provider/n:name") == "example.com");
    CHECK(x.count("//n:provider/@literal") == 0);
    // The source stays the information source, not the provider.
    CHECK(x.str("//n:infoSource/@literal") == "e.my399.com");
}

TEST_CASE("newsml.provider unset: the source is the provider", "[newsml][options]") {
    SECTION("a source that is a domain name also names the guid") {
        Output out = render(basic_article());
        Xml x(out.bytes);
        CHECK(x.str("/n:newsItem/@guid") ==
              "urn:newsml:e.my399.com:20230710:harbin-promotion-yekaterinburg-2023");
        CHECK(x.str("//n:provider/@literal") == "e.my399.com");
        CHECK(x.str("//n:provider/n:name") == "e.my399.com");
        CHECK(x.count("//n:provider/@uri") == 0);
        CHECK_FALSE(out.warned("galley.invalid"));
    }
    SECTION("a source URL names the guid by its host") {
        Article a = basic_article();
        a.source = "https://WWW.Example.org/news/";
        Xml x(render(a).bytes);
        CHECK(x.str("/n:newsItem/@guid") ==
              "urn:newsml:www.example.org:20230710:harbin-promotion-yekaterinburg-2023");
    }
    SECTION("any other source: provider literal, guid under galley.invalid, and a warning") {
        Article a = basic_article();
        a.source = "Xinhua  News Agency";
        Output out = render(a);
        Xml x(out.bytes);
        CHECK(x.str("/n:newsItem/@guid") ==
              "urn:newsml:galley.invalid:20230710:harbin-promotion-yekaterinburg-2023");
        CHECK(x.str("//n:provider/@literal") == "Xinhua News Agency");
        // The warning is said once per run: see the CLI case below.
    }
    SECTION("no source at all") {
        Article a = basic_article();
        a.source.clear();
        Output out = render(a);
        Xml x(out.bytes);
        CHECK(x.str("//n:provider/@literal") == "galley.invalid");
        CHECK(x.str("/n:newsItem/@guid").rfind("urn:newsml:galley.invalid:", 0) == 0);
        CHECK(x.count("//n:infoSource | //n:creditline") == 0);
        // The default-provider warning is said once per run (the section above, when
        // run in the same process), so it is not checked here.
    }
}

TEST_CASE("the default provider is warned about once per run, naming galley.invalid",
          "[newsml][options]") {
    // Two samples whose source is a name, not a domain: one run, one warning.
    test::TempDir out;
    test::CommandResult r =
        test::run_galley({"convert", (test::samples_dir() / "moscow-metro-ru.yaml").string(),
                          (test::samples_dir() / "harbin-ice-festival-zh.yaml").string(), "--to",
                          "newsml", "-d", out.path().string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string said = "guids use 'galley.invalid'; set -O newsml.provider=";
    std::size_t first = r.err.find(said);
    REQUIRE(first != std::string::npos);
    CHECK(r.err.find(said, first + 1) == std::string::npos);
    CHECK(r.err.find("localhost") == std::string::npos);
}

TEST_CASE("newsml.section-base: the section becomes itemMeta/service", "[newsml][options]") {
    Article a = basic_article();
    Xml x(render(a, {{"section-base", "https://example.com/newsml/section/"}}).bytes);
    CHECK(x.str("//n:itemMeta/n:service/@uri") ==
          "https://example.com/newsml/section/foreign-exchanges");
    CHECK(x.str("//n:itemMeta/n:service/n:name") == "Foreign Exchanges");

    a.section = "  Économie & Finance: 2023 ";
    Xml y(render(a, {{"section-base", "urn:example:section:"}}).bytes);
    CHECK(y.str("//n:service/@uri") == "urn:example:section:%C3%89conomie-finance-2023");
    CHECK(y.str("//n:service/n:name") == "Économie & Finance: 2023");

    a.section = "&&&";
    Output out = render(a, {{"section-base", "https://example.com/s/"}});
    CHECK(Xml(out.bytes).count("//n:service") == 0);
    CHECK(out.warned("section '&&&' (no letters or digits"));
}

TEST_CASE("newsml.section-base unset: the service is the section under the provider's domain",
          "[newsml][options]") {
    Output out = render(basic_article());
    Xml x(out.bytes);
    CHECK(x.str("//n:itemMeta/n:service/@uri") == "https://e.my399.com/section/foreign-exchanges");
    CHECK(x.str("//n:itemMeta/n:service/n:name") == "Foreign Exchanges");
    INFO(out.messages());
    CHECK_FALSE(out.warned("section"));
    Xml y(render(basic_article(), {{"provider", "example.com"}}).bytes);
    CHECK(y.str("//n:itemMeta/n:service/@uri") == "https://example.com/section/foreign-exchanges");
    Article a = basic_article();
    a.section.clear();
    Output none = render(a);
    CHECK(Xml(none.bytes).count("//n:service") == 0);
    CHECK_FALSE(none.warned("section"));
}

TEST_CASE("newsml.pubstatus: the more restrictive of option and article wins",
          "[newsml][options]") {
    struct Case {
        PubStatus article;
        const char* option;
        const char* expected;
    };
    const Case cases[] = {
        {PubStatus::Usable, "usable", "stat:usable"},
        {PubStatus::Usable, "withheld", "stat:withheld"},
        {PubStatus::Usable, "canceled", "stat:canceled"},
        {PubStatus::Withheld, "usable", "stat:withheld"},
        {PubStatus::Withheld, "withheld", "stat:withheld"},
        {PubStatus::Withheld, "canceled", "stat:canceled"},
        {PubStatus::Canceled, "usable", "stat:canceled"},
        {PubStatus::Canceled, "withheld", "stat:canceled"},
        {PubStatus::Canceled, "canceled", "stat:canceled"},
    };
    for (const auto& c : cases) {
        Article a = basic_article();
        a.status = c.article;
        INFO("article status " << static_cast<int>(c.article) << ", option " << c.option);
        CHECK(Xml(render(a, {{"pubstatus", c.option}}).bytes).str("//n:pubStatus/@qcode") ==
              c.expected);
    }
}

TEST_CASE("newsml.wrap=newsMessage: header/sent from the item and the item in itemSet",
          "[newsml][options]") {
    Output plain = render(basic_article());
    Output out =
        render(basic_article(), {{"wrap", "newsMessage"}, {"provider", "example.com"}}, 1700000000);
    Xml x(out.bytes);
    CHECK(x.child_names("/n:newsMessage") == Names{"header", "itemSet"});
    CHECK(x.child_names("/n:newsMessage/n:header") == Names{"sent", "sender"});
    CHECK(x.str("/n:newsMessage/n:header/n:sent") == "2023-07-11T00:00:00Z");
    CHECK(x.str("/n:newsMessage/n:header/n:sender") == "example.com");
    CHECK(x.count("/n:newsMessage/n:itemSet/n:newsItem") == 1);
    CHECK(x.str("//n:newsItem/@guid") ==
          "urn:newsml:example.com:20230710:harbin-promotion-yekaterinburg-2023");
    // One declaration of the NewsML-G2 namespace, on the root.
    const std::string nar = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";
    CHECK(out.bytes.find(nar) != std::string::npos);
    CHECK(out.bytes.find(nar) == out.bytes.rfind(nar));
    // Without a provider there is no sender, and the item is the same as unwrapped.
    Xml y(render(basic_article(), {{"wrap", "newsMessage"}}).bytes);
    CHECK(y.child_names("/n:newsMessage/n:header") == Names{"sent"});
    CHECK(y.str("//n:newsItem/@guid") == Xml(plain.bytes).str("/n:newsItem/@guid"));
    CHECK(Xml(plain.bytes).count("/n:newsItem") == 1);
}

TEST_CASE("newsml.images: drop or caption or fail but never silent", "[newsml][options]") {
    Article a = ArticleBuilder(basic_article())
                    .at(40, 5)
                    .image(small_figure("pics/hall.png", "The expo hall in Yekaterinburg.",
                                        "Photo: Example Press"))
                    .paragraph("After the picture.")
                    .build();
    Article without = a;
    without.body.erase(without.body.begin() + 3);

    SECTION("drop (default): no trace in the body, a located warning") {
        Output out = render(a);
        Xml x(out.bytes);
        CHECK(x.count("//h:figure | //h:img | //h:figcaption") == 0);
        CHECK(x.str("//h:body/h:p[last()]") == "After the picture.");
        CHECK(x.str("//n:inlineXML/@wordcount") == std::to_string(word_count(without)));
        INFO(out.messages());
        REQUIRE(out.warned("image 'pics/hall.png' left out with its caption"));
        for (const auto& d : out.diagnostics) {
            if (d.message.find("pics/hall.png") != std::string::npos) {
                CHECK(d.where.line == 40);
                CHECK(d.where.column == 5);
            }
        }
    }
    SECTION("caption: figure with figcaption, no img, a warning") {
        Output out = render(a, {{"images", "caption"}});
        Xml x(out.bytes);
        CHECK(x.count("//h:img") == 0);
        CHECK(x.count("//h:figure[@class='image']/h:figcaption") == 1);
        CHECK(x.str("//h:figcaption") == "The expo hall in Yekaterinburg. Photo: Example Press");
        // Caption and credit words count: 5 + 3.
        CHECK(x.str("//n:inlineXML/@wordcount") == std::to_string(word_count(without) + 8));
        INFO(out.messages());
        CHECK(out.warned("image 'pics/hall.png' left out (a text item carries no pictures); "
                         "its caption and credit are kept"));
    }
    SECTION("fail: an error naming the first image, nothing rendered") {
        const LoadedExporter& exporter = newsml();
        ExportOptions options = resolve_options(exporter, {{"images", "fail"}});
        Rendition out;
        DiagnosticCollector sink;
        try {
            galley::render(exporter, a, options, out, sink);
            FAIL("no error");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::ExportFailed);
            CHECK(e.where().line == 40);
            CHECK_THAT(e.message(),
                       Catch::Contains("1 image(s)") && Catch::Contains("newsml.images=fail"));
        }
        CHECK(out.bytes.empty());
        CHECK_NOTHROW(render(without, {{"images", "fail"}}));
    }
}
