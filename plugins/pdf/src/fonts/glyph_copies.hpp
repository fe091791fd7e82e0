// Copies of glyphs appended to a TrueType subset, each with an advance width of its own.
// A glyph variant (GlyphUnicodes::variant) has its own /W width in the PDF, but MuPDF
// measures a glyph by the font program's own widths (hmtx), so a base letter drawn
// narrower to reach its vowel sign read, to MuPDF, as ending past the sign, and it put
// a space there. A copy of the glyph under a new glyph id carries the variant's width
// in the font too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// A glyph of the font drawn as part of a composite copy, moved by (dx, dy) font units.
struct GlyphPart {
    std::uint16_t glyph = 0;
    std::int16_t dx = 0, dy = 0;
};

struct GlyphCopy {
    std::uint16_t glyph = 0;    ///< the glyph copied (a glyph id of the font given)
    std::uint16_t advance = 0;  ///< the copy's advance width, font units
    /// When not empty, the copy is instead a composite glyph of these parts: a shaped
    /// cluster of several glyphs (Thai SARA AM over its tone mark, Bengali O around its
    /// consonant) drawn as one glyph, so it can extract as its characters in engines
    /// that read text glyph by glyph.
    std::vector<GlyphPart> parts{};
};

/// `font` (a TrueType font with glyf outlines) with `copies` appended as new glyphs:
/// copy i becomes glyph numGlyphs + i. Tables indexed by glyph (hmtx, loca, glyf,
/// maxp, hhea) are extended (maxp's composite limits too); `post` loses its glyph names (version 3)
/// and the device tables hdmx, LTSH, VDMX, vhea and vmtx are dropped. The empty string when the
/// font is not such a font or would exceed 65,535 glyphs.
std::string append_glyph_copies(std::string_view font, const std::vector<GlyphCopy>& copies);

}  // namespace galley::pdf
