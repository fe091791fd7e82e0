// The xhtml exporter through the plugin host: metadata and options, the page's
// structure, xmllint, golden files, images copied or embedded, determinism, escaping.
#include "exporter_harness.hpp"
#include "test_articles.hpp"
#include "test_support.hpp"
#include "xml_query.hpp"

#include <galley/loader.hpp>
#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <future>

using namespace galley;
using namespace galley::test;

namespace {

const ExporterHarness& xhtml() { return ExporterHarness::shared("xhtml"); }

// xmllint's verdict on a page, as the issue asks.
CommandResult xmllint(const std::string& bytes) {
    TempDir dir;
    write_file(dir / "page.xhtml", bytes);
    return run({"xmllint", "--noout", (dir / "page.xhtml").string()});
}

bool has_warning_containing(const Rendered& r, const std::string& needle) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == Severity::Warning && d.message.find(needle) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("xhtml declares its format and options", "[xhtml]") {
    const ExporterInfo& info = xhtml().exporter().info;
    CHECK(info.id == "xhtml");
    CHECK(info.extension == ".xhtml");
    CHECK(info.media_type == "application/xhtml+xml");
    REQUIRE(info.options.size() == 2);
    CHECK(info.options[0].key == "css");
    CHECK(info.options[0].default_value.empty());
    CHECK(info.options[1].key == "images");
    CHECK(info.options[1].type == OptionSpec::Type::Enum);
    CHECK(info.options[1].default_value == "copy");
    CHECK(info.options[1].choices == std::vector<std::string>{"copy", "embed"});
}

TEST_CASE("xhtml refuses a stylesheet URL with spaces and a bad images value", "[xhtml]") {
    CHECK(xhtml().exporter().exporter->check_option("css", "my style.css").has_value());
    CHECK_FALSE(xhtml().exporter().exporter->check_option("css", "../css/site.css").has_value());
    CHECK_THROWS_AS(xhtml().render(feature_article(), {{"images", "inline"}}), Error);
}

TEST_CASE("xhtml writes a standalone XHTML5 page that xmllint accepts", "[xhtml]") {
    const Article article = feature_article();
    const Rendered r = xhtml().render(article);
    const std::string& page = r.output.bytes;
    CHECK(page.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html", 0) == 0);
    const CommandResult lint = xmllint(page);
    INFO(lint.err);
    CHECK(lint.exit_code == 0);
    CHECK(lint.err.empty());

    XmlQuery q(page);
    REQUIRE(q.well_formed());
    CHECK(q.string("/h:html/@lang") == "en");
    CHECK(q.string("/h:html/@xml:lang") == "en");
    CHECK(q.string("/h:html/h:head/h:meta[1]/@charset") == "UTF-8");
    CHECK(q.string("//h:meta[@name='viewport']/@content") == "width=device-width, initial-scale=1");
    CHECK(q.string("/h:html/h:head/h:title") == "A river port learns to wait");
    CHECK(q.string("//h:meta[@name='description']/@content") == plain_text(article.summary));
    CHECK(q.string("//h:meta[@name='keywords']/@content") == "Harbin, Songhua River, logistics");
    CHECK(q.string("//h:meta[@name='author']/@content") == "Anna Petrova, Li Wei");
    CHECK(q.count("/h:html/h:head/h:style") == 1);

    // The header a news page has.
    const std::string header = "/h:html/h:body/h:div/h:header";
    CHECK(q.string(header + "/h:p[@class='section']") == "Features");
    CHECK(q.string(header + "/h:h1") == "A river port learns to wait");
    CHECK(q.count(header + "/h:h1/h:em") == 1);
    CHECK(q.string(header + "/h:p[@class='dek']") == plain_text(article.subheadline));
    CHECK(q.string(header + "/h:p[@class='byline']") == "By Anna Petrova and Li Wei");
    CHECK(q.string(header + "//h:span[@class='place']") == "Harbin, China");
    // The dateline shows the dateline's own date (presentation::dateline_date()).
    CHECK(q.string(header + "//h:time[@class='published']/@datetime") == "2024-01-15");
    CHECK(q.string(header + "//h:time[@class='published']") == "January 15");
    CHECK(q.string(header + "//h:span[@class='dateline-text']") == "Harbin, China, January 15");
    CHECK(q.string(header + "//h:span[@class='updated']/h:time/@datetime") ==
          "2024-01-16T18:05:00+08:00");
    CHECK(q.string(header + "/h:p[@role='note']//h:time/@datetime") == "2024-01-15T06:00:00Z");

    // Every block, in order, as the right element.
    const std::string body = "/h:html/h:body/h:div/h:main[@class='article-body']";
    CHECK(q.count(body + "/h:p") == 4);
    CHECK(q.count(body + "/*") == 13);
    CHECK(q.string(body + "/h:figure[@class='image']/h:img/@src") ==
          "river-port-feature-2024-images/skyline.png");
    CHECK(q.string(body + "/h:figure[@class='image']/h:img/@alt") ==
          std::get<Image>(article.body[2].content).alt);
    CHECK(q.string(body + "/h:figure[@class='image']/h:img/@width") == "640");
    CHECK(q.string(body + "/h:figure[@class='image']/h:figcaption/h:small[@class='credit']") ==
          "Li Wei");
    CHECK(q.string(body + "/h:h2/@id") == "the-first-ice");
    CHECK(q.string(body + "/h:h3/@id") == "what-moves-in-winter");
    CHECK(q.string(body + "/h:h4") == "Three dates to watch");
    CHECK(q.string(body + "/h:figure[@class='quote']/h:blockquote/h:p") ==
          "You do not argue with the river. You write down what it tells you.");
    CHECK(q.string(body + "/h:figure[@class='quote']/h:figcaption") ==
          "Zhang Min, dispatcher since 1998");
    CHECK(q.count(body + "/h:blockquote/h:p") == 1);
    CHECK(q.count(body + "/h:ul/h:li") == 3);
    CHECK(q.count(body + "/h:ol/h:li") == 3);
    CHECK(q.count(body + "/h:hr") == 1);
    CHECK(q.string(body + "//h:code") == "ice_index >= 0.8");
    CHECK(q.count(body + "//h:br") == 1);
    CHECK(q.count(body + "//h:a") == 2);
    CHECK(q.count(body + "//h:a[@rel='noopener']") == 2);
    CHECK(q.string(body + "//h:a[1]/@href") ==
          "https://example.com/port/schedule?year=2024&lang=en");

    // The footer: corrections, source, rights, keywords.
    const std::string footer = "/h:html/h:body/h:div/h:footer";
    CHECK(q.string(footer + "/h:section[@class='corrections']/h:p/h:strong/h:time/@datetime") ==
          "2024-01-16");
    CHECK(q.string(footer + "/h:p[@class='source']") == "Source: Galley Wire");
    CHECK(q.string(footer + "/h:p[@class='rights']") == "\xC2\xA9 2024 Galley Wire");
    CHECK(q.count(footer + "/h:ul[@class='keywords']/h:li") == 3);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("every page matches its golden file and passes xmllint", "[xhtml][golden]") {
    for (const auto& [name, article] : all_test_articles()) {
        SECTION(name) {
            const Rendered r = xhtml().render(article);
            std::string why;
            const bool same = matches_golden(test_data_dir() / "golden/xhtml" / (name + ".xhtml"),
                                             r.output.bytes, why);
            INFO(why);
            CHECK(same);
            const CommandResult lint = xmllint(r.output.bytes);
            INFO(lint.err);
            CHECK(lint.exit_code == 0);
            // Only the built injection article has something to warn about (a javascript: link).
            CHECK(r.diagnostics.empty() == (name != "injection"));
        }
    }
}

TEST_CASE("xhtml copies images beside the page by default", "[xhtml][images]") {
    const Rendered r = xhtml().render(feature_article());
    REQUIRE(r.output.side_files.size() == 1);
    CHECK(r.output.side_files[0].relative_path == "river-port-feature-2024-images/skyline.png");
    CHECK(r.output.side_files[0].bytes == fixture_png());
}

TEST_CASE("xhtml.images=embed puts the image in the page as a data: URI", "[xhtml][images]") {
    const Rendered r = xhtml().render(feature_article(), {{"images", "embed"}});
    CHECK(r.output.side_files.empty());
    XmlQuery q(r.output.bytes);
    const std::string src = q.string("//h:img/@src");
    const std::string prefix = "data:image/png;base64,";
    REQUIRE(src.rfind(prefix, 0) == 0);
    TempDir dir;
    write_file(dir / "png", fixture_png());
    const CommandResult expected = run({"base64", "-w0", (dir / "png").string()});
    CHECK(src.substr(prefix.size()) == expected.out);
}

TEST_CASE("xhtml.css links the given stylesheet instead of embedding one", "[xhtml]") {
    const Rendered r = xhtml().render(feature_article(), {{"css", "../assets/news.css?v=2&x=1"}});
    XmlQuery q(r.output.bytes);
    CHECK(q.count("//h:style") == 0);
    CHECK(q.string("/h:html/h:head/h:link[@rel='stylesheet']/@href") ==
          "../assets/news.css?v=2&x=1");
}

TEST_CASE("xhtml output is the same bytes on every run and thread", "[xhtml]") {
    const Article article = feature_article();
    const std::string first = xhtml().render(article).output.bytes;
    std::vector<std::future<std::string>> runs;
    for (int i = 0; i < 4; ++i) {
        runs.push_back(
            std::async(std::launch::async, [&] { return xhtml().render(article).output.bytes; }));
    }
    for (auto& run : runs) {
        CHECK(run.get() == first);
    }
}

TEST_CASE("xhtml keeps markup-like text as text", "[xhtml][escaping]") {
    const Article article = injection_article();
    const Rendered r = xhtml().render(article);
    const std::string& page = r.output.bytes;
    CHECK(xmllint(page).exit_code == 0);
    XmlQuery q(page);
    REQUIRE(q.well_formed());
    // Nothing the article says became an element, a comment, CDATA or a processing
    // instruction: the page's element set is the writer's own.
    CHECK(q.count("//h:script") == 0);
    CHECK(q.count("//comment()") == 0);
    CHECK(q.count("//processing-instruction()") == 0);
    CHECK(page.find("<![CDATA[") == std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    // ... and every character came through as text, bidi controls included.
    CHECK(q.string("//h:title") == plain_text(article.headline));
    CHECK(q.string("//h:h1") == plain_text(article.headline));
    CHECK(q.string("//h:p[@class='section']") == article.section);
    CHECK(q.string("//h:p[@class='byline']") == article.byline);
    CHECK(q.string("//h:meta[@name='keywords']/@content") ==
          article.keywords[0] + ", " + article.keywords[1]);
    CHECK(q.string("//h:main[@class='article-body']/h:p[1]") ==
          plain_text(std::get<Paragraph>(article.body[0].content).content));
    CHECK(page.find("&#x202E;evil&#x202C;") != std::string::npos);
    CHECK(page.find('\xE2' + std::string("\x80\xAE")) == std::string::npos);
    // The javascript: link is text, and the exporter said so.
    CHECK(q.count("//h:a[starts-with(@href, 'javascript')]") == 0);
    CHECK(q.string("//h:main[@class='article-body']/h:p[2]") == "unsafe link odd but safe link");
    CHECK(q.string("//h:a/@href") == "https://example.com/?q=%22%3E%3Cscript%3E");
    CHECK(has_warning_containing(r, "1 link(s)"));
}

TEST_CASE("the YAML escaping fixture comes through as text", "[xhtml][escaping]") {
    const Article article =
        load_article((test_data_dir() / "fixtures/escaping/injection-markup.yaml").string());
    const Rendered r = xhtml().render(article);
    XmlQuery q(r.output.bytes);
    REQUIRE(q.well_formed());
    // The page holds exactly the elements the writer makes: nothing from the text.
    CHECK(q.count(
              "//h:script | //h:img | //h:b | //h:cite | //h:li/h:li | //h:h1[ancestor::h:main]") ==
          0);
    CHECK(q.count("//comment() | //processing-instruction()") == 0);
    CHECK(q.count("//h:meta") == 5);
    CHECK(q.string("//h:title") == plain_text(article.headline));
    CHECK(q.string("//h:h1") == plain_text(article.headline));
    CHECK(q.string("//h:p[@class='section']") == article.section);
    CHECK(q.string("//h:meta[@name='description']/@content") == plain_text(article.summary));
    CHECK(q.string("//h:main[@class='article-body']/h:p[1]") ==
          "Raw HTML stays text: <b>not bold</b>, <script>alert(1)</script>, <a "
          "href=\"javascript:x\">x</a>.");
    CHECK(q.string("//h:main[@class='article-body']/h:p[3]") ==
          "Bidi controls stay text: \u202Eevil\u202C and \u2066isolate\u2069 and \u200Fmark.");
    CHECK(q.string("//h:a/@href") == "https://example.com/?q=%22&x=%3Cy%3E");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("the loader refuses control characters before any exporter sees them",
          "[xhtml][escaping]") {
    const LoadResult result =
        load_article_file(test_data_dir() / "bad-input/injection-control-chars.yaml");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].format().find(":7:17: error: control character U+0007") !=
          std::string::npos);
}

TEST_CASE("xhtml writes characters XML cannot carry as U+FFFD and warns", "[xhtml][escaping]") {
    Article article = feature_article();
    std::get<Paragraph>(article.body[0].content).content = {
        text("bell\x07 nul" + std::string(1, '\0') + " bad\xFF end")};
    const Rendered r = xhtml().render(article);
    XmlQuery q(r.output.bytes);
    REQUIRE(q.well_formed());
    CHECK(q.string("//h:main[@class='article-body']/h:p[1]") ==
          "bell\xEF\xBF\xBD nul\xEF\xBF\xBD bad\xEF\xBF\xBD end");
    CHECK(has_warning_containing(r, "3 character(s)"));
}
