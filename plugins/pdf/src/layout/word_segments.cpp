// Cutting over-long words into segments of bounded width and length.
#include "layout/word_segments.hpp"

#include "text/text_boundaries.hpp"

#include <string_view>

namespace galley::pdf {

void segment_long_word(const std::vector<char32_t>& cps, const std::vector<float>& advances,
                       float max_width, std::vector<std::size_t>& cuts) {
    cuts.clear();
    thread_local std::vector<bool> starts;
    find_grapheme_starts(std::u32string_view(cps.data(), cps.size()), starts);
    float width = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (i > start) {
            const bool too_wide = width + advances[i] > max_width && starts[i];
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
