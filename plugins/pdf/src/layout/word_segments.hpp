// Over-long words (a pasted hash, a run of backticks, a base letter carrying thousands of
// combining marks) are cut into bounded segments before line breaking, so that their
// cost per character stays small and linear: each segment is one box, and the line
// breaker sees one break opportunity per segment instead of one per character.
#pragma once

#include <cstddef>
#include <vector>

namespace galley::pdf {

/// A word reaching this many characters is set in segments, as it arrives.
inline constexpr std::size_t long_word_chars = 128;
/// No segment holds more characters than this (a long combining sequence is cut too).
inline constexpr std::size_t max_segment_chars = 64;

/// Where the word `cps` (with each character's advance in points) is cut: the indices
/// that start a new segment, ascending. A segment is at most `max_width` wide unless
/// one grapheme cluster (a letter with its marks, a conjunct, an emoji sequence) is
/// wider; segments begin only at grapheme cluster boundaries (find_grapheme_starts)
/// unless a cluster is longer than max_segment_chars.
void segment_long_word(const std::vector<char32_t>& cps, const std::vector<float>& advances,
                       float max_width, std::vector<std::size_t>& cuts);

}  // namespace galley::pdf
