// A block of positioned text lines, rules, boxes and images, in coordinates relative to
// the block's top-left corner with y growing downwards. Headlines, headings, figures
// and running heads are built as graphics and painted onto pages later.
#pragma once

#include "layout/line_setter.hpp"
#include "layout/structure_tree.hpp"

#include <memory>
#include <vector>

namespace galley::pdf {

struct TextLinePlacement {
    std::shared_ptr<const SetText> text;
    std::uint32_t line = 0;
    float x = 0;
    float baseline = 0;       ///< below the block's top
    StructId tag = artifact;  ///< the structure element the line belongs to
};

struct RulePlacement {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float width = 0.5f;
    Ink ink;
};

struct BoxPlacement {
    float x = 0, y = 0, width = 0, height = 0;  ///< y: top edge below the block's top
    Ink ink;
    float stroke = 0;  ///< > 0: outline of this width; 0: filled
};

struct ImagePlacement {
    std::size_t image = 0;
    float x = 0, y = 0, width = 0, height = 0;  ///< y: top edge below the block's top
    StructId tag = artifact;                    ///< the Figure element
};

/// Where an outline entry points inside a graphic.
struct OutlineMark {
    int level = 1;
    std::string title;
    float y = 0;
};

struct Graphic {
    std::vector<TextLinePlacement> texts;
    std::vector<RulePlacement> rules;
    std::vector<BoxPlacement> boxes;
    std::vector<ImagePlacement> images;
    std::vector<OutlineMark> outline;
    float height = 0;

    /// Adds every line of `text` from `top`, `leading` apart, at `x`; the first
    /// baseline sits `ascent` below `top`. Returns the bottom of the last line's box.
    /// The lines are content of the structure element `tag` (rules and boxes are
    /// always artifacts).
    float add_lines(std::shared_ptr<const SetText> text, float x, float top, float ascent,
                    float leading, StructId tag = artifact);
    /// Appends `other` moved down by `dy` and right by `dx`.
    void append(const Graphic& other, float dx, float dy);
};

}  // namespace galley::pdf
