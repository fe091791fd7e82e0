// The material of a paragraph for line breaking: Knuth and Plass's boxes, glue and
// penalties, and the glyph fragments the boxes draw.
#pragma once

#include "fonts/font_catalog.hpp"
#include "layout/display_list.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace galley::pdf {

/// A penalty at or above this never breaks; at or below `force_break` always does.
inline constexpr int infinite_penalty = 10000;
inline constexpr int force_break = -10000;

/// Glyphs of one face and style, drawn as a unit.
struct Fragment {
    FaceId face = FaceId::LiberationSerif;
    bool fake_bold = false;
    /// Glyphs from the shaper: ItemList::adjustments holds their pen moves, and
    /// justification adds no letter spacing (it would break joined scripts apart).
    bool shaped = false;
    bool invisible = false;  ///< see TextOp::invisible
    float size = 10;
    float tracking = 0;
    Ink ink;
    std::uint32_t glyph_begin = 0;  ///< into ItemList::glyphs
    std::uint32_t glyph_count = 0;
    float width = 0;                ///< points
    float rise = 0;                 ///< points above the baseline (shaped marks)
    std::int32_t link = -1;         ///< into ItemList::links
    std::int32_t actual_text = -1;  ///< into ItemList::actual_texts (placeholder glyphs)
    LanguageCode lang{};            ///< a word in another script than the article's
};

struct Item {
    enum class Kind : std::uint8_t { Box, Glue, Penalty };
    Kind kind = Kind::Box;
    bool flagged = false;  ///< a penalty that inserts a hyphen
    /// Glue between words written without spaces (Thai): its stretch is the most it
    /// may grow, as engines reading a wider gap there would extract a space.
    bool thin = false;
    std::uint8_t level = 0;  ///< bidi embedding level (odd: right to left)
    int penalty = 0;
    float width = 0, stretch = 0, shrink = 0;
    /// Box: the fragment drawn. Glue: a space glyph drawn at its start (or -1).
    /// Penalty: the hyphen fragment drawn when the line breaks here (or -1).
    std::int32_t fragment = -1;

    static Item box(float width, std::int32_t fragment) {
        Item i;
        i.width = width;
        i.fragment = fragment;
        return i;
    }
    static Item glue(float width, float stretch, float shrink, std::int32_t fragment = -1) {
        Item i;
        i.kind = Kind::Glue;
        i.width = width;
        i.stretch = stretch;
        i.shrink = shrink;
        i.fragment = fragment;
        return i;
    }
    static Item thin_glue(float most) {
        Item i = glue(0, most, 0);
        i.thin = true;
        return i;
    }
    static Item make_penalty(int penalty, float width = 0, bool flagged = false,
                             std::int32_t fragment = -1) {
        Item i;
        i.kind = Kind::Penalty;
        i.penalty = penalty;
        i.width = width;
        i.flagged = flagged;
        i.fragment = fragment;
        return i;
    }
};

/// A paragraph ready to break: items plus what their fragments draw.
struct ItemList {
    std::vector<Item> items;
    std::vector<Fragment> fragments;
    std::vector<std::uint16_t> glyphs;
    /// Pen moves before each glyph of shaped fragments, 1/1000 em to the right, at the
    /// glyphs' indices; empty in paragraphs without shaped text.
    std::vector<std::int16_t> adjustments;
    std::vector<std::u32string> actual_texts;
    std::vector<std::string> links;
    std::uint8_t base_level = 0;  ///< the paragraph's direction: 1 right to left
};

}  // namespace galley::pdf
