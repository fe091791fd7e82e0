// Column balance and float gaps measured from the layout the exporter paints
// (PdfExporter::layout): every sample, the figures article and a long report; and the
// short-article rule (one column below half a page with columns=auto).
#include "pdf_articles.hpp"
#include "pdf_exporter.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

using namespace galley;
using namespace galley::pdf;
using galley::test::ArticleBuilder;

namespace {

const PdfExporter& exporter() {
    static const PdfExporter instance;
    return instance;
}

ExportOptions with_option(std::string key, std::string value) {
    ExportOptions options;
    options.values.emplace(std::move(key), std::move(value));
    return options;
}

ArticleLayout layout_of(const Article& article, const ExportOptions& options = {}) {
    DiagnosticCollector diagnostics;
    return exporter().layout(article, options, diagnostics);
}

// Grid units a placement takes: a line one, a solid graphic its height (across the
// columns, its spanning form's).
int units_of(const ArticleLayout& layout, const FlowPlacement& placement) {
    if (placement.line >= 0) {
        return 1;
    }
    if (placement.spanning) {
        return layout.body[placement.block].span_units;
    }
    return std::max(1, layout.body[placement.block].units);
}

int column_capacity(const ArticleLayout& layout, std::size_t page) {
    return page == 0 ? layout.first_capacity : layout.capacity;
}

// A sentence-heavy paragraph of about `words` words (varied, so lines break unevenly).
std::string prose(int words, int seed) {
    static const char* const vocabulary[] = {
        "the",       "harbour",  "authority", "said",       "on",        "Tuesday",
        "that",      "cargo",    "volumes",   "rose",       "sharply",   "after",
        "dredging",  "of",       "channel",   "finished",   "ahead",     "schedule",
        "while",     "council",  "members",   "questioned", "costs",     "and",
        "residents", "welcomed", "new",       "ferry",      "timetable", "announced"};
    std::string out;
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            out += ' ';
        }
        out += vocabulary[(i * 7 + seed * 13 + i / 5) % 30];
    }
    return out + ".";
}

// A long report: 70 paragraphs with a heading every ten (the four-page case).
Article long_report() {
    ArticleBuilder built("long-report");
    built.headline("Annual report of the river port authority").byline("By A. Reporter");
    for (int i = 0; i < 70; ++i) {
        if (i % 10 == 9) {
            built.heading("Section " + std::to_string(i / 10 + 1));
        }
        built.paragraph(prose(30 + (i * 17) % 70, i));
    }
    return built.build();
}

// A short article: a headline and three paragraphs.
Article short_article() {
    ArticleBuilder built("short-notice");
    built.headline("Ferry timetable changes next week").byline("By A. Reporter");
    for (int i = 0; i < 3; ++i) {
        built.paragraph(prose(45, i));
    }
    return built.build();
}

std::vector<test::NamedArticle> measured_articles() {
    std::vector<test::NamedArticle> out = test::pdf_samples();
    out.push_back({"long-report", long_report()});
    out.push_back({"panorama-feature", test::panorama_article()});
    return out;
}

}  // namespace

// The last page's columns end within one line of each other, in every sample (before
// floats could close a column or wait at the next one's foot, and before a paragraph of
// the last page could be set a line looser or tighter, moscow-metro-ru ended 2 lines
// apart, newsroom-archives-feature 3 and river-port-reopens-md 4).
TEST_CASE("the last page's columns end within one line of each other", "[pdf][flow][balance]") {
    for (const auto& [name, article] : measured_articles()) {
        INFO(name);
        const ArticleLayout layout = layout_of(article);
        const auto& columns = layout.pages.back().columns;
        if (columns.size() < 2) {
            continue;  // one column on the last page: nothing to balance
        }
        int shortest = layout.capacity, deepest = 0;
        for (const ColumnLayout& column : columns) {
            shortest = std::min(shortest, column.used);
            deepest = std::max(deepest, column.used);
        }
        CHECK(deepest - shortest <= 1);
    }
}

