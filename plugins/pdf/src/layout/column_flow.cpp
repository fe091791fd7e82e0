// Column filling by simulation: greedy with backtracking to the last allowed break, floats
// where they stand, at a column's foot, at the next column's head or across the columns
// at a page's head, chosen by a cost (see choose_float_places()), and the last page
// balanced by searching the height that leaves the columns closest in depth.
#include "layout/column_flow.hpp"

#include <algorithm>
#include <limits>

namespace galley::pdf {

namespace {

// What a layout costs; the flow keeps the cheapest it tries. A float set below the
// article's last line outweighs anything (a page too), then a page, then a last page
// whose columns end more than a line apart; holes and floats away from their anchors
// cost per unit.
constexpr long page_cost = 100000;
constexpr long after_end_cost = 10 * page_cost;
constexpr long unbalanced_cost = 400;  // per line beyond one between the last page's columns
constexpr long spread_cost = 4;        // per line between the last page's columns
constexpr long hole_cost = 10;         // per empty grid unit in a full page's column
constexpr long column_away_cost = 6;   // per column between a float and its anchor
constexpr long page_away_cost = 12;    // a float on a later page than its anchor
constexpr long mid_column_cost = 2;    // a float that splits a column's text
constexpr long span_cost = 3;          // a float across every column (one column when equal)
constexpr int span_min_text = 2;       // lines each column keeps below spanning floats

// Where a float goes when the flow reaches it. `Here` is where it stands when it fits
// (else the next column's head): the default, and the layout before any search.
// `Foot`: the foot of this column when it fits below the text so far (else the next
// column's foot). `HeadNow`: the next column's head, ending this column at the float,
// so the text after it follows it (the last resort against a float below the end).
// Only for floats with a spanning form: `SpanHere`, across all columns at the head of
// the page where the flow reaches it, when its anchor still ends on that page with the
// float there (else as `SpanNext`); `SpanNext`, at the next page's head.
enum class FloatPlace { Here, Foot, NextHead, NextFoot, HeadNow, SpanHere, SpanNext };
constexpr FloatPlace float_places[] = {
    FloatPlace::Here,    FloatPlace::Foot,     FloatPlace::NextHead, FloatPlace::NextFoot,
    FloatPlace::HeadNow, FloatPlace::SpanHere, FloatPlace::SpanNext};

bool spans(FloatPlace place) {
    return place == FloatPlace::SpanHere || place == FloatPlace::SpanNext;
}

struct Slot {
    std::size_t block = 0;
    int line = -1;
    int height = 1;
    bool break_before = true;   // a column may end just before this slot
    bool after_hyphen = false;  // ...but that splits a hyphenated word (a last resort)
    bool space = false;         // discardable space
    int float_index = -1;       // the how-manyth float, or -1
    int gap = 0;                // a float's space above it, where text precedes it
    int span_height = 0;        // a float's height across the columns (0: cannot span)
    long narrow_cost = 0;       // what a float costs set in one column
};

// `capacity`: a full column; a spanning form that would not leave it a few lines is not
// used.
std::vector<Slot> make_slots(const std::vector<FlowBlock>& blocks, int capacity, int& floats) {
    std::vector<Slot> slots;
    floats = 0;
    bool keep = false;  // the previous block keeps with this one
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const FlowBlock& block = blocks[b];
        bool first = true;
        if (block.kind == FlowBlock::Kind::Solid && block.floating) {
            // A float carries its space: it goes where the float goes.
            const bool can_span =
                block.span_units > 0 && block.span_units + span_min_text <= capacity;
            slots.push_back({b, -1, std::max(1, block.units), !keep, false, false, floats++,
                             block.space_before, can_span ? block.span_units : 0,
                             block.narrow_cost});
            keep = block.keep_with_next;
            continue;
        }
        if (block.space_before > 0) {
            slots.push_back({b, -1, block.space_before, !keep, false, true, -1, 0, 0, 0});
            first = false;
        }
        if (block.kind == FlowBlock::Kind::Solid) {
            slots.push_back(
                {b, -1, std::max(1, block.units), first && !keep, false, false, -1, 0, 0, 0});
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
                slots.push_back({b, i, 1, allowed, after_hyphen, false, -1, 0, 0, 0});
            }
        }
        keep = block.keep_with_next;
    }
    return slots;
}

