// Versions of one article: the guid never changes, version counts up, an update says so
// (signal sig:update) and firstCreated stays put when the article gives `created`.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

namespace {
// Version 2 of `a`, a day later, with one more paragraph.
Article next_version(Article a) {
    return ArticleBuilder(std::move(a))
        .version(2)
        .updated(date_time(2023, 7, 12, 8, 0, 180))
        .at(40, 3)
        .paragraph("A late addition.")
        .build();
}
}  // namespace

TEST_CASE("version 2 keeps the guid and adds the update signal", "[newsml][version]") {
    const Article v1 = basic_article();
    const Article v2 = next_version(v1);
    Output first = render(v1, {{"provider", "example.com"}});
    Output second = render(v2, {{"provider", "example.com"}});
    Xml x1(first.bytes);
    Xml x2(second.bytes);
    CHECK(x1.str("/n:newsItem/@guid") == x2.str("/n:newsItem/@guid"));
    CHECK(x2.str("/n:newsItem/@guid") ==
          "urn:newsml:example.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(x1.str("/n:newsItem/@version") == "1");
    CHECK(x2.str("/n:newsItem/@version") == "2");
    CHECK(x1.count("//n:signal") == 0);
    CHECK(x2.all("//n:itemMeta/n:signal/@qcode") == std::vector<std::string>{"sig:update"});
    CHECK(x2.str("//n:versionCreated") == "2023-07-12T08:00:00+03:00");
    CHECK(x2.str("//n:contentModified") == "2023-07-12T08:00:00+03:00");
    // The seed-like article has no `created`: firstCreated of version 2 moves, and the
    // exporter says so (the guid is safe: it takes the dateline's date).
    INFO(second.messages());
    CHECK(second.warned("version 2 has no `created` or `published`: firstCreated"));
    CHECK_FALSE(first.warned("version"));
}

TEST_CASE("with `created` the guid and firstCreated are the same in every version",
          "[newsml][version]") {
    Article v1 = basic_article();
    v1.created = date_time(2023, 7, 10, 18, 5, 180);
    v1.dateline->date = date(2023, 7, 9);  // created wins over the dateline's date
    Article v3 = next_version(v1);
    v3.version = 3;
    v3.corrections = {Correction{date(2023, 7, 12), plain("The oblast was misnamed.")}};
    Output out1 = render(v1);
    Output out3 = render(v3);
    Xml x1(out1.bytes);
    Xml x3(out3.bytes);
    CHECK(x1.str("/n:newsItem/@guid") == x3.str("/n:newsItem/@guid"));
    CHECK(x1.str("/n:newsItem/@guid") ==
          "urn:newsml:e.my399.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(x1.str("//n:firstCreated") == "2023-07-10T18:05:00+03:00");
    CHECK(x3.str("//n:firstCreated") == "2023-07-10T18:05:00+03:00");
    CHECK(x3.all("//n:signal/@qcode") == std::vector<std::string>{"sig:update", "sig:correction"});
    CHECK_FALSE(out3.warned("version"));
}

TEST_CASE("a later version with nothing but `updated` is warned about its guid",
          "[newsml][version]") {
    Article a = basic_article();
    a.dateline.reset();
    a.version = 4;
    Output out = render(a);
    CHECK(Xml(out.bytes).str("/n:newsItem/@guid") ==
          "urn:newsml:e.my399.com:20230711:harbin-promotion-yekaterinburg-2023");
    INFO(out.messages());
    CHECK(out.warned("version 4 has no `created`, `published` or dateline date: the guid"));
}
