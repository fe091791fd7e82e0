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
    /// The document's variants of the face's glyphs (GlyphUnicodes::variants) and
    /// their codes, by index.
    const std::vector<GlyphVariant>* variants = nullptr;
    std::vector<std::uint16_t> variant_codes;

    const GlyphVariant* variant_of(std::uint16_t id) const {
        return variants ? GlyphUnicodes::variant_of(*variants, id) : nullptr;
    }
    /// Its width, 1/1000 em: a variant's own.
    int advance(std::uint16_t id) const {
        const GlyphVariant* v = variant_of(id);
        return v ? v->width : face->advance(id);
    }
    /// The code the content stream shows for it.
    std::uint16_t code(std::uint16_t id) const {
        return variant_of(id) ? variant_codes[id - GlyphUnicodes::first_variant] : subset->code(id);
    }
};

/// The content stream for `page`. `fonts` is indexed by FaceId (null for faces the page
/// does not use); `images` by image index. Each of the page's marked runs becomes a
/// marked-content sequence: `/Type <</MCID n>> BDC` with the type of its element in
/// `structure`, or an `/Artifact`.
std::string page_content(const PageList& page, const std::array<FontBinding, face_count>& fonts,
                         const std::vector<std::string>& images, ColorMode color,
                         const StructureTree& structure);

}  // namespace galley::pdf