// A float waiting for the next column, and the column (counted over all pages) where the
// flow reached it.
struct Pending {
    std::size_t slot = 0;
    int anchor_column = 0;
    bool operator==(const Pending&) const = default;
};

struct State {
    std::size_t next = 0;
    std::vector<Pending> heads;  // floats for the next column's head
    std::vector<Pending> feet;   // and for its foot
    // Floats for the next page's head, across the columns; a float reached after them
    // waits for that page too (floats never go to an earlier page than one before them).
    std::vector<Pending> spans;
    bool operator==(const State&) const = default;
};

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

struct Flow {
    const std::vector<Slot>& slots;
    std::size_t last_line;                       // the slot of the article's last line
    const std::vector<std::size_t>& float_slot;  // by block: the slot of a float block
    const std::vector<FloatPlace>& places;
    int columns = 1;
};

// What a float set in `column` costs for its distance from its anchor (a float
// spanning a page counts from the page's first column).
long distance_cost(const Flow& flow, const Pending& p, int column) {
    const int away = std::max(0, column - p.anchor_column);
    const bool other_page = column / flow.columns != p.anchor_column / flow.columns;
    return column_away_cost * away + (other_page ? page_away_cost : 0);
}

// One filled column and what it costs.
struct ColumnFill {
    ColumnLayout layout;
    int hole = 0;         // empty units between the text and the floats at the foot
    long float_cost = 0;  // floats away from their anchors or splitting the text
};

