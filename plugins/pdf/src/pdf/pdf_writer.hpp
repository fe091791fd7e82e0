// Writing a laid-out document as PDF bytes: subsets and embeds the fonts it uses, its
// images, pages with their boxes, links, outline and metadata.
#pragma once

#include "fonts/font_subsetter.hpp"
#include "images/image_cache.hpp"
#include "layout/display_list.hpp"
#include "options/page_setup.hpp"
#include "pdf/hpdf_document.hpp"

#include <galley/diagnostic.hpp>

#include <array>
#include <string>
#include <vector>

namespace galley::pdf {

struct PdfMetadata {
    DocumentInfo info;
    std::string language;                  ///< BCP 47, for /Lang
    std::string source_name;               ///< the article, for warnings
    std::vector<std::string> image_names;  ///< by image index, for warnings
};

/// The glyphs each face draws, as a bitmap per face (glyph id -> drawn).
using GlyphUsage = std::array<std::vector<bool>, face_count>;

/// The glyphs all of `pages` draw, painting each page once and letting it go.
GlyphUsage used_glyphs(PageSource& pages);

/// The PDF for `document` with the pages `pages` paints, one at a time; `used` is what
/// used_glyphs() found for them (the font subsets). Throws galley::Error when libharu
/// or hb-subset fail; an image libharu cannot read becomes an empty frame and a warning.
std::string write_pdf(const DisplayDocument& document, PageSource& pages, const GlyphUsage& used,
                      const PdfMetadata& metadata, const FontCatalog& catalog,
                      FontSubsetter& subsetter, ImageCache& images, ColorMode color,
                      DiagnosticSink& diagnostics);

}  // namespace galley::pdf
