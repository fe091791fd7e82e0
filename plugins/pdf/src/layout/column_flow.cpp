// Column filling by simulation: greedy with backtracking to the last allowed break,
// floats deferred to the next column, balancing by searching the smallest height.
#include "layout/column_flow.hpp"

#include <algorithm>
#include <deque>

namespace galley::pdf {

namespace {

struct Slot {
    std::size_t block = 0;
    int line = -1;
    int height = 1;
    bool break_before = true;  // a column may end just before this slot
    bool space = false;        // discardable space
    bool floating = false;
};

std::vector<Slot> make_slots(const std::vector<FlowBlock>& blocks) {
    std::vector<Slot> slots;
    bool keep = false;  // the previous block keeps with this one
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const FlowBlock& block = blocks[b];
        bool first = true;
        if (block.space_before > 0) {
            slots.push_back({b, -1, block.space_before, !keep, true, false});
            first = false;
        }
        if (block.kind == FlowBlock::Kind::Solid) {
            slots.push_back({b, -1, std::max(1, block.units), first && !keep, false, block.floating});
        } else {
            const int n = static_cast<int>(block.text->lines.size());
            for (int i = 0; i < n; ++i) {
                bool allowed;
                if (i == 0) {
                    allowed = first && !keep;
                } else {
                    // No widows or orphans, and no word split across columns.
                    allowed = i >= block.orphans && n - i >= block.widows &&
                              !block.text->lines[static_cast<std::size_t>(i - 1)].hyphenated;
                }
                slots.push_back({b, i, 1, allowed, false, false});
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
            breaks.push_back({column.placements.size(), used, state});
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
        if (slot.break_before || breaks.empty()) {
            break;  // end here (forced when nothing allows a break)
        }
        // Back up to the last place a break was allowed.
        const Snapshot& snap = breaks.back();
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
            // Balance: the smallest height that still holds the rest on this page.
            int remaining = 0;
            for (std::size_t s = state.next; s < slots.size(); ++s) {
                remaining += slots[s].height;
            }
            for (std::size_t f : state.pending) {
                remaining += slots[f].height;
            }
            for (int h = std::max(1, remaining / columns); h < height; ++h) {
                std::vector<ColumnLayout> trial;
                State trial_after;
                if (fill_page(slots, state, columns, h, trial, trial_after)) {
                    cols = std::move(trial);
                    after = trial_after;
                    break;
                }
            }
        }
        const bool progress = after.next != state.next || after.pending.size() != state.pending.size();
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
