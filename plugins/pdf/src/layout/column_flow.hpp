// Flowing the body into columns and pages on a baseline grid: every line and block is a
// whole number of grid units tall. Keeps widows and orphans apart, hyphenated words on
// one column, headings with what follows, places floats (figures, pull quotes) where they
// stand, at a column's foot, at the next column's head or across all columns at a page's
// head by a cost, and balances the last page's columns.
#pragma once

#include "layout/graphic.hpp"

#include <cstddef>
#include <memory>
#include <vector>

namespace galley::pdf {

struct FlowBlock {
    enum class Kind { Lines, Solid };
    Kind kind = Kind::Lines;

    // Lines: each line of `text` takes one grid unit.
    std::shared_ptr<const SetText> text;
    float x = 0;              ///< left edge of the lines within the column
    Graphic first_line_mark;  ///< drawn beside line 0 (list bullet), y relative to its baseline
    StructId tag = artifact;  ///< the structure element the lines belong to

    // Solid: an unbreakable graphic `units` tall.
    Graphic graphic;
    int units = 0;

    int space_before = 0;  ///< grid units, dropped at the top of a column
    bool keep_with_next = false;
    /// A float (figure, pull quote): set where it stands, at the foot of its column or at
    /// the head or foot of a later one, whichever costs least; text flows past it.
    bool floating = false;
    /// A float that may also span all columns at a page's head (a figure): `span_graphic`
    /// is it set across the full measure, `span_units` tall; 0: one column only.
    Graphic span_graphic;
    int span_units = 0;
    /// What setting the float in one column costs (a wide image printed small), in the
    /// flow's cost units (an empty grid unit in a full column costs 10).
    int narrow_cost = 0;
    int orphans = 2;  ///< lines kept together at a paragraph's start
    int widows = 2;   ///< and at its end
};

/// One block or one line of a block, placed in a column.
struct FlowPlacement {
    std::size_t block = 0;
    int line = -1;  ///< -1: the solid graphic
    int top = 0;    ///< grid units from the column's top
    /// A float set across all columns at the page's head (listed in the first column;
    /// every column's text starts below it): its block's `span_graphic`, `span_units` tall.
    bool spanning = false;
};

struct ColumnLayout {
    std::vector<FlowPlacement> placements;
    int used = 0;  ///< grid units down to the last placement's bottom
};

struct PageFlow {
    std::vector<ColumnLayout> columns;
    /// Grid units the spanning floats take at the page's head (0: none); every column's
    /// placements start below them and its `used` counts them.
    int span_units = 0;
};

/// Lays `blocks` out in pages of `columns` columns, `first_capacity` grid units tall on
/// the first page and `capacity` on the others. The last page's columns are balanced.
/// Placements in a column are listed from the top; a float is never set below the
/// article's last line unless nothing follows its anchor, and never on a page before the
/// one its anchor (the text before it) reaches.
std::vector<PageFlow> flow_columns(const std::vector<FlowBlock>& blocks, int columns,
                                   int first_capacity, int capacity);

}  // namespace galley::pdf
