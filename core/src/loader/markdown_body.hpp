// A body written as one CommonMark string, mapped onto galley's blocks.
#pragma once

#include "loader/markdown_inlines.hpp"

#include <galley/loader.hpp>

#include <string_view>
#include <vector>

namespace galley::detail {

/// One block of a CommonMark body and the offset (in the body's text) where it starts.
/// An Image block comes with its path, alt text and caption; the caller checks and
/// loads the file.
struct MarkdownBlock {
    BlockContent content;
    std::size_t offset = 0;
};

/// Maps `value` onto blocks: paragraphs, headings (## to ####), block quotes (a last
/// paragraph starting with a dash is the attribution), bulleted and numbered lists,
/// images alone in their paragraph, thematic breaks. HTML blocks stay literal text.
/// Level-1 and level-5/6 headings, code blocks, nested lists and quotes holding other
/// than paragraphs are errors. Stops after `limits.max_blocks` blocks.
std::vector<MarkdownBlock> parse_markdown_body(std::string_view value, const LoadLimits& limits,
                                               std::vector<TextIssue>& issues,
                                               InlineBudget* budget = nullptr);

}  // namespace galley::detail