// Fills the column numbered `column` (over all pages) of `capacity` units from `state`,
// from unit `top` (below the floats spanning the page); the float at slot `spanned`
// already spans this page and is passed over.
ColumnFill fill(const Flow& flow, State& state, int capacity, int column, int top,
                std::size_t spanned) {
    const std::vector<Slot>& slots = flow.slots;
    ColumnFill out;
    std::vector<FlowPlacement>& placements = out.layout.placements;
    int used = top;
    bool has_content = false;
    auto place = [&](std::size_t s) {
        const Slot& slot = slots[s];
        placements.push_back({slot.block, slot.line, used, false});
        used += slot.height;
        has_content = true;
    };
    // An empty column opens with what comes, however tall, unless floats spanning the
    // page already took its head: then only with what fits below them.
    auto opens = [&](const Slot& slot) {
        return !has_content && (top == 0 || used + slot.height <= capacity);
    };
    // Floats deferred from the previous column open this one...
    while (!state.heads.empty()) {
        const Pending f = state.heads.front();
        const bool waits_for_page = !state.spans.empty() && f.slot > state.spans.front().slot;
        if (waits_for_page || (!opens(slots[f.slot]) && used + slots[f.slot].height > capacity)) {
            break;
        }
        place(f.slot);
        out.float_cost += distance_cost(flow, f, column);
        state.heads.erase(state.heads.begin());
    }
    // ...or close it: their room is kept from the start.
    std::vector<Pending> feet;
    int limit = capacity;  // where the text must end
    auto reserve_foot = [&](const Pending& f) {
        const int room = slots[f.slot].height + slots[f.slot].gap;
        // Only below text, and leaving the text at least two lines.
        if (!state.heads.empty() || used + 2 > limit - room) {
            return false;
        }
        feet.push_back(f);
        limit -= room;
        return true;
    };
    while (!state.feet.empty()) {
        const Pending f = state.feet.front();
        if (reserve_foot(f)) {
        } else if (opens(slots[f.slot]) && state.heads.empty() && feet.empty()) {
            place(f.slot);  // too tall to leave two lines above it: it opens the column
        } else {
            break;
        }
        out.float_cost += distance_cost(flow, f, column);
        state.feet.erase(state.feet.begin());
    }
    struct Here {
        std::size_t placement;
        bool at_head;
    };
    std::vector<Here> here;  // floats placed where they stand
    // From here on the flow only appends to the waiting floats: a snapshot keeps their
    // counts.
    struct Snapshot {
        std::size_t placements;
        int used;
        std::size_t next, heads, waiting_feet;
        bool after_hyphen;
        std::size_t feet;
        int limit;
        std::size_t here;
        long float_cost;
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
            breaks.push_back({placements.size(), used, state.next, state.heads.size(),
                              state.feet.size(), slot.after_hyphen, feet.size(), limit, here.size(),
                              out.float_cost});
        }
        if (slot.float_index >= 0) {
            if (s == spanned) {
                ++state.next;
                continue;
            }
            // Floats keep their order: once one waits for a later column, so do the rest.
            const Pending pending{s, column};
            FloatPlace place_at = flow.places[static_cast<std::size_t>(slot.float_index)];
            // A float spans a later page's head only when no float before it waits.
            if (spans(place_at) && slot.span_height > 0 && state.heads.empty() &&
                state.feet.empty()) {
                state.spans.push_back(pending);
                ++state.next;
                continue;
            }
            if (!state.spans.empty()) {
                place_at = FloatPlace::NextHead;  // after a float spanning the next page
            } else if (!state.feet.empty()) {
                place_at = FloatPlace::NextFoot;
            } else if (!feet.empty() && place_at == FloatPlace::Here) {
                place_at = FloatPlace::Foot;  // not above one already at this foot
            } else if (!state.heads.empty() && place_at != FloatPlace::NextFoot &&
                       place_at != FloatPlace::HeadNow) {
                place_at = FloatPlace::NextHead;
            }
            ++state.next;
            bool end_column = false;
            switch (place_at) {
            case FloatPlace::Here: {
                const int gap = has_content ? slot.gap : 0;
                if (opens(slot) || (has_content && used + gap + slot.height <= limit)) {
                    used += gap;
                    here.push_back({placements.size(), !has_content});
                    place(s);
                } else {
                    state.heads.push_back(pending);
                }
                break;
            }
            case FloatPlace::Foot:
                if (!reserve_foot(pending)) {
                    state.feet.push_back(pending);
                }
                break;
            case FloatPlace::NextHead:
            case FloatPlace::SpanHere:  // a float that cannot span: as `NextHead`
            case FloatPlace::SpanNext: state.heads.push_back(pending); break;
            case FloatPlace::NextFoot: state.feet.push_back(pending); break;
            case FloatPlace::HeadNow:
                state.heads.push_back(pending);
                end_column = has_content && slot.break_before;
                break;
            }
            if (end_column) {
                break;
            }
            continue;
        }
        if (used + slot.height <= limit || opens(slot)) {
            if (slot.space) {
                used += slot.height;
            } else {
                place(s);
            }
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
        placements.resize(snap.placements);
        used = snap.used;
        state.next = snap.next;
        state.heads.resize(snap.heads);
        state.feet.resize(snap.waiting_feet);
        feet.resize(snap.feet);
        limit = snap.limit;
        here.resize(snap.here);
        out.float_cost = snap.float_cost;
        break;
    }
    // A float where it stands with text below it splits the column.
    for (const Here& h : here) {
        if (!h.at_head && h.placement + 1 < placements.size()) {
            out.float_cost += mid_column_cost;
        }
    }
    if (!feet.empty()) {
        // The floats at the foot, down to the column's last line.
        out.hole = std::max(0, limit - used);
        used = limit;
        for (const Pending& f : feet) {
            used += slots[f.slot].gap;
            place(f.slot);
        }
    }
    out.layout.used = used;
    return out;
}

bool done(const std::vector<Slot>& slots, const State& state) {
    if (!state.heads.empty() || !state.feet.empty() || !state.spans.empty()) {
        return false;
    }
    for (std::size_t s = state.next; s < slots.size(); ++s) {
        if (!slots[s].space) {
            return false;
        }
    }
    return true;
}

