// Cutting over-long words into segments of bounded width and length.
#include "layout/word_segments.hpp"

namespace galley::pdf {

namespace {
bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }
}  // namespace

bool is_combining_mark(char32_t cp) {
    return in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) || in(cp, 0x0591, 0x05BD) ||
           in(cp, 0x0610, 0x061A) || in(cp, 0x064B, 0x065F) || in(cp, 0x0E31, 0x0E3A) ||
           in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x20D0, 0x20FF) ||
           in(cp, 0x302A, 0x302F) || in(cp, 0x3099, 0x309A) || in(cp, 0xFE00, 0xFE0F) ||
           in(cp, 0xFE20, 0xFE2F) || cp == 0x200D;
}

void segment_long_word(const std::vector<char32_t>& cps, const std::vector<float>& advances,
                       float max_width, std::vector<std::size_t>& cuts) {
    cuts.clear();
    float width = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (i > start) {
            const bool too_wide = width + advances[i] > max_width && !is_combining_mark(cps[i]);
            if (too_wide || i - start >= max_segment_chars) {
                cuts.push_back(i);
                start = i;
                width = 0;
            }
        }
        width += advances[i];
    }
}

}  // namespace galley::pdf
