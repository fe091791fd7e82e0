// Case-insensitive comparison of ASCII keywords: URL schemes, language subtags, roles.
#pragma once

#include <string>
#include <string_view>

namespace galley::xhtml {

/// `s` with A–Z lowered; other bytes (UTF-8 included) unchanged.
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

/// Does `s` begin with `lower_prefix` (given in lower case), ignoring ASCII case?
inline bool starts_with_ignoring_case(std::string_view s, std::string_view lower_prefix) {
    return s.size() >= lower_prefix.size() &&
           ascii_lower(s.substr(0, lower_prefix.size())) == lower_prefix;
}

/// Is `s` equal to `lower` (given in lower case), ignoring ASCII case?
inline bool equals_ignoring_case(std::string_view s, std::string_view lower) {
    return s.size() == lower.size() && starts_with_ignoring_case(s, lower);
}

}  // namespace galley::xhtml
