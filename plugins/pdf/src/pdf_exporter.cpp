// PdfExporter: options, warnings, and the render pipeline (compose, flow, paint, write).
#include "pdf_exporter.hpp"

#include "compose/article_composer.hpp"
#include "compose/document_info.hpp"
#include "compose/last_page_balance.hpp"
#include "compose/page_painter.hpp"
#include "options/page_setup.hpp"
#include "pdf/pdf_writer.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>

#include <cmath>
#include <cstdio>
#include <utility>

namespace galley::pdf {

namespace {

// Painted pages kept for the writer instead of painted again: a news article's pages
// take a few hundred kilobytes; a book-length one is painted twice, a page at a time.
constexpr std::size_t kept_pages_bytes = 16u << 20;

bool is_cjk_language(const std::string& lang) {
    return lang == "zh" || lang == "ja" || lang == "ko";
}

void report(const TextProblems& problems, DiagnosticSink& diagnostics) {
    for (const auto& [cp, where] : problems.missing) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        std::string shown;
        append_utf8(shown, cp);
        std::string message =
            "pdf: no font has the character " + std::string(code) + " '" + shown +
            "' (tried Liberation, DejaVu, the CJK, Noto and Symbola faces); it is "
            "drawn as a box and still extracts as the character";
        diagnostics.warning(where, message);
    }
}

// One composition of the article for a page setup, flowed into columns.
struct FlowedArticle {
    PageSetup setup;
    ArticleStyle style;
    ComposedArticle composed;
    int capacity = 0;
    int masthead_units = 0;
    std::vector<PageFlow> pages;
};

// What the article's language decides for setting its text (CJK punctuation, direction,
// the shaper's language), the same for render() and the layout() test hook.
BuildContext text_context(const FontCatalog& fonts, HyphenationChoice& hyphenation,
                          const Article& article, const PageSetup& setup, DisplayDocument& document,
                          TextProblems& problems) {
    return BuildContext{fonts,
                        hyphenation,
                        is_cjk_language(primary_language(article)),
                        setup.fonts,
                        document.unicodes,
                        problems,
                        {},
                        presentation::is_right_to_left(article.language),
                        article.language,
                        ScriptLanguages(article.language)};
}

FlowedArticle compose_and_flow(const Article& article, const PageSetup& setup,
                               const BuildContext& text, Typesetter& typesetter,
                               DiagnosticSink& diagnostics) {
    ArticleStyle article_style =
        ArticleStyle::make(setup, text.cjk_language, text.foreign_scripts.line_spacing());
    FlowedArticle flowed{setup, std::move(article_style), {}, 0, 0, {}};
    const ArticleStyle& style = flowed.style;
    flowed.capacity = static_cast<int>(std::floor(setup.text_height() / style.leading + 1e-6));
    flowed.composed = compose_article(article, setup, style, typesetter,
                                      flowed.capacity * style.leading, diagnostics);
    flowed.masthead_units = std::min(
        flowed.capacity - 1,
        static_cast<int>(std::ceil(flowed.composed.masthead.height / style.leading - 1e-3)));
    flowed.pages = flow_columns(flowed.composed.body, setup.columns,
                                flowed.capacity - flowed.masthead_units, flowed.capacity);
    return flowed;
}

// The short-article rule: masthead and body end above the first page's middle.
bool fills_less_than_half_a_page(const FlowedArticle& flowed) {
    if (flowed.pages.size() != 1) {
        return false;
    }
    int deepest = 0;
    for (const ColumnLayout& column : flowed.pages.front().columns) {
        deepest = std::max(deepest, column.used);
    }
    return 2 * (flowed.masthead_units + deepest) < flowed.capacity;
}

// Composes and flows in the page setup's columns, or in one column when the
// short-article rule applies. The first composition's warnings are held back until it
// is kept, so none is reported twice.
FlowedArticle lay_out(const Article& article, const ExportOptions& options, const PageSetup& setup,
                      const BuildContext& text, Typesetter& typesetter,
                      DiagnosticSink& diagnostics) {
    DiagnosticCollector held;
    FlowedArticle flowed = compose_and_flow(article, setup, text, typesetter, held);
    if (setup.short_article_one_column && fills_less_than_half_a_page(flowed)) {
        return compose_and_flow(article, one_column_page_setup(options), text, typesetter,
                                diagnostics);
    }
    for (const Diagnostic& diagnostic : held.diagnostics()) {
        diagnostics.report(diagnostic);
    }
    // Once the columns are settled: a paragraph set a line looser or tighter may balance
    // the last page.
    const FlowGrid grid{flowed.setup.columns, flowed.capacity - flowed.masthead_units,
                        flowed.capacity};
    balance_by_rebreaking(flowed.composed, flowed.pages, grid, typesetter);
    return flowed;
}

}  // namespace

