// Turning one page's display list into PDF content-stream operators: text as TJ arrays
// of 2-byte CIDs (glyph ids of the embedded subset), rules, boxes and images, each inside
// the marked-content sequence of its structure element or artifact.
#pragma once

#include "fonts/font_subsetter.hpp"
#include "layout/display_list.hpp"
#include "options/page_setup.hpp"

#include <array>
#include <string>
#include <vector>

namespace galley::pdf {

/// How the page refers to one embedded face.
struct FontBinding {
    std::string resource;                ///< "F1"
    const FontFace* face = nullptr;      ///< for advances (pen position)
    const SubsetFont* subset = nullptr;  ///< old -> new glyph ids
};

/// The content stream for `page`. `fonts` is indexed by FaceId (null for faces the page
/// does not use); `images` by image index. Each of the page's marked runs becomes a
/// marked-content sequence: `/Type <</MCID n>> BDC` with the type of its element in
/// `structure`, or an `/Artifact`.
std::string page_content(const PageList& page, const std::array<FontBinding, face_count>& fonts,
                         const std::vector<std::string>& images, ColorMode color,
                         const StructureTree& structure);

}  // namespace galley::pdf
