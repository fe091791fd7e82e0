// Writing a laid-out document as PDF bytes: subsets and embeds the fonts it uses, its
// images, pages with their boxes, links, outline and metadata.
#pragma once

#include "fonts/font_subsetter.hpp"
#include "images/image_cache.hpp"
#include "layout/display_list.hpp"
#include "options/page_setup.hpp"
#include "pdf/hpdf_document.hpp"

#include <galley/diagnostic.hpp>

#include <string>

namespace galley::pdf {

struct PdfMetadata {
    DocumentInfo info;
    std::string language;  ///< BCP 47, for /Lang
    std::string source_name;  ///< the article, for warnings
    std::vector<std::string> image_names;  ///< by image index, for warnings
};

/// The PDF for `document`. Throws galley::Error when libharu or hb-subset fail;
/// an image libharu cannot read becomes an empty frame and a warning.
std::string write_pdf(const DisplayDocument& document, const PdfMetadata& metadata,
                      const FontCatalog& catalog, FontSubsetter& subsetter, ImageCache& images,
                      ColorMode color, DiagnosticSink& diagnostics);

}  // namespace galley::pdf
