// The natural-language dateline ("Yekaterinburg, Russia, July 10") of contentMeta/dateline.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <string_view>

namespace galley::newsml {

/// "{place}, {date}": the date as "July 10" when the article's primary language is
/// English, as ISO 8601 (2023-07-10) for any other language (no month names to guess);
/// either part alone when the other is missing. White space is collapsed.
std::string dateline_text(const Dateline& dateline, std::string_view primary_language);

}  // namespace galley::newsml
