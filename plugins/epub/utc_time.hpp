// The package's moment of modification, in UTC, from the article's own dates.
#pragma once

#include <galley/document.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace galley::epub {

/// When the article last changed: updated, else published, else created (seconds
/// since 1970). Empty when it has none of them.
std::optional<std::int64_t> modified_seconds(const Article& article);

}  // namespace galley::epub