// On full pages a column stops at most 3 grid units short of the bottom: what keeping a
// heading (a space and one line) with the two lines after it costs, which is also the
// most the other rules cost (a paragraph's space and a three-line paragraph that cannot
// break; an orphan or widow rule plus keeping a hyphenated word whole, one line each).
TEST_CASE("full pages fill every column to the bottom", "[pdf][flow][balance]") {
    constexpr int allowed_shortfall = 3;
    for (const auto& [name, article] : measured_articles()) {
        INFO(name);
        const ArticleLayout layout = layout_of(article);
        for (std::size_t p = 0; p + 1 < layout.pages.size(); ++p) {
            for (const ColumnLayout& column : layout.pages[p].columns) {
                INFO("page " << p + 1);
                CHECK(column_capacity(layout, p) - column.used <= allowed_shortfall);
            }
        }
    }
}

TEST_CASE("no column has a hole except at the article's end", "[pdf][flow][floats]") {
    for (const auto& [name, article] : measured_articles()) {
        INFO(name);
        const ArticleLayout layout = layout_of(article);
        for (std::size_t p = 0; p < layout.pages.size(); ++p) {
            for (const ColumnLayout& column : layout.pages[p].columns) {
                // Every column's text starts below the floats spanning the page's head
                // (listed first in the first column).
                int bottom =
                    &column == &layout.pages[p].columns.front() ? 0 : layout.pages[p].span_units;
                for (const FlowPlacement& placement : column.placements) {
                    const FlowBlock& block = layout.body[placement.block];
                    const bool opens_block = placement.line <= 0;
                    const int allowed = 1 + (opens_block ? block.space_before : 0);
                    INFO("page " << p + 1 << " block " << placement.block << " line "
                                 << placement.line);
                    CHECK(placement.top - bottom <= allowed);
                    bottom = placement.top + units_of(layout, placement);
                }
            }
        }
    }
}

// A figure or pull quote anchored before the article's last line (the copyright line at
// the latest) is set above it: in an earlier column, or higher in the same one.
TEST_CASE("no float is set after the article's end", "[pdf][flow][floats]") {
    for (const auto& [name, article] : measured_articles()) {
        INFO(name);
        const ArticleLayout layout = layout_of(article);
        using At = std::tuple<std::size_t, std::size_t, int>;  // page, column, top
        At last_line{0, 0, -1};
        std::map<std::size_t, At> floats;
        for (std::size_t p = 0; p < layout.pages.size(); ++p) {
            const auto& columns = layout.pages[p].columns;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                for (const FlowPlacement& placement : columns[c].placements) {
                    const At at{p, c, placement.top};
                    if (placement.line >= 0) {
                        last_line = std::max(last_line, at);
                    } else if (layout.body[placement.block].floating) {
                        floats.emplace(placement.block, at);
                    }
                }
            }
        }
        for (const auto& [block, at] : floats) {
            INFO("float " << block);
            CHECK(at < last_line);
        }
    }
}

TEST_CASE("a short article is set in one column with columns=auto", "[pdf][flow][short]") {
    const ArticleLayout one = layout_of(short_article());
    CHECK(one.setup.columns == 1);
    REQUIRE(one.pages.size() == 1);
    CHECK(one.pages[0].columns.size() == 1);
    CHECK(one.setup.body_size == Approx(10.5));

    const ArticleLayout two = layout_of(short_article(), with_option("short-article", "columns"));
    CHECK(two.setup.columns == 2);
    CHECK(two.pages[0].columns.size() == 2);

    CHECK(layout_of(short_article(), with_option("columns", "2")).setup.columns == 2);

    CHECK(layout_of(long_report()).setup.columns == 2);
    CHECK(layout_of(test::load_sample("harbin-expo")).setup.columns == 2);
}

TEST_CASE("a short article set again in one column reports each warning once",
          "[pdf][flow][short]") {
    // An image without data warns while composing; the two-column composition that
    // decided the rule must not report it too.
    const Article article = ArticleBuilder(short_article())
                                .image(test::figure("missing.png", "", 1000, 100, "A banner"))
                                .build();
    DiagnosticCollector diagnostics;
    const ArticleLayout layout = exporter().layout(article, {}, diagnostics);
    CHECK(layout.setup.columns == 1);
    const auto warned = std::count_if(
        diagnostics.diagnostics().begin(), diagnostics.diagnostics().end(),
        [](const Diagnostic& d) { return d.message.find("has no data") != std::string::npos; });
    CHECK(warned == 1);

    // Kept in two columns, the first composition's warning is the one reported.
    DiagnosticCollector kept;
    ExportOptions options;
    options.values.emplace("short-article", "columns");
    CHECK(exporter().layout(article, options, kept).setup.columns == 2);
    CHECK(kept.diagnostics().size() == 1);
}
