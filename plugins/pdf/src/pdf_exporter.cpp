// PdfExporter: options, warnings, and the render pipeline (compose, flow, paint, write).
#include "pdf_exporter.hpp"

#include "compose/article_composer.hpp"
#include "compose/document_info.hpp"
#include "compose/page_painter.hpp"
#include "options/page_setup.hpp"
#include "pdf/pdf_writer.hpp"

#include <galley/text.hpp>

#include <cmath>
#include <cstdio>

namespace galley::pdf {

namespace {

bool is_cjk_language(const std::string& lang) { return lang == "zh" || lang == "ja" || lang == "ko"; }

void report(const TextProblems& problems, DiagnosticSink& diagnostics) {
    for (const auto& [cp, where] : problems.missing) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        std::string shown;
        append_utf8(shown, cp);
        std::string message = "pdf: no font has the character " + std::string(code) + " '" + shown +
                              "' (tried Liberation, DejaVu and WenQuanYi Zen Hei); it is drawn as an "
                              "empty box and still extracts as the character";
        if (cp > 0xFFFF) {
            message += " (characters above U+FFFF are limited to what these fonts cover)";
        }
        diagnostics.warning(where, message);
    }
    for (const auto& [script, where] : problems.unsupported_scripts) {
        std::string what = is_right_to_left(script)
                               ? " text is drawn left to right in logical order, without "
                                 "bidirectional reordering"
                               : " text is drawn without shaping";
        if (script == Script::Arabic) {
            what += " or contextual shaping";
        }
        diagnostics.warning(where, "pdf: " + std::string(script_name(script)) + what +
                                       "; it will not read correctly (not supported by this "
                                       "exporter, see plugins/pdf/README.md)");
    }
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
    const std::string language = primary_language(article);
    const bool cjk = is_cjk_language(language);
    const ArticleStyle style = ArticleStyle::make(setup, cjk);

    HyphenationChoice hyphenation(m_hyphenators, article.language);

    DisplayDocument document;
    TextProblems problems;
    BuildContext context{m_fonts, hyphenation, cjk, setup.fonts, document.unicodes, problems, {}};
    Typesetter typesetter(context);

    const int capacity = static_cast<int>(std::floor(setup.text_height() / style.leading + 1e-6));
    ComposedArticle composed = compose_article(article, setup, style, typesetter,
                                               capacity * style.leading, diagnostics);
    const int masthead_units =
        std::min(capacity - 1, static_cast<int>(std::ceil(composed.masthead.height / style.leading - 1e-3)));
    const auto pages = flow_columns(composed.body, setup.columns, capacity - masthead_units, capacity);
    PagePainter painter({composed, pages, setup, style, article.language, masthead_units}, typesetter,
                        document);
    const GlyphUsage used = used_glyphs(painter);  // paints every page: problems are all known
    report(problems, diagnostics);

    PdfMetadata metadata;
    metadata.info = document_info(article, options.source_date_epoch);
    for (auto [key, value] : {std::pair{"Title", &metadata.info.title},
                              std::pair{"Author", &metadata.info.author},
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
    metadata.image_names = composed.image_names;
    out.bytes = write_pdf(document, painter, used, metadata, m_fonts, m_subsetter, m_images, setup.color,
                          diagnostics);
}

}  // namespace galley::pdf
