// Headless Chromium loads each page as application/xhtml+xml and builds the DOM we meant:
// the headline in h1, every paragraph, no script.
#include "browser.hpp"
#include "exporter_harness.hpp"
#include "test_articles.hpp"
#include "xml_query.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley;
using namespace galley::test;

namespace {

// Checks the DOM Chromium built for `article`'s page.
void check_rendered_dom(const Article& article) {
    const Rendered r = ExporterHarness::shared("xhtml").render(article);
    TempDir dir;
    const fs::path page = dir / "page.xhtml";
    write_file(page, r.output.bytes);
    for (const auto& side : r.output.side_files) {
        fs::create_directories((dir / side.relative_path).parent_path());
        write_file(dir / side.relative_path, side.bytes);
    }
    const CommandResult dom = dump_dom(page);
    REQUIRE(dom.exit_code == 0);
    // Chromium serialises an XHTML document's DOM as XML. An XML parsing error would
    // have given its error page (a parsererror element) instead of the article.
    CHECK(dom.out.find("parsererror") == std::string::npos);
    // plain_text() reads a line break as a space; so does this comparison.
    std::string html;
    std::size_t from = 0;
    for (std::size_t at = dom.out.find("<br />"); at != std::string::npos;
         at = dom.out.find("<br />", from)) {
        html.append(dom.out, from, at + 6 - from);
        html += ' ';
        from = at + 6;
    }
    html.append(dom.out, from, std::string::npos);
    const XmlQuery q(html);
    REQUIRE(q.well_formed());
    CHECK(q.count("//h:h1") == 1);
    CHECK(collapse_whitespace(q.string("/h:html/h:body/h:div/h:header/h:h1")) ==
          plain_text(article.headline));
    CHECK(q.count("//h:script") == 0);
    std::vector<std::string> shown = q.strings("//h:main[@class='article-body']/h:p");
    for (auto& s : shown) {
        s = collapse_whitespace(s);
    }
    std::size_t paragraphs = 0;
    for (const auto& block : article.body) {
        if (const auto* p = std::get_if<Paragraph>(&block.content)) {
            ++paragraphs;
            const std::string expected = plain_text(p->content);
            INFO(expected);
            CHECK(std::find(shown.begin(), shown.end(), expected) != shown.end());
        }
    }
    CHECK(shown.size() == paragraphs);
}

}  // namespace

TEST_CASE("Chromium renders the pages' DOM as written", "[xhtml][browser]") {
    if (!have_browser()) {
        FAIL("chromium is not installed (scripts/install-deps.sh)");
    }
    for (const auto& [name, article] : all_test_articles()) {
        SECTION(name) { check_rendered_dom(article); }
    }
}
