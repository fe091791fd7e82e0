// "did you mean ...?": the valid key nearest to a misspelt one.
#pragma once

#include <span>
#include <string_view>

namespace galley::detail {

/// The candidate closest to `key` by edit distance (letter case ignored, a swap of two
/// neighbours counting as one edit), or an empty view when none is close enough to be a
/// plausible typo: at most 2 edits, or a third of the key's length when that is more,
/// and only 1 edit for keys of up to 3 letters.
std::string_view nearest_key(std::string_view key, std::span<const std::string_view> candidates);

}  // namespace galley::detail