// How far apart the deepest and the shallowest of `columns` columns end (a column not
// filled counts as ending below the `top` units the spanning floats take).
int spread(const std::vector<ColumnLayout>& filled, int columns, int top) {
    int deepest = 0;
    int shallowest = static_cast<int>(filled.size()) < columns ? top : filled.front().used;
    for (const ColumnLayout& column : filled) {
        deepest = std::max(deepest, column.used);
        shallowest = std::min(shallowest, column.used);
    }
    return deepest - shallowest;
}

struct PageFill {
    std::vector<ColumnLayout> columns;
    int span_units = 0;  // taken by the floats spanning the page's head
    State after;
    long cost = 0;
    bool last = false;  // everything fitted
};

// How many floats anchored before the article's last line `columns` (a page laid from
// `state`) sets below that line.
int floats_after_end(const Flow& flow, const State& state,
                     const std::vector<ColumnLayout>& columns) {
    if (flow.last_line == none) {
        return 0;
    }
    const Slot& last = flow.slots[flow.last_line];
    bool ended = state.next > flow.last_line;  // on an earlier page
    int after = 0;
    for (const ColumnLayout& column : columns) {
        for (const FlowPlacement& p : column.placements) {
            if (p.block == last.block && p.line == last.line) {
                ended = true;
            } else if (ended && p.line < 0 && flow.float_slot[p.block] < flow.last_line) {
                ++after;
            }
        }
    }
    return after;
}

// Fills the page numbered `page` with columns of `height`; `capacity` is the full height
// (what a column of a page that is not the last should reach). The floats waiting to
// span the page open it, then `here` (a float the flow reaches on this page, or null);
// false when `here` does not fit there.
bool fill_spanned_page(const Flow& flow, const State& state, int page, int height, int capacity,
                       const Pending* here, PageFill& out) {
    out.after = state;
    out.cost = page_cost;
    std::vector<Pending> waiting = std::move(out.after.spans);
    out.after.spans.clear();
    if (here != nullptr) {
        waiting.push_back(*here);
    }
    // Spanning floats open the page while each column keeps a few lines below them.
    std::vector<FlowPlacement> spanning;
    std::size_t placed = 0;
    for (; placed < waiting.size(); ++placed) {
        const Pending& f = waiting[placed];
        const Slot& slot = flow.slots[f.slot];
        if (out.span_units + slot.span_height + span_min_text > height) {
            break;
        }
        spanning.push_back({slot.block, -1, out.span_units, true});
        out.span_units += slot.span_height;
        out.cost += span_cost + distance_cost(flow, f, page * flow.columns);
    }
    if (here != nullptr && placed < waiting.size()) {
        return false;
    }
    out.after.spans.assign(waiting.begin() + static_cast<long>(placed), waiting.end());
    std::vector<int> holes;
    for (int c = 0; c < flow.columns; ++c) {
        ColumnFill column = fill(flow, out.after, height, page * flow.columns + c, out.span_units,
                                 here != nullptr ? here->slot : none);
        out.cost += column.float_cost;
        holes.push_back(column.hole);
        out.columns.push_back(std::move(column.layout));
        if (done(flow.slots, out.after)) {
            break;
        }
    }
    out.columns.front().placements.insert(out.columns.front().placements.begin(), spanning.begin(),
                                          spanning.end());
    // A float that could span, set in one column.
    for (const ColumnLayout& column : out.columns) {
        for (const FlowPlacement& p : column.placements) {
            if (p.line < 0 && !p.spanning && flow.float_slot[p.block] != none) {
                out.cost += flow.slots[flow.float_slot[p.block]].narrow_cost;
            }
        }
    }
    out.last = done(flow.slots, out.after);
    out.cost += floats_after_end(flow, state, out.columns) * after_end_cost;
    if (!out.last) {
        for (std::size_t c = 0; c < out.columns.size(); ++c) {
            out.cost += hole_cost * (capacity - out.columns[c].used + holes[c]);
        }
        return true;
    }
    for (int hole : holes) {
        out.cost += hole_cost * hole;
    }
    if (flow.columns > 1) {
        const int apart = spread(out.columns, flow.columns, out.span_units);
        out.cost += spread_cost * apart + unbalanced_cost * std::max(0, apart - 1);
    }
    return true;
}

