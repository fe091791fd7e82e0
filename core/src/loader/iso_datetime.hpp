// ISO 8601 dates and date-times with offset, validated for real.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <string_view>

namespace galley::detail {

enum class DateForm { DateOrDateTime, DateTimeOnly };

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fraction]](Z|±hh:mm)` into `out`.
/// Returns an empty string on success, otherwise why the text is refused, as a phrase
/// that completes "'published' ..." (e.g. "has no such day (February 2023 has 28 days)").
std::string parse_iso_datetime(std::string_view text, DateForm form, DateTime& out);

}  // namespace galley::detail
