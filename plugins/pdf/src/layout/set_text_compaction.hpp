// Shrinking a set paragraph to what painting reads, so that a whole article's worth of
// set text can wait for pagination without costing many times the article's size.
#pragma once

#include "layout/line_setter.hpp"

namespace galley::pdf {

/// Drops the breaking material (boxes, glue, penalties) and the fragments no line
/// draws (hyphens at breaks not taken), and keeps one copy of each distinct fragment
/// (the same glyphs in the same style and width: every space, every repeated word).
/// What the lines draw is unchanged, piece for piece.
void compact_set_text(SetText& text);

/// Appends the lines of `part` (compacted) after those of `text`, as one paragraph set
/// in pieces.
void append_set_text(SetText& text, SetText&& part);

}  // namespace galley::pdf
