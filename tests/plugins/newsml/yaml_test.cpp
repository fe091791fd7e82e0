// The YAML fixtures next to this file, through the real loader: escaping of every text
// field as the loader hands it over, and every shape of the x-newsml extension key.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

using Names = std::vector<std::string>;

namespace {
Article load_fixture(const std::string& name) {
    return load_article(test::test_data_dir() / "plugins/newsml/fixtures" / name);
}

// What every field of escaping.yaml holds after its own label.
const std::string tail = "<b>x</b> & \"q\" 'a' ]]> <![CDATA[y]]> <!-- c -->";
std::string field(const std::string& label) { return label + " " + tail; }
}  // namespace

TEST_CASE("yaml: markup-like text in every field of escaping.yaml arrives as text",
          "[newsml][escaping][yaml]") {
    Output out = render(load_fixture("escaping.yaml"),
                        {{"section-base", "https://example.com/s/"}, {"images", "caption"}});
    Xml x(out.bytes);
    CHECK(x.str("//n:headline") == field("headline"));
    CHECK(x.str("//n:description") == field("summary"));
    CHECK(x.str("//n:by") == field("byline"));
    CHECK(x.str("//n:creator/n:name") == field("author"));
    CHECK(x.str("//n:creator/n:note") == field("role"));
    CHECK(x.str("//n:infoSource/@literal") == field("source"));
    CHECK(x.str("//n:creditline") == field("source"));
    CHECK(x.str("//n:copyrightHolder/@literal") == field("holder"));
    CHECK(x.str("//n:copyrightNotice") == field("notice"));
    CHECK(x.str("//n:located/n:name") == field("place"));
    CHECK(x.str("//n:dateline") == field("place") + ", July 10");
    CHECK(x.str("//n:service/n:name") == field("section"));
    CHECK(x.str("//n:slugline") == field("slugline"));
    CHECK(x.all("//n:keyword") == Names{field("keyword")});
    CHECK(x.all("//n:subject/n:name") ==
          Names{field("subject"), field("place"), field("person"), field("organisation")});
    CHECK(x.str("//n:genre/n:name") == field("genre"));
    CHECK(x.str("//n:usageTerms") == field("terms"));
    CHECK(x.all("//n:edNote") ==
          Names{"Embargoed: not for publication before 2023-07-12T06:00:00Z.",
                "Correction (2023-07-11): " + field("correction"), field("ednote")});
    CHECK(x.str("//h:title") == field("headline"));
    CHECK(x.str("//h:body/h:p") == field("paragraph"));
    CHECK(x.str("//h:h2") == field("heading"));
    CHECK(x.str("//h:blockquote/h:p") == field("quote"));
    CHECK(x.str("//h:figure[@class='quote']/h:figcaption") == field("attribution"));
    CHECK(x.str("//h:li") == field("item"));
    CHECK(x.str("//h:figure[@class='image']/h:figcaption") ==
          field("caption") + " " + field("credit"));
    CHECK(x.count("//*[local-name()='b'] | //comment()") == 0);
    CHECK(out.bytes.find("]]>") == std::string::npos);
}

TEST_CASE("yaml: x-newsml.yaml is a killed third version with extension properties",
          "[newsml][yaml]") {
    Output out = render(load_fixture("x-newsml.yaml"));
    Xml x(out.bytes);
    CHECK(x.str("//n:pubStatus/@qcode") == "stat:canceled");
    CHECK(x.str("/n:newsItem/@version") == "3");
    CHECK(x.str("/n:newsItem/@guid") == "urn:newsml:example.org:20230710:x-newsml-fixture");
    CHECK(x.all("//n:signal/@qcode") == Names{"sig:update", "sig:onhold"});
    CHECK(x.all("//n:edNote") == Names{"Withdrawn at the request of the source.", "Do not use."});
    CHECK(x.all("//n:genre/@qcode") == Names{"genre:Current", "genre:Interview"});
    CHECK(x.str("//n:genre[2]/n:name") == "Interview");
    CHECK(x.str("//n:slugline") == "WITHDRAWN");
    CHECK(x.str("//n:usageTerms") == "Not for use.");
    CHECK(x.str("//n:subject[1]/@qcode") == "medtop:20000344");
    CHECK(x.str("//n:subject[2]/@uri") == "http://cv.iptc.org/newscodes/mediatopic/20000638");
    CHECK(x.str("//n:subject[3]/@literal") == "house:finance");
    INFO(out.messages());
    CHECK(out.warned("x-newsml.priority ignored: unknown key"));
    CHECK(out.warned("x-newsml.edNote ignored: expected text"));
    CHECK(out.warned("'house:finance': its scheme alias is not declared"));
}
