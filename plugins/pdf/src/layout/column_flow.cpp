// Column filling by simulation: greedy with backtracking to the last allowed break,
// floats deferred to the next column, balancing by searching the height that leaves the
// columns closest in depth.
#include "layout/column_flow.hpp"

#include <algorithm>
#include <deque>

namespace galley::pdf {

namespace {

struct Slot {
    std::size_t block = 0;
    int line = -1;
    int height = 1;
    bool break_before = true;   // a column may end just before this slot
    bool after_hyphen = false;  // ...but that splits a hyphenated word (a last resort)
    bool space = false;         // discardable space
    bool floating = false;
};

std::vector<Slot> make_slots(const std::vector<FlowBlock>& blocks) {
    std::vector<Slot> slots;
    bool keep = false;  // the previous block keeps with this one
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const FlowBlock& block = blocks[b];
        bool first = true;
        if (block.space_before > 0) {
            slots.push_back({b, -1, block.space_before, !keep, false, true, false});
            first = false;
        }
        if (block.kind == FlowBlock::Kind::Solid) {
            slots.push_back(
                {b, -1, std::max(1, block.units), first && !keep, false, false, block.floating});
        } else {
            const int n = static_cast<int>(block.text->lines.size());
            for (int i = 0; i < n; ++i) {
                bool allowed;
                bool after_hyphen = false;
                if (i == 0) {
                    allowed = first && !keep;
                } else {
                    // No widows or orphans; a word split across columns only when
                    // keeping it whole would cost more (see fill()).
                    allowed = i >= block.orphans && n - i >= block.widows;
                    after_hyphen = block.text->lines[static_cast<std::size_t>(i - 1)].hyphenated;
                }
                slots.push_back({b, i, 1, allowed, after_hyphen, false, false});
            }
        }
        keep = block.keep_with_next;
    }
    return slots;
}

struct State {
    std::size_t next = 0;
    std::deque<std::size_t> pending;  // deferred floats, slot indices
};

// Fills one column of `capacity` units from `state`; returns what was placed.
ColumnLayout fill(const std::vector<Slot>& slots, State& state, int capacity) {
    ColumnLayout column;
    int used = 0;
    bool has_content = false;
    auto place = [&](std::size_t s) {
        const Slot& slot = slots[s];
        column.placements.push_back({slot.block, slot.line, used});
        used += slot.height;
        has_content = true;
    };
    // Floats deferred from the previous column go first.
    while (!state.pending.empty()) {
        const std::size_t f = state.pending.front();
        if (has_content && used + slots[f].height > capacity) {
            break;
        }
        place(f);
        state.pending.pop_front();
    }
    struct Snapshot {
        std::size_t placements;
        int used;
        State state;
        bool after_hyphen;
    };
    std::vector<Snapshot> breaks;  // states just before an allowed break
    while (state.next < slots.size()) {
        const std::size_t s = state.next;
        const Slot& slot = slots[s];
        if (slot.space && !has_content) {
            ++state.next;  // no space at a column's top
            continue;
        }
        if (has_content && slot.break_before) {
            breaks.push_back({column.placements.size(), used, state, slot.after_hyphen});
        }
        if (used + slot.height <= capacity || !has_content) {
            if (slot.space) {
                used += slot.height;
            } else {
                place(s);
            }
            ++state.next;
            continue;
        }
        if (slot.floating) {
            // Let the text after a figure fill this column; the figure opens the next.
            state.pending.push_back(s);
            ++state.next;
            continue;
        }
        if (breaks.empty()) {
            break;  // end here (forced when nothing allows a break)
        }
        // End at the last place a break was allowed (here when a break is allowed
        // here), but rather at an earlier break that keeps a hyphenated word whole when
        // that costs at most one line.
        std::size_t chosen = breaks.size() - 1;
        if (breaks[chosen].after_hyphen) {
            for (std::size_t k = chosen; k-- > 0;) {
                if (breaks[chosen].used - breaks[k].used > 1) {
                    break;
                }
                if (!breaks[k].after_hyphen) {
                    chosen = k;
                    break;
                }
            }
        }
        const Snapshot& snap = breaks[chosen];
        column.placements.resize(snap.placements);
        used = snap.used;
        state = snap.state;
        break;
    }
    column.used = used;
    return column;
}

bool done(const std::vector<Slot>& slots, const State& state) {
    if (!state.pending.empty()) {
        return false;
    }
    for (std::size_t s = state.next; s < slots.size(); ++s) {
        if (!slots[s].space) {
            return false;
        }
    }
    return true;
}

// Fills `columns` columns of `height`; true when everything fitted.
bool fill_page(const std::vector<Slot>& slots, State state, int columns, int height,
               std::vector<ColumnLayout>& out, State& after) {
    out.clear();
    for (int c = 0; c < columns; ++c) {
        out.push_back(fill(slots, state, height));
        if (done(slots, state)) {
            break;
        }
    }
    after = state;
    return done(slots, state);
}

// How far apart the deepest and the shallowest of `columns` columns end (a column not
// filled counts as empty).
int spread(const std::vector<ColumnLayout>& filled, int columns) {
    int deepest = 0;
    int shallowest = static_cast<int>(filled.size()) < columns ? 0 : filled.front().used;
    for (const ColumnLayout& column : filled) {
        deepest = std::max(deepest, column.used);
        shallowest = std::min(shallowest, column.used);
    }
    return deepest - shallowest;
}

}  // namespace

std::vector<PageFlow> flow_columns(const std::vector<FlowBlock>& blocks, int columns,
                                   int first_capacity, int capacity) {
    const std::vector<Slot> slots = make_slots(blocks);
    std::vector<PageFlow> pages;
    State state;
    first_capacity = std::max(1, first_capacity);
    capacity = std::max(1, capacity);
    while (!done(slots, state) || pages.empty()) {
        const int height = pages.empty() ? first_capacity : capacity;
        std::vector<ColumnLayout> cols;
        State after;
        const bool last = fill_page(slots, state, columns, height, cols, after);
        if (last && columns > 1) {
            int remaining = 0;
            for (std::size_t s = state.next; s < slots.size(); ++s) {
                remaining += slots[s].height;
            }
            for (std::size_t f : state.pending) {
                remaining += slots[f].height;
            }
            // Balance: the height that leaves the columns closest in depth (the smallest
            // such height), tried up to the full column.
            int best_spread = height + 1;
            for (int h = std::max(1, remaining / columns); h <= height && best_spread > 0; ++h) {
                std::vector<ColumnLayout> trial;
                State trial_after;
                if (fill_page(slots, state, columns, h, trial, trial_after) &&
                    spread(trial, columns) < best_spread) {
                    best_spread = spread(trial, columns);
                    cols = std::move(trial);
                    after = trial_after;
                }
            }
        }
        const bool progress =
            after.next != state.next || after.pending.size() != state.pending.size();
        PageFlow page;
        page.columns = std::move(cols);
        pages.push_back(std::move(page));
        state = after;
        if (!progress && !done(slots, state)) {
            break;  // cannot happen: an empty column always takes one slot
        }
    }
    return pages;
}

}  // namespace galley::pdf
