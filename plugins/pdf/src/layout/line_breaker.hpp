// Knuth and Plass's total-fit line breaking ("Breaking Paragraphs into Lines", 1981)
// over boxes, glue and penalties, in passes of growing tolerance so that a break is
// always found.
#pragma once

#include "layout/text_items.hpp"

#include <cstddef>
#include <vector>

namespace galley::pdf {

struct BreakOptions {
    float line_width = 0;
    /// Adjustment ratios allowed in the first two passes (TeX: pretolerance 100 and
    /// tolerance 200 correspond to about 1.0 and 1.26).
    float first_tolerance = 1.0f;
    float second_tolerance = 1.5f;
    /// Extra stretch per line in the third pass (TeX's \emergencystretch), points.
    float emergency_stretch = 0;
    int line_penalty = 10;
    int double_hyphen_demerits = 10000;
    int final_hyphen_demerits = 20000;    ///< "discus-" above a last line of "sions."
    int short_last_line_demerits = 4000;  ///< a last line under a fifth of the measure
    int adjacent_demerits = 10000;        ///< lines of very different tightness next to each other
    /// TeX's \looseness: this many lines more (or fewer, when negative) than the best
    /// breaking has, when a breaking within the second pass's tolerance has them, else
    /// one with the emergency stretch (at twice that tolerance); else the best breaking
    /// stays. The column balancer re-breaks a paragraph so.
    int looseness = 0;
};

struct LineBreak {
    std::size_t position = 0;  ///< the item broken at (glue or penalty)
    float ratio = 0;           ///< glue adjustment of the line ending here
};

/// The breaks of `items`, which must end with a forced break. One entry per line.
std::vector<LineBreak> break_lines(const std::vector<Item>& items, const BreakOptions& options);

}  // namespace galley::pdf
