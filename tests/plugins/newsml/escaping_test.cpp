// Markup-like text, `]]>`, quotes and ampersands in every text field arrive as text:
// parsed back, each element and attribute holds exactly what the article said, and no
// element or node was smuggled in.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

using Names = std::vector<std::string>;

TEST_CASE("every metadata text field carries markup-like text as text", "[newsml][escaping]") {
    Output out = render(hostile_article(), {{"section-base", "https://example.com/s/"}});
    Xml x(out.bytes);
    const std::string& h = hostile;
    CHECK(x.str("//n:headline") == h);
    CHECK(x.str("//n:description") == "summary " + h);
    CHECK(x.str("//n:by") == "by " + h);
    CHECK(x.str("//n:infoSource/@literal") == "source " + h);
    CHECK(x.str("//n:infoSource/n:name") == "source " + h);
    CHECK(x.str("//n:creditline") == "source " + h);
    CHECK(x.str("//n:provider/@literal") == "source " + h);
    CHECK(x.str("//n:copyrightHolder/@literal") == "holder " + h);
    CHECK(x.str("//n:copyrightHolder/n:name") == "holder " + h);
    CHECK(x.str("//n:copyrightNotice") == "notice " + h);
    CHECK(x.str("//n:usageTerms") == "terms " + h);
    CHECK(x.str("//n:located/n:name") == "place " + h);
    CHECK(x.str("//n:dateline") == "place " + h + ", July 10");
    CHECK(x.str("//n:service/n:name") == h);
    CHECK(x.str("//n:slugline") == "slug " + h);
    CHECK(x.all("//n:keyword") == Names{"keyword " + h});
    CHECK(x.str("//n:creator/n:name") == "author " + h);
    CHECK(x.str("//n:creator/n:note") == "role " + h);
    CHECK(x.all("//n:subject/n:name") ==
          Names{"subject " + h, "code " + h, "place " + h, "person " + h, "organisation " + h});
    CHECK(x.str("//n:subject[2]/@literal") == "x:\"<&>\"");
    CHECK(x.all("//n:edNote") ==
          Names{"Embargoed: not for publication before 2023-07-12T06:00:00Z.",
                "Correction (2023-07-11): correction " + h, "note " + h});
}

TEST_CASE("the XHTML body carries markup-like text as text", "[newsml][escaping]") {
    Xml x(render(hostile_article(), {{"images", "caption"}}).bytes);
    const std::string& h = hostile;
    CHECK(x.str("//h:title") == h);
    CHECK(x.str("//h:body/h:p") == "paragraph " + h);
    CHECK(x.str("//h:h3") == "heading " + h);
    CHECK(x.str("//h:blockquote/h:p") == "quote " + h);
    CHECK(x.str("//h:figure[@class='quote']/h:figcaption") == "by " + h);
    CHECK(x.str("//h:ol/h:li") == "item " + h);
    CHECK(x.str("//h:figure[@class='image']/h:figcaption") == "caption " + h + " credit " + h);
}

TEST_CASE("nothing in the text became markup", "[newsml][escaping]") {
    Output out = render(hostile_article(), {{"images", "caption"}});
    Xml x(out.bytes);
    CHECK(x.count("//*[local-name()='b' or local-name()='script']") == 0);
    CHECK(x.count("//comment() | //processing-instruction()") == 0);
    // The only CDATA-looking text is escaped: `]]>` never appears raw in the output.
    CHECK(out.bytes.find("]]>") == std::string::npos);
    CHECK(out.bytes.find("<b>") == std::string::npos);
}

TEST_CASE("characters XML cannot hold are replaced with a warning", "[newsml][escaping]") {
    Article a = basic_article();
    a.headline = plain(std::string("bell\x07 and \xFF byte"));
    Output out = render(a);
    Xml x(out.bytes);
    CHECK(x.str("//n:headline") == "bell\xEF\xBF\xBD and \xEF\xBF\xBD byte");
    INFO(out.messages());
    CHECK(out.warned("replaced by U+FFFD"));
}