PdfExporter::PdfExporter() = default;
PdfExporter::~PdfExporter() = default;

ExporterInfo PdfExporter::info() const {
    ExporterInfo info;
    info.id = "pdf";
    info.name = "Print-ready PDF";
    info.version = "0.1.0";
    info.extension = ".pdf";
    info.media_type = "application/pdf";
    info.options = option_specs();
    return info;
}

std::optional<std::string> PdfExporter::check_option(std::string_view key,
                                                     std::string_view value) const {
    return check_page_option(key, value);
}

std::optional<std::string> PdfExporter::check_options(const ExportOptions& options) const {
    return check_page_setup(options);
}

void PdfExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                         DiagnosticSink& diagnostics) const {
    const PageSetup setup = page_setup_from(options);
    HyphenationChoice hyphenation(m_hyphenators, article.language);
    DisplayDocument document;
    TextProblems problems;
    BuildContext context = text_context(m_fonts, hyphenation, article, setup, document, problems);
    Typesetter typesetter(context);

    const FlowedArticle flowed = lay_out(article, options, setup, context, typesetter, diagnostics);
    PagePainter painter({flowed.composed, flowed.pages, flowed.setup, flowed.style,
                         article.language, flowed.masthead_units},
                        typesetter, document);
    // Paints every page, so the problems are all known.
    PaintedPages pages(painter, kept_pages_bytes);
    report(problems, diagnostics);

    PdfMetadata metadata;
    metadata.info = document_info(article, options.source_date_epoch);
    for (auto [key, value] :
         {std::pair{"Title", &metadata.info.title}, std::pair{"Author", &metadata.info.author},
          std::pair{"Subject", &metadata.info.subject},
          std::pair{"Keywords", &metadata.info.keywords}}) {
        bool cut = false;
        *value = fit_pdf_text(*value, cut);
        if (cut) {
            diagnostics.warning({article.source_name, 0, 0},
                                std::string("pdf: the document information's ") + key +
                                    " is longer than a PDF string may be (" +
                                    std::to_string(max_pdf_string_bytes) +
                                    " bytes); it is cut short with '...'");
        }
    }
    metadata.language = article.language.empty() ? "und" : article.language;
    metadata.source_name = article.source_name;
    metadata.image_names = flowed.composed.image_names;
    out.bytes = write_pdf(document, pages, pages.used(), metadata, m_fonts, m_subsetter, m_images,
                          setup.color, diagnostics);
}

ArticleLayout PdfExporter::layout(const Article& article, const ExportOptions& options,
                                  DiagnosticSink& diagnostics) const {
    const PageSetup setup = page_setup_from(options);
    HyphenationChoice hyphenation(m_hyphenators, article.language);
    DisplayDocument document;
    TextProblems problems;
    BuildContext context = text_context(m_fonts, hyphenation, article, setup, document, problems);
    Typesetter typesetter(context);
    FlowedArticle flowed = lay_out(article, options, setup, context, typesetter, diagnostics);
    return {flowed.setup, flowed.capacity - flowed.masthead_units, flowed.capacity,
            std::move(flowed.composed.body), std::move(flowed.pages)};
}

}  // namespace galley::pdf