// The page laid as fill_spanned_page() does; a float to span the head of the page where
// the flow reaches it (`SpanHere`, the first on the page) is tried there, and kept when
// its anchor still ends on the page: the page is laid at most twice.
PageFill fill_page(const Flow& flow, const State& state, int page, int height, int capacity) {
    PageFill out;
    fill_spanned_page(flow, state, page, height, capacity, nullptr, out);
    for (const Pending& f : out.after.spans) {
        const FloatPlace place =
            flow.places[static_cast<std::size_t>(flow.slots[f.slot].float_index)];
        if (f.anchor_column / flow.columns != page || place != FloatPlace::SpanHere) {
            continue;
        }
        const Pending here = f;
        PageFill spanned;
        // Kept when the anchor ends on the page and no float before it waits for a later
        // one.
        auto earlier = [&](const std::vector<Pending>& waiting) {
            return !waiting.empty() && waiting.front().slot < here.slot;
        };
        if (fill_spanned_page(flow, state, page, height, capacity, &here, spanned) &&
            spanned.after.next > here.slot && !earlier(spanned.after.heads) &&
            !earlier(spanned.after.feet) && !earlier(spanned.after.spans)) {
            return spanned;
        }
        break;
    }
    return out;
}

// The page numbered `page` from `state`: full, or when the rest fits, the last page at
// the height that costs least (its columns closest in depth).
PageFill lay_page(const Flow& flow, const State& state, int page, int capacity) {
    PageFill full = fill_page(flow, state, page, capacity, capacity);
    if (!full.last || flow.columns < 2) {
        return full;
    }
    int remaining = 0;
    for (std::size_t s = state.next; s < flow.slots.size(); ++s) {
        remaining += flow.slots[s].height;
    }
    for (const Pending& f : state.heads) {
        remaining += flow.slots[f.slot].height;
    }
    for (const Pending& f : state.feet) {
        remaining += flow.slots[f.slot].height;
    }
    for (const Pending& f : state.spans) {
        remaining += flow.slots[f.slot].span_height * flow.columns;
    }
    // Past the smallest height that holds the rest, the columns only drift further
    // apart (the first ones fill, the last empties): a few heights more are tried.
    constexpr int window = 6;
    PageFill best;
    int first_fit = -1;
    for (int h = std::max(1, remaining / flow.columns);
         h <= capacity && (first_fit < 0 || h <= first_fit + window); ++h) {
        PageFill trial = h == capacity ? full : fill_page(flow, state, page, h, capacity);
        if (trial.last && (first_fit < 0 || trial.cost < best.cost)) {
            first_fit = first_fit < 0 ? h : first_fit;
            best = std::move(trial);
            if (best.cost == page_cost) {
                break;  // nothing to improve
            }
        }
    }
    return first_fit >= 0 ? best : full;
}

// A whole flow: every page, the state before each, and what they cost.
struct Layout {
    std::vector<PageFill> pages;
    std::vector<State> starts;
    long cost = 0;
};

// Pages laid again from page `first` of a layout, up to page `resume` of it, where
// that layout goes on unchanged (its end when the trial ran to the article's end).
struct Window {
    std::vector<PageFill> pages;
    std::vector<State> starts;
    std::size_t resume = 0;
    long cost = 0;
};

