// Setting a paragraph: breaking its items into lines and placing every fragment,
// with justified glue, ragged, centred or right-aligned lines.
#pragma once

#include "layout/line_breaker.hpp"
#include "layout/paragraph_builder.hpp"

#include <memory>
#include <vector>

namespace galley::pdf {

/// A fragment at its position on the line (x from the line's left edge).
struct PlacedPiece {
    std::int32_t fragment = -1;
    float x = 0;
    float letter_spacing = 0;  ///< added after each glyph (justification), points
    /// The hyphen the line break inserted: layout, not the text (an artifact when
    /// tagged, so text read by structure has the word whole).
    bool inserted_hyphen = false;
};

struct SetLine {
    std::uint32_t piece_begin = 0;
    std::uint32_t piece_count = 0;
    float width = 0;          ///< from the left edge to the end of the last piece
    bool hyphenated = false;  ///< ends at a hyphen (inserted or the text's own)
};

/// A set paragraph: its material and lines.
struct SetText {
    ItemList material;
    std::vector<PlacedPiece> pieces;
    std::vector<SetLine> lines;
    /// Once compacted (compact_set_text), the fragments the pieces draw, shared with
    /// the document's other paragraphs; `material` is then empty.
    std::shared_ptr<const ItemList> shared_material;

    /// What the pieces' fragment indices refer to.
    const ItemList& drawn() const { return shared_material ? *shared_material : material; }
};

/// Breaks `material` into lines of `options.line_width` and places the fragments.
SetText set_text(ItemList material, const BreakOptions& options, Align align);

/// Like set_text, but for ragged display text (headlines): the narrowest measure that
/// keeps the same number of lines, so the lines come out about equally long.
SetText set_balanced(ItemList material, const BreakOptions& options, Align align);

}  // namespace galley::pdf
