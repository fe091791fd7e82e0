// The raw-bytes check that runs before YAML parsing: UTF-8 validity and forbidden characters.
#pragma once

#include "loader/reporter.hpp"
#include "loader/yaml_tree.hpp"

#include <string>
#include <string_view>

namespace galley::detail {

/// Why the character `cp` may not appear in an article ("control character U+0007"), or
/// an empty string when it may. Tab and line feed are allowed; a carriage return is
/// judged by the caller (allowed only before a line feed).
std::string forbidden_character(char32_t cp);

struct EncodingCheck {
    /// False when the text is too broken to be worth parsing as YAML (UTF-16, or more
    /// errors than a text file plausibly has).
    bool parseable = true;
    /// Offset of the first bad byte, or npos: YAML syntax errors after it may be its echo.
    std::size_t first_error = std::string_view::npos;
};

/// Reports every invalid UTF-8 sequence and forbidden character of `text` at its place.
EncodingCheck check_encoding(std::string_view text, Reporter& report);

/// The same rule for characters that reach a value through a double-quoted escape
/// ("\x07", "\u0085"), which the raw scan cannot see: reported at the escape.
void check_escaped_characters(const SourceText& source, const YamlTree& tree, Reporter& report);

}  // namespace galley::detail