// Lays pages from page `first` of `base` until the article's end, or until, past slot
// `changed` (the last float whose place differs from `base`'s), a page ends where
// `base`'s did. Gives up (false) after `max_pages` pages that did not meet `base` again.
bool lay_window(const Flow& flow, int first_capacity, int capacity, const Layout& base,
                std::size_t first, std::size_t changed, std::size_t max_pages, Window& out) {
    State state = first < base.starts.size() ? base.starts[first] : State{};
    for (std::size_t p = first;; ++p) {
        if (done(flow.slots, state) && p > 0) {
            out.resume = base.pages.size();
            return true;
        }
        if (p > first && p < base.starts.size() && state.next > changed &&
            base.starts[p] == state) {
            out.resume = p;
            return true;
        }
        if (p - first == max_pages) {
            return false;
        }
        out.starts.push_back(state);
        PageFill page =
            lay_page(flow, state, static_cast<int>(p), p == 0 ? first_capacity : capacity);
        const bool progress = !(page.after == state);
        state = page.after;
        out.cost += page.cost;
        out.pages.push_back(std::move(page));
        if (!progress && !done(flow.slots, state)) {
            out.resume = base.pages.size();
            return true;  // cannot happen: an empty column always takes one slot
        }
    }
}

// What `base` costs with pages `first` to `window.resume` replaced by `window`.
long cost_with(const Layout& base, std::size_t first, const Window& window) {
    long replaced = 0;
    for (std::size_t p = first; p < window.resume; ++p) {
        replaced += base.pages[p].cost;
    }
    return base.cost - replaced + window.cost;
}

void splice(Layout& base, std::size_t first, Window&& window) {
    base.cost = cost_with(base, first, window);
    const auto from = static_cast<long>(first), to = static_cast<long>(window.resume);
    base.pages.erase(base.pages.begin() + from, base.pages.begin() + to);
    base.pages.insert(base.pages.begin() + from, std::make_move_iterator(window.pages.begin()),
                      std::make_move_iterator(window.pages.end()));
    base.starts.erase(base.starts.begin() + from, base.starts.begin() + to);
    base.starts.insert(base.starts.begin() + from, window.starts.begin(), window.starts.end());
}

