// Inline-only CommonMark fields: headline, paragraphs, captions, list items...
#pragma once

#include "loader/markdown_inlines.hpp"

#include <string_view>
#include <vector>

namespace galley::detail {

/// Parses `value` as CommonMark inline content only. Whatever would start a block in
/// CommonMark ("2024. What a year", "- x", "# x", "> q", "***", "<div>", an indented
/// line) stays literal text; a blank line, which would make two paragraphs, is an
/// error. `what` names the field in messages ("'headline'", "a list item").
/// Problems are appended to `issues` at offsets of `value`.
InlineText parse_inline_field(std::string_view value, std::string_view what, int max_depth,
                              std::vector<TextIssue>& issues, InlineBudget* budget = nullptr);

}  // namespace galley::detail
