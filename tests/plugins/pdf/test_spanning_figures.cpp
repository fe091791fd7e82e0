// A figure spanning the columns at a page's head, end to end: the panorama fixture
// (tests/plugins/pdf/data/panorama-feature.yaml) laid out, rendered and read back by
// qpdf, poppler and MuPDF.
#include "pdf_articles.hpp"
#include "pdf_check.hpp"
#include "pdf_exporter.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

using namespace galley;
using namespace galley::pdf;
using namespace galley::test;

namespace {

ArticleLayout layout_of(const Article& article, const ExportOptions& options = {}) {
    static const PdfExporter exporter;
    DiagnosticCollector diagnostics;
    return exporter.layout(article, options, diagnostics);
}

// The page and placement of the first spanning float of `layout`, or none.
struct Spanning {
    std::size_t page = 0;
    const FlowPlacement* placement = nullptr;
};
Spanning first_spanning(const ArticleLayout& layout) {
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        for (const FlowPlacement& placement : layout.pages[p].columns.front().placements) {
            if (placement.spanning) {
                return {p, &placement};
            }
        }
    }
    return {};
}

// The paragraph markers of the fixture, the caption where the article has the figure.
const std::vector<std::string> article_order{
    "Alpha paragraph.", "Bravo paragraph.", "Panorama caption.",  "Charlie paragraph.",
    "Delta paragraph.", "Echo paragraph.",  "Foxtrot paragraph.", "Golf paragraph.",
    "Hotel paragraph.", "India paragraph.", "Juliet paragraph.",  "2024 Northern Courier"};

// Extracted text with words hyphenated at a line's end joined again.
std::string joined_lines(std::string text) {
    for (std::size_t p = text.find("-\n"); p != std::string::npos; p = text.find("-\n", p)) {
        text.erase(p, 2);
    }
    return text;
}

void check_order(const std::string& text, const std::string& engine) {
    INFO(engine << ":\n" << text);
    std::size_t at = 0;
    for (const std::string& marker : article_order) {
        INFO("looking for " << marker);
        const std::size_t found = text.find(marker, at);
        REQUIRE(found != std::string::npos);
        at = found + marker.size();
    }
}

}  // namespace

TEST_CASE("a panorama spans the columns at the head of its anchor's page",
          "[pdf][flow][floats][span]") {
    const ArticleLayout layout = layout_of(panorama_article());
    REQUIRE(layout.setup.columns == 2);
    const Spanning span = first_spanning(layout);
    REQUIRE(span.placement != nullptr);
    const FlowBlock& figure = layout.body[span.placement->block];
    CHECK(figure.floating);
    CHECK(span.page == 0);
    CHECK(span.placement->top == 0);
    const PageFlow& page = layout.pages[span.page];
    CHECK(page.span_units == figure.span_units);
    // Every column's text starts right below it: the same units from each column.
    for (const ColumnLayout& column : page.columns) {
        const auto text = std::find_if(column.placements.begin(), column.placements.end(),
                                       [](const FlowPlacement& p) { return !p.spanning; });
        REQUIRE(text != column.placements.end());
        CHECK(text->top == page.span_units);
    }
    // The image across the full measure, its caption too.
    REQUIRE(figure.span_graphic.images.size() == 1);
    const ImagePlacement& image = figure.span_graphic.images.front();
    CHECK(image.x == Approx(0).margin(0.01));
    CHECK(image.width == Approx(layout.setup.span_width()).epsilon(0.001));
    CHECK(image.height == Approx(image.width / 3).epsilon(0.001));
    for (const TextLinePlacement& line : figure.span_graphic.texts) {
        CHECK(line.text->lines[line.line].width <= layout.setup.span_width() + 0.5);
    }
    CHECK(figure.span_graphic.texts.front().text->lines.front().width >
          layout.setup.column_width());
    // The anchor (the paragraph before the figure) ends on that page.
    bool anchor_on_page = false;
    for (const ColumnLayout& column : page.columns) {
        for (const FlowPlacement& p : column.placements) {
            anchor_on_page = anchor_on_page || p.block + 1 == span.placement->block;
        }
    }
    CHECK(anchor_on_page);
}

