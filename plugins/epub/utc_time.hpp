// The package's moment of modification, in UTC, from the article's own dates.
#pragma once

#include <galley/document.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace galley::epub {

/// A moment broken down in UTC.
struct UtcTime {
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

UtcTime utc_from_unix(std::int64_t unix_seconds);

/// The form dcterms:modified requires: `2023-07-11T00:00:00Z`.
std::string utc_timestamp(const UtcTime& time);

/// When the article last changed: updated, else published, else created (seconds
/// since 1970). Empty when it has none of them.
std::optional<std::int64_t> modified_seconds(const Article& article);

}  // namespace galley::epub
