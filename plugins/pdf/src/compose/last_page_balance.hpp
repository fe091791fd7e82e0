// Balancing the last page's columns by setting a paragraph again a line looser or
// tighter, when the flow alone leaves them more than a line apart.
#pragma once

#include "compose/article_composer.hpp"
#include "compose/typesetter.hpp"
#include "layout/column_flow.hpp"

#include <vector>

namespace galley::pdf {

/// The flow's grid: columns per page and grid units per column.
struct FlowGrid {
    int columns = 1;
    int first_capacity = 0;  ///< below the masthead on page one
    int capacity = 0;
};

/// How far apart the deepest and the shallowest column of `page` end (a column left
/// empty counts as ending at the top, below the floats spanning the page).
int column_spread(const PageFlow& page, int columns);

/// When the last page of `pages` has columns more than a line apart, sets the body
/// paragraphs on it again one line tighter or looser (BreakOptions::looseness), one at
/// a time, longest first, and keeps the first that brings the columns within one line
/// without adding a page or emptying a full page's line; `composed.body` and `pages`
/// then hold it.
void balance_by_rebreaking(ComposedArticle& composed, std::vector<PageFlow>& pages,
                           const FlowGrid& grid, Typesetter& typesetter);

}  // namespace galley::pdf