TEST_CASE("a spanning panorama is drawn wider than a column and read in article order",
          "[pdf][floats][span]") {
    const Article article = panorama_article();
    const ArticleLayout layout = layout_of(article);
    PdfFile pdf(render_pdf(article));

    auto check = pdf.tool({"qpdf", "--check"});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.err.empty());

    // pdfimages gives the printed resolution: 1500 pixels over the width drawn.
    auto images = pdf.tool({"pdfimages", "-list"});
    REQUIRE(images.exit_code == 0);
    std::istringstream rows(images.out);
    std::string row;
    std::getline(rows, row);
    std::getline(rows, row);
    REQUIRE(std::getline(rows, row));
    std::istringstream fields(row);
    std::string field;
    std::vector<std::string> columns;
    while (fields >> field) {
        columns.push_back(field);
    }
    REQUIRE(columns.size() >= 14);
    CHECK(columns[3] == "1500");
    const double drawn = 1500.0 / std::stod(columns[12]) * 72;
    INFO("drawn " << drawn << " pt wide; a column is " << layout.setup.column_width());
    CHECK(drawn > 1.8 * layout.setup.column_width());
    CHECK(drawn == Approx(layout.setup.span_width()).epsilon(0.01));

    auto raw = pdf.tool({"pdftotext", "-raw", "-enc", "UTF-8"}, {"-"});
    CHECK(raw.err.empty());
    check_order(normalize(joined_lines(raw.out)), "pdftotext -raw");
    auto mu = run({"mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.path().string()});
    REQUIRE(mu.exit_code == 0);
    check_order(normalize(joined_lines(mu.out)), "mutool draw -F txt");

    // The Figure element between the paragraphs around its anchor, its Caption after it.
    auto tree = pdf.tool({"pdfinfo", "-struct-text"});
    REQUIRE(tree.exit_code == 0);
    const std::string t = tree.out;
    const std::size_t bravo = t.find("Bravo paragraph.");
    const std::size_t figure = t.find("Figure");
    const std::size_t caption = t.find("Panorama caption.");
    const std::size_t charlie = t.find("Charlie paragraph.");
    INFO(t);
    REQUIRE(bravo != std::string::npos);
    REQUIRE(figure != std::string::npos);
    REQUIRE(caption != std::string::npos);
    REQUIRE(charlie != std::string::npos);
    CHECK(bravo < figure);
    CHECK(figure < caption);
    CHECK(caption < charlie);
    // Its BBox spans the columns (its /Alt is checked with every sample's in
    // test_structure.cpp).
    const std::regex bbox(R"(/BBox \[([\d.]+) [\d.]+ ([\d.]+) [\d.]+\])");
    std::smatch box;
    const std::string after_figure = t.substr(figure);
    REQUIRE(std::regex_search(after_figure, box, bbox));
    CHECK(std::stod(box[2]) - std::stod(box[1]) > 1.8 * layout.setup.column_width());
}

namespace {

// The fixture's text three times over, the panorama after paragraph `anchor`.
Article long_panorama_article(std::size_t anchor) {
    const Article base = panorama_article();
    std::vector<Block> paragraphs;
    const Block* image = nullptr;
    for (const Block& block : base.body) {
        if (std::holds_alternative<Image>(block.content)) {
            image = &block;
        } else {
            paragraphs.push_back(block);
        }
    }
    REQUIRE(image != nullptr);
    Article article = base;  // NOLINT: a copy, its body replaced
    article.body.clear();
    for (int round = 0; round < 3; ++round) {
        for (const Block& p : paragraphs) {
            article.body.push_back(p);
            if (article.body.size() == anchor) {
                article.body.push_back(*image);
            }
        }
    }
    return article;
}

}  // namespace

TEST_CASE("a panorama far into a long article spans a later page, after its anchor",
          "[pdf][flow][floats][span]") {
    const Article article = long_panorama_article(25);
    for (const char* columns : {"2", "3"}) {
        INFO(columns << " columns");
        ExportOptions options;
        options.values.emplace("columns", columns);
        const ArticleLayout layout = layout_of(article, options);
        const Spanning span = first_spanning(layout);
        REQUIRE(span.placement != nullptr);
        CHECK(span.page >= 1);
        // No line of the anchor's paragraph or before it is on a later page.
        const std::size_t figure_block = span.placement->block;
        for (std::size_t p = span.page + 1; p < layout.pages.size(); ++p) {
            for (const ColumnLayout& column : layout.pages[p].columns) {
                for (const FlowPlacement& placement : column.placements) {
                    CHECK(placement.block > figure_block);
                }
            }
        }
        // The anchor ends on the figure's page or the one before.
        bool anchor_seen = false;
        for (std::size_t p = span.page - 1; p <= span.page; ++p) {
            for (const ColumnLayout& column : layout.pages[p].columns) {
                for (const FlowPlacement& placement : column.placements) {
                    anchor_seen = anchor_seen || placement.block + 1 == figure_block;
                }
            }
        }
        CHECK(anchor_seen);
        const PageFlow& page = layout.pages[span.page];
        for (const ColumnLayout& column : page.columns) {
            CHECK(column.used >= page.span_units);
        }
        if (span.page + 1 < layout.pages.size()) {
            for (const ColumnLayout& column : page.columns) {
                CHECK(layout.capacity - column.used <= 3);  // a full page stays full
            }
        }
    }
}

TEST_CASE("a figure spans only when it stays sharp across the columns", "[pdf][floats][span]") {
    // The river port's chart is 640 pixels wide: 89 ppi across two columns, below the
    // print check's 150; the panorama's 1500 pixels give 216.
    auto spanning_forms = [](const ArticleLayout& layout) {
        std::vector<int> units;
        for (const FlowBlock& block : layout.body) {
            if (block.floating && block.kind == FlowBlock::Kind::Solid &&
                !block.graphic.images.empty()) {
                units.push_back(block.span_units);
            }
        }
        return units;
    };
    const Article chart = load_sample("river-port-reopens-md");
    CHECK(spanning_forms(layout_of(chart)) == std::vector<int>{0});
    ExportOptions no_check;
    no_check.values.emplace("min-image-ppi", "0");
    const std::vector<int> unchecked = spanning_forms(layout_of(chart, no_check));
    REQUIRE(unchecked.size() == 1);
    CHECK(unchecked.front() > 0);
    const std::vector<int> panorama = spanning_forms(layout_of(panorama_article()));
    REQUIRE(panorama.size() == 1);
    CHECK(panorama.front() > 0);
}

TEST_CASE("a panorama anchored anywhere in a long article reads after its anchor",
          "[pdf][floats][span]") {
    // Anchors early and late on pages, in two and three columns: every paragraph in
    // order and the caption after its anchor in both engines' text, whether the figure
    // spans the head of its anchor's page or of the next one.
    const std::vector<std::string> names{"Alpha",   "Bravo", "Charlie", "Delta", "Echo",
                                         "Foxtrot", "Golf",  "Hotel",   "India", "Juliet"};
    int later_page = 0;
    for (const std::size_t anchor : {4, 12, 19, 25}) {
        const Article article = long_panorama_article(anchor);
        for (const char* columns : {"2", "3"}) {
            INFO("after paragraph " << anchor << ", " << columns << " columns");
            ExportOptions options;
            options.values.emplace("columns", columns);
            const ArticleLayout layout = layout_of(article, options);
            const Spanning span = first_spanning(layout);
            REQUIRE(span.placement != nullptr);
            bool anchor_on_page = false;
            for (const ColumnLayout& column : layout.pages[span.page].columns) {
                for (const FlowPlacement& p : column.placements) {
                    anchor_on_page = anchor_on_page || p.block + 1 == span.placement->block;
                }
            }
            later_page += anchor_on_page ? 0 : 1;

            std::vector<std::string> paragraphs;
            for (std::size_t i = 0; i < 30; ++i) {
                paragraphs.push_back(names[i % 10] + " paragraph.");
            }
            PdfFile pdf(render_pdf(article, {{"columns", columns}}));
            for (const auto& [engine, text] :
                 {std::pair{std::string("pdftotext -raw"),
                            pdf.tool({"pdftotext", "-raw", "-enc", "UTF-8"}, {"-"}).out},
                  std::pair{
                      std::string("mutool draw -F txt"),
                      run({"mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.path().string()})
                          .out}}) {
                const std::string flat = normalize(joined_lines(text));
                INFO(engine << ":\n" << flat);
                std::vector<std::size_t> at;
                for (const std::string& marker : paragraphs) {
                    INFO("looking for " << marker);
                    const std::size_t found =
                        flat.find(marker, at.empty() ? 0 : at.back() + marker.size());
                    REQUIRE(found != std::string::npos);
                    at.push_back(found);
                }
                // After its anchor; before the next paragraph when it spans the anchor's
                // page (on the next page it opens that page's text, as a float in one
                // column moved there does; the structure tree has it at its anchor).
                const std::size_t caption = flat.find("Panorama caption.");
                REQUIRE(caption != std::string::npos);
                CHECK(caption > at[anchor - 1]);
                if (anchor_on_page) {
                    CHECK(caption < at[anchor]);
                }
            }
        }
    }
    // Some go to the next page's head (there the last page balances).
    CHECK(later_page > 0);
    CHECK(later_page < 8);
}
