// Quoting a value from the article inside a one-line diagnostic.
#pragma once

#include <string>
#include <string_view>

namespace galley::detail {

/// `text` in double quotes for a message: line breaks and tabs shown as \n and \t,
/// cut after 60 characters with "...", so one diagnostic stays one line.
std::string quote(std::string_view text);

/// A key name in single quotes: 'headline'.
std::string key_name(std::string_view name);

}  // namespace galley::detail
