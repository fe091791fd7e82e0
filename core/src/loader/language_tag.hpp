// BCP 47 (RFC 5646) language tag syntax.
#pragma once

#include <string_view>

namespace galley::detail {

/// True when `tag` is a well-formed BCP 47 language tag ("en", "ru", "zh-Hans",
/// "sr-Latn-RS", "de-CH-1996", "x-private"): the RFC 5646 grammar, any letter case,
/// except that the primary language subtag must have 2 or 3 letters (the longer forms
/// the RFC reserves have no registered values; "english" is a mistake, not a tag).
/// Whether the subtags are registered is not checked.
bool is_language_tag(std::string_view tag);

}  // namespace galley::detail
