// ToUnicode CMaps for our Identity-H fonts: CID (subset glyph id) -> characters.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace galley::pdf {

/// A CMapType 2 program mapping each CID to its character; `mapping` sorted by CID.
std::string to_unicode_cmap(const std::vector<std::pair<std::uint16_t, char32_t>>& mapping);

}  // namespace galley::pdf
