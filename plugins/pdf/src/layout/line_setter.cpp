// Placing fragments on lines once the breaks are known.
#include "layout/line_setter.hpp"

#include "text/bidi.hpp"

#include <algorithm>

namespace galley::pdf {

namespace {

// Where a line of a paragraph with right-to-left text puts its pieces: the items (and
// the break's hyphen) were measured in logical order; rule L2 of the bidi algorithm
// orders them visually, and each drawn piece moves to its visual position. Space left
// at the line's end (rule L1: at the paragraph's level) lands on the left of a
// right-to-left line. Pieces stay in logical order in the content stream, so text
// extraction reads them as written.
struct LogicalSlot {
    std::size_t item = 0;
    double width = 0;
    std::int32_t piece = -1;
};

// Returns the line's extent: where the last slot ends.
double reorder_line(SetText& out, std::vector<LogicalSlot>& slots, std::uint8_t base_level) {
    const auto& items = out.material.items;
    std::vector<std::uint8_t> levels(slots.size());
    std::size_t last_box = 0;
    for (std::size_t s = 0; s < slots.size(); ++s) {
        levels[s] = items[slots[s].item].level;
        if (items[slots[s].item].kind != Item::Kind::Glue) {
            last_box = s + 1;
        }
    }
    for (std::size_t s = last_box; s < slots.size(); ++s) {
        levels[s] = base_level;
    }
    std::vector<std::int32_t> order;
    visual_order(levels, order);
    double x = 0;
    for (std::int32_t s : order) {
        const LogicalSlot& slot = slots[static_cast<std::size_t>(s)];
        if (slot.piece >= 0) {
            out.pieces[static_cast<std::size_t>(slot.piece)].x = static_cast<float>(x);
        }
        x += slot.width;
    }
    return x;
}

// The space a line broke at is drawn after its last word (a space glyph has no ink), so
// that text read by structure, which joins a paragraph's lines without looking at where
// they sit, keeps the words of two lines apart ("economic cooperation", not
// "economiccooperation"). A line ending at a hyphen, a forced break or between
// ideographs gets none.
void add_trailing_space(SetText& out, SetLine& line, std::size_t end, bool right_to_left) {
    const auto& items = out.material.items;
    std::int32_t space = -1;
    for (std::size_t i = end; i < items.size() && items[i].kind != Item::Kind::Box; ++i) {
        const Item& it = items[i];
        if (it.kind == Item::Kind::Penalty && (it.penalty <= force_break || it.flagged)) {
            break;
        }
        if (it.kind == Item::Kind::Glue && it.fragment >= 0) {
            space = it.fragment;
            break;
        }
    }
    if (space < 0 || line.piece_count == 0) {
        return;
    }
    float x = line.width;
    if (right_to_left) {
        const Fragment& f = out.material.fragments[static_cast<std::size_t>(space)];
        x = out.pieces[line.piece_begin].x;
        for (std::uint32_t p = line.piece_begin; p < line.piece_begin + line.piece_count; ++p) {
            x = std::min(x, out.pieces[p].x);
        }
        x -= f.width;
    }
    out.pieces.push_back({space, x, 0});
    ++line.piece_count;
}

void place_line(SetText& out, std::size_t start, std::size_t end, float width, Align align) {
    const auto& items = out.material.items;
    const Item& brk = items[end];
    // Natural size of the line and its glue.
    double natural = 0, stretch = 0, shrink = 0;
    double thin_stretch = 0;  // of the gaps between words without spaces (Thai)
    for (std::size_t i = start; i < end; ++i) {
        const Item& it = items[i];
        if (it.kind == Item::Kind::Penalty) {
            continue;
        }
        natural += it.width;
        if (it.kind == Item::Kind::Glue) {
            (it.thin ? thin_stretch : stretch) += it.stretch;
            shrink += it.shrink;
        }
    }
    if (brk.kind == Item::Kind::Penalty) {
        natural += brk.width;
    }
    // A justified line that has to stretch gives part of the slack to letter spacing
    // (at most 2.5% of the size per glyph, 40% of the slack), so word spaces stay
    // nearer their natural width: narrow columns show fewer rivers.
    double letter = 0;
    const bool forced_end = brk.kind == Item::Kind::Penalty && brk.penalty <= force_break;
    if (align == Align::Justify && !forced_end && natural < width) {
        std::size_t glyphs = 0;
        float size = 0;
        for (std::size_t i = start; i <= end; ++i) {
            const Item& it = items[i];
            const bool drawn = (it.kind == Item::Kind::Box && i < end) ||
                               (i == end && it.kind == Item::Kind::Penalty);
            if (drawn && it.fragment >= 0) {
                const Fragment& f = out.material.fragments[static_cast<std::size_t>(it.fragment)];
                glyphs += f.shaped ? 0 : f.glyph_count;
                size = size > 0 ? size : f.size;
            }
        }
        if (glyphs > 0) {
            letter = std::min(0.4 * (width - natural) / static_cast<double>(glyphs), 0.025 * size);
            natural += letter * static_cast<double>(glyphs);
        }
    }
    double ratio = 0;
    double thin_ratio = 0;  // thin gaps grow by this share of their stretch
    if (natural < width && stretch + thin_stretch > 0) {
        // Thin gaps open in step with the spaces, never past their most (a wider gap
        // would extract as a space); what they cannot take goes to the spaces, and a
        // line without one is left that much short.
        ratio = (width - natural) / (stretch + thin_stretch);
        thin_ratio = std::min(ratio, 1.0);
        if (ratio > 1 && thin_stretch > 0 && stretch > 0) {
            ratio = (width - natural - thin_stretch) / stretch;
        }
    } else if (natural > width && shrink > 0) {
        ratio = std::max(-1.0, (width - natural) / shrink);
    }
    auto grown = [&](const Item& it) {
        if (it.fragment < 0) {
            return static_cast<double>(it.width);
        }
        const Fragment& f = out.material.fragments[static_cast<std::size_t>(it.fragment)];
        return f.shaped ? it.width : it.width + letter * f.glyph_count;
    };
    const auto spacing = static_cast<float>(letter);
    auto spacing_of = [&](const Item& it) {
        return out.material.fragments[static_cast<std::size_t>(it.fragment)].shaped ? 0.0f
                                                                                    : spacing;
    };
    const std::uint8_t base_level = out.material.base_level;
    const bool bidi =
        base_level != 0 || std::any_of(items.begin() + static_cast<std::ptrdiff_t>(start),
                                       items.begin() + static_cast<std::ptrdiff_t>(end),
                                       [](const Item& it) { return it.level != 0; });
    std::vector<LogicalSlot> slots;
    SetLine line;
    line.piece_begin = static_cast<std::uint32_t>(out.pieces.size());
    line.hyphenated = brk.kind == Item::Kind::Penalty && brk.flagged;
    double x = 0;
    for (std::size_t i = start; i < end; ++i) {
        const Item& it = items[i];
        const double before = x;
        if (it.kind == Item::Kind::Box) {
            if (it.fragment >= 0) {
                out.pieces.push_back({it.fragment, static_cast<float>(x), spacing_of(it)});
            }
            x += grown(it);
        } else if (it.kind == Item::Kind::Glue) {
            if (it.fragment >= 0) {
                out.pieces.push_back({it.fragment, static_cast<float>(x), spacing_of(it)});
            }
            x += it.width + (it.thin     ? std::max(thin_ratio, 0.0) * it.stretch
                             : ratio > 0 ? ratio * it.stretch
                                         : ratio * it.shrink);
        } else {
            continue;
        }
        if (bidi) {
            const bool drawn = it.fragment >= 0;
            slots.push_back(
                {i, x - before, drawn ? static_cast<std::int32_t>(out.pieces.size() - 1) : -1});
        }
    }
    if (brk.kind == Item::Kind::Penalty && brk.fragment >= 0) {
        out.pieces.push_back({brk.fragment, static_cast<float>(x), spacing_of(brk), true});
        if (bidi) {
            slots.push_back({end, grown(brk), static_cast<std::int32_t>(out.pieces.size() - 1)});
        }
        x += grown(brk);
    }
    double extent = x;
    if (bidi) {
        extent = reorder_line(out, slots, base_level);
    }
    // Trailing stretchable space (ragged lines) has no ink: measure to the last piece.
    double ink_end = 0;
    for (std::size_t p = line.piece_begin; p < out.pieces.size(); ++p) {
        const Fragment& f =
            out.material.fragments[static_cast<std::size_t>(out.pieces[p].fragment)];
        ink_end = std::max(ink_end,
                           out.pieces[p].x + static_cast<double>(f.width) +
                               static_cast<double>(out.pieces[p].letter_spacing) * f.glyph_count);
    }
    line.piece_count = static_cast<std::uint32_t>(out.pieces.size() - line.piece_begin);
    line.width = static_cast<float>(ink_end);
    if ((base_level & 1) != 0) {
        // A right-to-left paragraph starts at the right: "left" alignment (and the ragged
        // last line of justified text) means flush right, "right" means flush left.
        double ink_start = ink_end;
        for (std::size_t p = line.piece_begin; p < out.pieces.size(); ++p) {
            ink_start = std::min(ink_start, static_cast<double>(out.pieces[p].x));
        }
        // Flush right: the whole line (with a first-line indent, now on the right, and
        // the ragged end's space, now on the left) ends at the right edge.
        double shift = width - extent;
        if (align == Align::Right) {
            shift = -ink_start;
        } else if (align == Align::Center) {
            shift = (width - ink_end - ink_start) * 0.5;
        }
        for (std::size_t p = line.piece_begin; p < out.pieces.size(); ++p) {
            out.pieces[p].x += static_cast<float>(shift);
        }
        line.width = static_cast<float>(ink_end + shift);
    } else if (align == Align::Center || align == Align::Right) {
        const float shift = (width - line.width) * (align == Align::Center ? 0.5f : 1.0f);
        for (std::size_t p = line.piece_begin; p < out.pieces.size(); ++p) {
            out.pieces[p].x += shift;
        }
        line.width += shift;
    }
    add_trailing_space(out, line, end, (base_level & 1) != 0);
    out.lines.push_back(line);
}

// The first item of the line after a break at `b`: glue and penalties vanish.
std::size_t next_start(const std::vector<Item>& items, std::size_t b) {
    std::size_t i = b + 1;
    while (i < items.size() && items[i].kind != Item::Kind::Box &&
           !(items[i].kind == Item::Kind::Penalty && items[i].penalty <= force_break)) {
        ++i;
    }
    return i;
}

SetText place(ItemList material, const std::vector<LineBreak>& breaks, float width, Align align) {
    SetText out;
    out.material = std::move(material);
    std::size_t start = 0;
    for (const auto& b : breaks) {
        place_line(out, start, b.position, width, align);
        start = next_start(out.material.items, b.position);
    }
    return out;
}

}  // namespace

SetText set_text(ItemList material, const BreakOptions& options, Align align) {
    auto breaks = break_lines(material.items, options);
    return place(std::move(material), breaks, options.line_width, align);
}

SetText set_balanced(ItemList material, const BreakOptions& options, Align align) {
    auto breaks = break_lines(material.items, options);
    if (breaks.size() > 1) {
        BreakOptions narrow = options;
        float lo = options.line_width * 0.5f, hi = options.line_width;
        for (int step = 0; step < 7; ++step) {
            narrow.line_width = (lo + hi) / 2;
            auto trial = break_lines(material.items, narrow);
            if (trial.size() <= breaks.size()) {
                hi = narrow.line_width;
            } else {
                lo = narrow.line_width;
            }
        }
        narrow.line_width = hi;
        breaks = break_lines(material.items, narrow);
        // Place against the full measure so centring and right alignment use it.
        if ((material.base_level & 1) != 0) {
            // Right to left: set flush to the narrow measure's right (or left) edge,
            // then move the block across to the full measure's.
            SetText out = place(std::move(material), breaks, hi, align);
            const float shift = align == Align::Right    ? 0.0f
                                : align == Align::Center ? (options.line_width - hi) * 0.5f
                                                         : options.line_width - hi;
            for (auto& line : out.lines) {
                for (std::uint32_t p = line.piece_begin; p < line.piece_begin + line.piece_count;
                     ++p) {
                    out.pieces[p].x += shift;
                }
                line.width += shift;
            }
            return out;
        }
        SetText out = place(std::move(material), breaks, hi, Align::Left);
        if (align == Align::Center || align == Align::Right) {
            for (auto& line : out.lines) {
                const float shift =
                    (options.line_width - line.width) * (align == Align::Center ? 0.5f : 1.0f);
                for (std::uint32_t p = line.piece_begin; p < line.piece_begin + line.piece_count;
                     ++p) {
                    out.pieces[p].x += shift;
                }
                line.width += shift;
            }
        }
        return out;
    }
    return place(std::move(material), breaks, options.line_width, align);
}

}  // namespace galley::pdf
