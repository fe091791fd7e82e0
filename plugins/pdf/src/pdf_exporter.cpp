// PdfExporter: options, metadata, and the render pipeline (compose, paginate, write).
#include "pdf_exporter.hpp"

#include "options/page_setup.hpp"
#include "pdf/pdf_writer.hpp"

#include <galley/text.hpp>

namespace galley::pdf {

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

void PdfExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                         DiagnosticSink& diagnostics) const {
    const PageSetup setup = page_setup_from(options);
    DisplayDocument doc;
    doc.media_width = setup.paper.width;
    doc.media_height = setup.paper.height;
    PageList page;
    const FontFace& face = m_fonts.face(FaceId::LiberationSerif);
    std::string text = plain_text(article.headline);
    TextOp op;
    op.face = FaceId::LiberationSerif;
    op.size = 20;
    op.x = 72;
    op.y = 700;
    op.glyph_begin = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = next_code_point(text, pos);
        auto g = face.glyph(cp);
        page.glyphs.push_back(g);
        doc.unicodes.note(FaceId::LiberationSerif, g, cp);
    }
    op.glyph_count = static_cast<std::uint32_t>(page.glyphs.size());
    page.ops.push_back(op);
    doc.pages.push_back(std::move(page));
    doc.outline.push_back({1, text, 0, 72, 720});
    PdfMetadata meta;
    meta.info.title = text;
    meta.language = article.language;
    out.bytes = write_pdf(doc, meta, m_fonts, m_subsetter, setup.color, diagnostics);
}

}  // namespace galley::pdf