// Chooses each float's place by cost: every place for each float in turn, then every
// pair of places for each two floats in a row (one float's move can pay only together
// with the next one's), then, when a pair moved, each float again; a change is kept
// when the whole layout costs less, and the search ends when nothing is left to gain.
// A trial is laid out from the page before the one where the flow reaches the first
// float until it meets the kept layout again, at most a few pages on, so long articles
// stay linear.
Layout choose_float_places(const std::vector<Slot>& slots, std::size_t blocks, int floats,
                           int columns, int first_capacity, int capacity) {
    std::vector<std::size_t> float_slot(blocks, none);
    std::vector<std::size_t> slot_of_float;
    for (std::size_t s = 0; s < slots.size(); ++s) {
        if (slots[s].float_index >= 0) {
            float_slot[slots[s].block] = s;
            slot_of_float.push_back(s);
        }
    }
    std::vector<FloatPlace> places(static_cast<std::size_t>(floats), FloatPlace::Here);
    std::size_t last_line = none;
    for (std::size_t s = slots.size(); s-- > 0;) {
        if (slots[s].line >= 0) {
            last_line = s;
            break;
        }
    }
    const Flow flow{slots, last_line, float_slot, places, columns};
    Layout best;
    {
        Window all;
        lay_window(flow, first_capacity, capacity, best, 0, 0,
                   std::numeric_limits<std::size_t>::max(), all);
        best.pages = std::move(all.pages);
        best.starts = std::move(all.starts);
        best.cost = all.cost;
    }
    constexpr std::size_t trial_pages = 4;
    // The page before the one the flow reaches slot `s` on (whose last column may have
    // looked past it before ending at an earlier break).
    auto page_before = [&](std::size_t s) {
        const auto reached = std::upper_bound(
            best.starts.begin(), best.starts.end(), s,
            [](std::size_t slot, const State& start) { return slot < start.next; });
        const auto page = static_cast<std::size_t>(reached - best.starts.begin());
        return page >= 2 ? page - 2 : std::size_t{0};
    };
    // Nothing left to gain: every page costs only itself.
    auto perfect = [&] { return best.cost == page_cost * static_cast<long>(best.pages.size()); };
    // Tries every place for floats `f` to `f + count - 1`; true when one moved.
    auto improve = [&](std::size_t f, std::size_t count) {
        if (perfect()) {
            return false;
        }
        const std::size_t first = page_before(slot_of_float[f]);
        const std::size_t changed = slot_of_float[f + count - 1];
        const std::vector<FloatPlace> kept(places.begin() + static_cast<long>(f),
                                           places.begin() + static_cast<long>(f + count));
        std::vector<FloatPlace> chosen = kept;
        long best_cost = best.cost;
        Window best_window;
        std::size_t combinations = 1;
        for (std::size_t k = 0; k < count; ++k) {
            combinations *= std::size(float_places);
        }
        for (std::size_t c = 0; c < combinations; ++c) {
            std::size_t code = c;
            for (std::size_t k = 0; k < count; ++k) {
                places[f + k] = float_places[code % std::size(float_places)];
                code /= std::size(float_places);
            }
            // Every float of the group moved (fewer were tried before).
            bool all_moved = true;
            for (std::size_t k = 0; k < count; ++k) {
                all_moved = all_moved && places[f + k] != kept[k];
            }
            if (!all_moved) {
                continue;
            }
            // Only a float with a spanning form spans, and it is tried alone: spanning
            // changes a whole page, and pairs exist for moves within columns that pay
            // only together (this keeps the pair trials at 4 x 4, not 6 x 6).
            bool possible = true;
            for (std::size_t k = 0; k < count; ++k) {
                possible =
                    possible && (!spans(places[f + k]) ||
                                 (count == 1 && slots[slot_of_float[f + k]].span_height > 0));
            }
            if (!possible) {
                continue;
            }
            // Ending a column at a float is the last resort against a float below the end.
            if (best.cost < after_end_cost &&
                std::find(places.begin() + static_cast<long>(f),
                          places.begin() + static_cast<long>(f + count),
                          FloatPlace::HeadNow) != places.begin() + static_cast<long>(f + count)) {
                continue;
            }
            Window trial;
            if (lay_window(flow, first_capacity, capacity, best, first, changed, trial_pages,
                           trial) &&
                cost_with(best, first, trial) < best_cost) {
                best_cost = cost_with(best, first, trial);
                chosen.assign(places.begin() + static_cast<long>(f),
                              places.begin() + static_cast<long>(f + count));
                best_window = std::move(trial);
            }
        }
        std::copy(chosen.begin(), chosen.end(), places.begin() + static_cast<long>(f));
        if (chosen == kept) {
            return false;
        }
        splice(best, first, std::move(best_window));
        return true;
    };
    const std::size_t n = slot_of_float.size();
    for (std::size_t f = 0; f < n; ++f) {
        improve(f, 1);
    }
    bool moved = false;
    for (std::size_t f = 0; f + 1 < n; ++f) {
        // Only floats the flow reaches within a page or two of each other.
        const std::size_t first = page_before(slot_of_float[f]);
        if (first + 3 >= best.starts.size() || best.starts[first + 3].next > slot_of_float[f + 1]) {
            moved = improve(f, 2) || moved;
        }
    }
    for (std::size_t f = 0; moved && f < n; ++f) {
        improve(f, 1);
    }
    return best;
}

}  // namespace

std::vector<PageFlow> flow_columns(const std::vector<FlowBlock>& blocks, int columns,
                                   int first_capacity, int capacity) {
    int floats = 0;
    const std::vector<Slot> slots = make_slots(blocks, std::max(1, capacity), floats);
    Layout layout = choose_float_places(slots, blocks.size(), floats, std::max(1, columns),
                                        std::max(1, first_capacity), std::max(1, capacity));
    std::vector<PageFlow> pages;
    pages.reserve(layout.pages.size());
    for (PageFill& page : layout.pages) {
        pages.push_back(PageFlow{std::move(page.columns), page.span_units});
    }
    return pages;
}

}  // namespace galley::pdf
