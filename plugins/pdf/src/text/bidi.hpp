// The Unicode Bidirectional Algorithm (UAX #9) by ICU's ubidi: embedding levels for a
// paragraph's characters, and the visual order of a line's pieces from their levels.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// Whether any character of `text` is strongly right to left (Hebrew, Arabic, ...): only
/// then does a paragraph need the algorithm.
bool has_right_to_left(std::u32string_view text);

/// Brackets and other characters drawn as their mirror image in right-to-left text.
bool is_mirrored(char32_t cp);

/// The embedding level of each character of `text` (even: left to right, odd: right to
/// left). `right_to_left_base` makes the paragraph right to left (the article's language
/// is written so); otherwise its first strong character decides, left to right if none.
/// Returns the paragraph's level (0 or 1).
std::uint8_t bidi_levels(std::u32string_view text, bool right_to_left_base,
                         std::vector<std::uint8_t>& levels);

/// The visual order (left to right) of pieces with these levels, as indices into
/// `levels` (rule L2: reverse every run at each level from the highest down to the lowest
/// odd one).
void visual_order(std::span<const std::uint8_t> levels, std::vector<std::int32_t>& order);

}  // namespace galley::pdf
