// The XHTML body writer: each block and inline run becomes the element a front-end
// engineer would write, images follow the caller's strategy, nothing is lost silently.
#include "test_articles.hpp"
#include "xml_query.hpp"

#include <galley/xhtml/body_writer.hpp>
#include <galley/xhtml/href.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;

namespace {

struct Written {
    std::string xml;
    xhtml::BodyReport report;
};

Written write(const std::vector<Block>& body, const xhtml::BodyOptions& options = {}) {
    Written out;
    xml::Writer w(out.xml);
    w.start("body");
    w.namespace_declaration("", xml::xhtml_namespace);
    out.report = xhtml::write_body(w, body, options);
    w.end_on_new_line();
    w.finish();
    return out;
}

Block block(BlockContent content) { return Block{std::move(content), {7, 3}}; }

Image png_image(std::string caption, std::string credit) {
    Image image;
    image.path = "photos/port.png";
    image.media_type = "image/png";
    image.width = 640;
    image.height = 360;
    image.alt = "Cranes";
    if (!caption.empty()) {
        image.caption = {text(std::move(caption))};
    }
    image.credit = std::move(credit);
    return image;
}

const std::string xmlns = " xmlns=\"http://www.w3.org/1999/xhtml\"";

}  // namespace

TEST_CASE("paragraphs carry inline runs as em, strong, code, a and br", "[body]") {
    const Written w = write({block(Paragraph{
        {text("a "), emphasis({text("b "), strong({text("c")})}), text(" "), code("x < y"),
         line_break(), link("https://example.com/a?b=1&c=2", {text("link")})}})});
    CHECK(w.xml == "<body" + xmlns +
                       ">\n  <p>a <em>b <strong>c</strong></em> <code>x &lt; y</code><br/>"
                       "<a href=\"https://example.com/a?b=1&amp;c=2\" "
                       "rel=\"noopener\">link</a></p>\n</body>\n");
}

TEST_CASE("a link title is kept and unsafe schemes become text", "[body]") {
    Inline titled = link("mailto:desk@example.com", {text("desk")});
    titled.title = "Write to the desk";
    const Written w = write({block(Paragraph{
        {titled, text(" "), link("javascript:alert(1)", {text("x")}),
         link("JAVASCRIPT:alert(1)", {text("y")}), link("HTTPS://EXAMPLE.COM", {text("z")})}})});
    CHECK(w.xml.find("<a href=\"mailto:desk@example.com\" title=\"Write to the desk\" "
                     "rel=\"noopener\">desk</a> xy"
                     "<a href=\"HTTPS://EXAMPLE.COM\" rel=\"noopener\">z</a>") !=
          std::string::npos);
    CHECK(w.report.unsafe_links == 2);
}

TEST_CASE("headings get h2-h4 with unique ids for a table of contents", "[body]") {
    const Written w = write({block(Heading{2, {text("The first ice")}}),
                             block(Heading{3, {text("The first ice!")}}),
                             block(Heading{4, {text("1998, again")}}),
                             block(Heading{2, {text("\xE5\x93\x88\xE5\xB0\x94\xE6\xBB\xA8")}}),
                             block(Heading{9, {text("Deep")}})});
    CHECK(w.xml.find("<h2 id=\"the-first-ice\">The first ice</h2>") != std::string::npos);
    CHECK(w.xml.find("<h3 id=\"the-first-ice-2\">The first ice!</h3>") != std::string::npos);
    CHECK(w.xml.find("<h4 id=\"section-1998-again\">1998, again</h4>") != std::string::npos);
    CHECK(w.xml.find("<h2 id=\"section-4\">") != std::string::npos);
    CHECK(w.xml.find("<h4 id=\"deep\">Deep</h4>") != std::string::npos);
    REQUIRE(w.report.headings.size() == 5);
    CHECK(w.report.headings[1].level == 3);
    CHECK(w.report.headings[1].id == "the-first-ice-2");

    xhtml::BodyOptions no_ids;
    no_ids.heading_ids = false;
    const Written plain = write({block(Heading{2, {text("Plain")}})}, no_ids);
    CHECK(plain.xml.find("<h2>Plain</h2>") != std::string::npos);
    CHECK(plain.report.headings.empty());
}

TEST_CASE("quotes put the attribution in a figcaption outside the blockquote", "[body]") {
    const Written w = write(
        {block(Quote{{text("Words.")}, {text("Someone")}}), block(Quote{{text("Alone.")}, {}})});
    CHECK(w.xml == "<body" + xmlns +
                       ">\n"
                       "  <figure class=\"quote\">\n"
                       "    <blockquote><p>Words.</p></blockquote>\n"
                       "    <figcaption>Someone</figcaption>\n"
                       "  </figure>\n"
                       "  <blockquote><p>Alone.</p></blockquote>\n"
                       "</body>\n");
}

