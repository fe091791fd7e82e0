// ICU's ubidi over UTF-16 copies of the text; levels are mapped back to code points.
#include "text/bidi.hpp"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>

#include <memory>

namespace galley::pdf {

namespace {

struct BidiCloser {
    void operator()(UBiDi* bidi) const noexcept { ubidi_close(bidi); }
};

}  // namespace

bool has_right_to_left(std::u32string_view text) {
    for (char32_t cp : text) {
        // Below U+0590 nothing is right to left; the check is one compare for Latin text.
        if (cp >= 0x0590) {
            const UCharDirection d = u_charDirection(static_cast<UChar32>(cp));
            if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
    }
    return false;
}

bool is_mirrored(char32_t cp) { return u_isMirrored(static_cast<UChar32>(cp)) != 0; }

std::uint8_t bidi_levels(std::u32string_view text, bool right_to_left_base,
                         std::vector<std::uint8_t>& levels) {
    levels.assign(text.size(), right_to_left_base ? 1 : 0);
    if (text.empty()) {
        return right_to_left_base ? 1 : 0;
    }
    std::vector<UChar> utf16;
    std::vector<std::size_t> first_unit;  // per code point
    utf16.reserve(text.size());
    first_unit.reserve(text.size());
    for (char32_t cp : text) {
        first_unit.push_back(utf16.size());
        if (cp >= 0x10000) {
            utf16.push_back(static_cast<UChar>(0xD800 + ((cp - 0x10000) >> 10)));
            utf16.push_back(static_cast<UChar>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            utf16.push_back(static_cast<UChar>(cp));
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, BidiCloser> bidi(
        ubidi_openSized(static_cast<int32_t>(utf16.size()), 0, &status));
    if (U_FAILURE(status)) {
        return right_to_left_base ? 1 : 0;
    }
    const UBiDiLevel base = right_to_left_base ? 1 : UBIDI_DEFAULT_LTR;
    ubidi_setPara(bidi.get(), utf16.data(), static_cast<int32_t>(utf16.size()), base, nullptr,
                  &status);
    if (U_FAILURE(status)) {
        return right_to_left_base ? 1 : 0;
    }
    const UBiDiLevel* resolved = ubidi_getLevels(bidi.get(), &status);
    if (U_FAILURE(status) || !resolved) {
        return right_to_left_base ? 1 : 0;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        levels[i] = resolved[first_unit[i]];
    }
    return ubidi_getParaLevel(bidi.get()) & 1;
}

void visual_order(std::span<const std::uint8_t> levels, std::vector<std::int32_t>& order) {
    order.resize(levels.size());
    if (levels.empty()) {
        return;
    }
    ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), order.data());
}

}  // namespace galley::pdf
