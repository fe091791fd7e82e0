// Building and combining graphics.
#include "layout/graphic.hpp"

namespace galley::pdf {

float Graphic::add_lines(std::shared_ptr<const SetText> text, float x, float top, float ascent,
                         float leading, StructId tag) {
    const auto n = static_cast<std::uint32_t>(text->lines.size());
    for (std::uint32_t i = 0; i < n; ++i) {
        texts.push_back({text, i, x, top + ascent + static_cast<float>(i) * leading, tag});
    }
    return top + static_cast<float>(n) * leading;
}

void Graphic::append(const Graphic& other, float dx, float dy) {
    for (auto t : other.texts) {
        t.x += dx;
        t.baseline += dy;
        texts.push_back(std::move(t));
    }
    for (auto r : other.rules) {
        r.x1 += dx;
        r.x2 += dx;
        r.y1 += dy;
        r.y2 += dy;
        rules.push_back(r);
    }
    for (auto b : other.boxes) {
        b.x += dx;
        b.y += dy;
        boxes.push_back(b);
    }
    for (auto i : other.images) {
        i.x += dx;
        i.y += dy;
        images.push_back(i);
    }
    for (auto o : other.outline) {
        o.y += dy;
        outline.push_back(std::move(o));
    }
}

}  // namespace galley::pdf
