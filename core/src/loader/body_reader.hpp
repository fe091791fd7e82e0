// The `body` key: a list of blocks, or one CommonMark string.
#pragma once

#include "loader/image_file.hpp"
#include "loader/value_reader.hpp"

#include <galley/document.hpp>

#include <vector>

namespace galley::detail {

/// Reads `body` (already known to be present and non-empty) into blocks.
std::vector<Block> read_body(ValueReader& reader, const Field& body, ImageLoader& images);

}  // namespace galley::detail