TEST_CASE("lists and rules", "[body]") {
    const Written w = write({block(List{false, {{text("a")}, {text("b")}}}),
                             block(List{true, {{text("one")}}}), block(Rule{})});
    CHECK(w.xml == "<body" + xmlns +
                       ">\n"
                       "  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n"
                       "  <ol>\n    <li>one</li>\n  </ol>\n"
                       "  <hr/>\n"
                       "</body>\n");
}

TEST_CASE("images become figures with the src the caller gives", "[body][images]") {
    xhtml::BodyOptions options;
    std::vector<std::size_t> asked;
    options.image_source = [&](const Image& image, std::size_t index) {
        asked.push_back(index);
        return "pics/" + std::to_string(index) + "-" + image.path.substr(image.path.rfind('/') + 1);
    };
    const Written w =
        write({block(png_image("The port.", "Li Wei")), block(png_image("", ""))}, options);
    CHECK(w.xml ==
          "<body" + xmlns +
              ">\n"
              "  <figure class=\"image\">\n"
              "    <img src=\"pics/0-port.png\" alt=\"Cranes\" width=\"640\" height=\"360\"/>\n"
              "    <figcaption>The port. <small class=\"credit\">Li Wei</small></figcaption>\n"
              "  </figure>\n"
              "  <figure class=\"image\">\n"
              "    <img src=\"pics/1-port.png\" alt=\"Cranes\" width=\"640\" height=\"360\"/>\n"
              "  </figure>\n"
              "</body>\n");
    CHECK(asked == std::vector<std::size_t>{0, 1});
    CHECK(w.report.skipped_images.empty());
}

TEST_CASE("images without a source are reported, keeping their caption", "[body][images]") {
    const std::vector<Block> body = {block(png_image("The port.", "Li Wei")),
                                     block(png_image("", ""))};
    SECTION("no strategy given") {
        const Written w = write(body);
        CHECK(w.xml.find("<img") == std::string::npos);
        CHECK(w.xml.find(
                  "<figcaption>The port. <small class=\"credit\">Li Wei</small></figcaption>") !=
              std::string::npos);
        REQUIRE(w.report.skipped_images.size() == 2);
        CHECK(w.report.skipped_images[0] == &body[0]);
    }
    SECTION("caption only") {
        xhtml::BodyOptions options;
        options.images = xhtml::ImageBlocks::CaptionOnly;
        options.image_source = [](const Image&, std::size_t) { return std::string("never.png"); };
        const Written w = write(body, options);
        CHECK(w.xml.find("never.png") == std::string::npos);
        CHECK(w.xml.find("<figcaption>The port.") != std::string::npos);
        CHECK(w.report.skipped_images.size() == 2);
    }
    SECTION("skipped entirely") {
        xhtml::BodyOptions options;
        options.images = xhtml::ImageBlocks::Skip;
        const Written w = write(body, options);
        CHECK(w.xml == "<body" + xmlns + ">\n</body>\n");
        CHECK(w.report.skipped_images.size() == 2);
    }
}

TEST_CASE("the feature article's body parses and keeps every block", "[body]") {
    const Article article = feature_article();
    xhtml::BodyOptions options;
    options.image_source = [](const Image&, std::size_t) { return std::string("x.png"); };
    const Written w = write(article.body, options);
    const XmlQuery q(w.xml);
    REQUIRE(q.well_formed());
    CHECK(q.count("/h:body/*") == article.body.size());
}

TEST_CASE("link targets become valid URIs without changing valid ones", "[body][href]") {
    CHECK(xhtml::href_from_url("https://example.com/a/b?c=1&d=%20#top") ==
          "https://example.com/a/b?c=1&d=%20#top");
    CHECK(xhtml::href_from_url("https://[2001:db8::1]:8080/x") == "https://[2001:db8::1]:8080/x");
    CHECK(xhtml::href_from_url("https://example.com/?q=\"><script>") ==
          "https://example.com/?q=%22%3E%3Cscript%3E");
    CHECK(xhtml::href_from_url("https://ru.wikipedia.org/wiki/\xD0\xA5\xD0\xB0") ==
          "https://ru.wikipedia.org/wiki/%D0%A5%D0%B0");
    CHECK(xhtml::href_from_url("mailto:desk@example.com?subject=Hi there") ==
          "mailto:desk@example.com?subject=Hi%20there");
    CHECK(xhtml::href_from_url("https://example.com/100%/a[1]{x}|y\\z^`") ==
          "https://example.com/100%25/a%5B1%5D%7Bx%7D%7Cy%5Cz%5E%60");
    CHECK(xhtml::is_safe_url("HTTPS://x"));
    CHECK(xhtml::is_safe_url("mailto:a@b"));
    CHECK_FALSE(xhtml::is_safe_url("javascript:alert(1)"));
    CHECK_FALSE(xhtml::is_safe_url("data:text/html,x"));
    CHECK_FALSE(xhtml::is_safe_url("//example.com"));
}
