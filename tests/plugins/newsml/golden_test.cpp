// The seed sample's item, byte for byte (GALLEY_ACCEPT=1 rewrites the golden files), and
// compared with IPTC's hand-made target for the same article.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

namespace {
const std::map<std::string, std::string> configured = {
    {"provider", "example.com"},
    {"section-base", "https://example.com/newsml/section/"},
};

void check_golden(const std::string& file, const std::string& bytes) {
    std::string why;
    const bool same =
        test::matches_golden(test::test_data_dir() / "golden" / "newsml" / file, bytes, why);
    INFO(why);
    CHECK(same);
}
}  // namespace

TEST_CASE("golden: the seed sample with default options", "[newsml][golden]") {
    check_golden("harbin-expo.newsml.xml", render(load_sample("harbin-expo")).bytes);
}

TEST_CASE("golden: the seed sample for a configured provider", "[newsml][golden]") {
    check_golden("harbin-expo.configured.newsml.xml",
                 render(load_sample("harbin-expo"), configured).bytes);
}

TEST_CASE("kit: the seed's item agrees with IPTC's seed-article-example.xml", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const Xml iptc(test::read_file(*kit_dir / "examples" / "seed-article-example.xml"));
    const Xml ours(render(load_sample("harbin-expo"), configured).bytes);
    // Everything the example derives from the article itself (it also has hand-coded
    // countries, an event and a structured location the article does not give).
    for (const char* path : {"/n:newsItem/@guid",
                             "/n:newsItem/@version",
                             "/n:newsItem/@standard",
                             "/n:newsItem/@standardversion",
                             "/n:newsItem/@conformance",
                             "/n:newsItem/@xml:lang",
                             "/n:newsItem/n:catalogRef/@href",
                             "//n:itemClass/@qcode",
                             "//n:provider/@uri",
                             "//n:provider/n:name",
                             "//n:versionCreated",
                             "//n:firstCreated",
                             "//n:pubStatus/@qcode",
                             "//n:service/@uri",
                             "//n:service/n:name",
                             "//n:contentCreated",
                             "//n:contentModified",
                             "//n:infoSource/@literal",
                             "//n:language/@tag",
                             "//n:headline",
                             "//n:description",
                             "//n:description/@role",
                             "//n:dateline",
                             "//n:by",
                             "//n:creditline",
                             "//n:inlineXML/@contenttype",
                             "//n:inlineXML/@wordcount",
                             "//h:html/@lang",
                             "//h:title",
                             "count(//h:body/h:p)"}) {
        INFO(path);
        CHECK(ours.str(path) == iptc.str(path));
    }
    // The sample keeps the seed's no-break spaces verbatim; the hand-made example has
    // plain spaces there.
    auto spaces = [](std::vector<std::string> paragraphs) {
        for (auto& p : paragraphs) {
            std::string plain;
            for (std::size_t i = 0; i < p.size(); ++i) {
                const bool nbsp = p.compare(i, 2, "\xC2\xA0") == 0;
                plain += nbsp ? ' ' : p[i];
                i += nbsp ? 1 : 0;
            }
            p = plain;
        }
        return paragraphs;
    };
    CHECK(spaces(ours.all("//h:body/h:p")) == iptc.all("//h:body/h:p"));
    CHECK(ours.all("//n:subject[@type='cpnat:abstract']/@qcode") ==
          iptc.all("//n:subject[@type='cpnat:abstract']/@qcode"));
    CHECK(ours.all("//n:subject[@type='cpnat:abstract']/n:name") ==
          iptc.all("//n:subject[@type='cpnat:abstract']/n:name"));
    CHECK(ours.child_names("/n:newsItem/n:itemMeta") == iptc.child_names("/n:newsItem/n:itemMeta"));
}
