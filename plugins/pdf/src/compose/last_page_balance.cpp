// Re-breaking one paragraph of the last page: tried only when the flow leaves its
// columns apart, paragraph by paragraph, longest first, tighter before looser (a tighter
// paragraph also shortens the page), each trial flowed again in full. Articles whose
// last page is balanced pay nothing.
#include "compose/last_page_balance.hpp"

#include "compose/long_paragraphs.hpp"

#include <algorithm>
#include <set>

namespace galley::pdf {

namespace {

// Articles with more blocks than this are not re-broken: each trial flows the whole
// article again.
constexpr std::size_t max_blocks = 4000;
// Paragraphs tried at most.
constexpr std::size_t max_paragraphs = 12;

// Empty grid units in the columns of the pages before the last.
int shortfall(const std::vector<PageFlow>& pages, const FlowGrid& grid) {
    int empty = 0;
    for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
        const int capacity = p == 0 ? grid.first_capacity : grid.capacity;
        for (const ColumnLayout& column : pages[p].columns) {
            empty += capacity - column.used;
        }
        empty += capacity * (grid.columns - static_cast<int>(pages[p].columns.size()));
    }
    return empty;
}

}  // namespace

int column_spread(const PageFlow& page, int columns) {
    int deepest = 0;
    int shallowest = static_cast<int>(page.columns.size()) < columns || page.columns.empty()
                         ? page.span_units
                         : page.columns.front().used;
    for (const ColumnLayout& column : page.columns) {
        deepest = std::max(deepest, column.used);
        shallowest = std::min(shallowest, column.used);
    }
    return deepest - shallowest;
}

void balance_by_rebreaking(ComposedArticle& composed, std::vector<PageFlow>& pages,
                           const FlowGrid& grid, Typesetter& typesetter) {
    if (grid.columns < 2 || pages.empty() || composed.body.size() > max_blocks ||
        column_spread(pages.back(), grid.columns) <= 1) {
        return;
    }
    std::set<std::size_t> on_last_page;
    for (const ColumnLayout& column : pages.back().columns) {
        for (const FlowPlacement& placement : column.placements) {
            on_last_page.insert(placement.block);
        }
    }
    const int empty_before = shortfall(pages, grid);
    // The paragraphs of the last page, longest first (the more lines share the space a
    // line more or less makes, the less its spacing changes), then from the page's end.
    std::vector<const SetParagraph*> candidates;
    for (auto it = composed.paragraphs.rbegin(); it != composed.paragraphs.rend(); ++it) {
        if (on_last_page.count(it->block) != 0 &&
            inline_text_bytes(*it->text) <= long_paragraph_bytes) {
            candidates.push_back(&*it);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const SetParagraph* a, const SetParagraph* b) {
                         return composed.body[a->block].text->lines.size() >
                                composed.body[b->block].text->lines.size();
                     });
    candidates.resize(std::min(candidates.size(), max_paragraphs));
    for (const SetParagraph* candidate : candidates) {
        const SetParagraph& paragraph = *candidate;
        FlowBlock& block = composed.body[paragraph.block];
        const std::size_t lines = block.text->lines.size();
        const std::vector<int> loosenesses =
            lines < 2 ? std::vector<int>{1} : std::vector<int>{-1, 1};
        for (auto& set : typesetter.set_loosened(*paragraph.text, paragraph.request, loosenesses,
                                                 lines, paragraph.where)) {
            if (!set) {
                continue;  // no breaking within the tolerance has that many lines
            }
            std::swap(block.text, set);
            std::vector<PageFlow> trial =
                flow_columns(composed.body, grid.columns, grid.first_capacity, grid.capacity);
            if (trial.size() <= pages.size() && column_spread(trial.back(), grid.columns) <= 1 &&
                shortfall(trial, grid) <= empty_before) {
                pages = std::move(trial);
                return;
            }
            std::swap(block.text, set);
        }
    }
}

}  // namespace galley::pdf
