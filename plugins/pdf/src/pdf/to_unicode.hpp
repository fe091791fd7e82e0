// ToUnicode CMaps for our Identity-H fonts: CID (subset glyph id, or a glyph variant's
// code) -> characters.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace galley::pdf {

/// A CMapType 2 program mapping each CID to its characters (one, or several for a
/// ligature or a variant); `mapping` sorted by CID.
std::string to_unicode_cmap(const std::vector<std::pair<std::uint16_t, std::u32string>>& mapping);

}  // namespace galley::pdf
