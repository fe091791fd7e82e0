// cmark inline nodes to galley's inline runs, with link checks and positions.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

#include <cmark.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::detail {

/// A problem found inside a piece of text, at a byte offset of that text (the scalar's
/// value); the caller turns it into a source position.
struct TextIssue {
    std::size_t offset = 0;
    Severity severity = Severity::Error;
    std::string message;
};

/// Translates cmark's positions (1-based line, 1-based byte column in the text cmark was
/// given) into offsets of the original value, which may differ from cmark's input by
/// escapes the loader inserted and indentation it removed.
class CmarkPositions {
public:
    explicit CmarkPositions(std::string_view cmark_input);
    /// From `input_offset` on, cmark's input continues the value at `value_offset`.
    void shift(std::size_t input_offset, std::size_t value_offset);
    /// The value offset where `node` starts, or `fallback` when cmark gives none.
    std::size_t of(cmark_node* node, std::size_t fallback) const;

private:
    std::vector<std::size_t> m_line_starts;
    std::vector<std::pair<std::size_t, std::size_t>> m_shifts;  // input offset, value offset
};

struct InlineContext {
    const CmarkPositions& positions;
    int max_depth;              ///< deepest nesting of emphasis, strong and links
    const char* image_message;  ///< what to say about an image in running text
    std::vector<TextIssue>& issues;
};

/// The inline content of `container` (a paragraph, heading or image) as runs: adjacent
/// text merged, soft breaks as spaces, raw HTML as literal text, links checked.
/// Walks with cmark's iterator, never recursively.
InlineText convert_inlines(cmark_node* container, const InlineContext& context);

/// Why `url` may not be a link target, or an empty string when it may (absolute http,
/// https or mailto).
std::string check_link_url(std::string_view url);

/// RAII for a parsed cmark document.
struct CmarkDocument {
    cmark_node* root;
    explicit CmarkDocument(std::string_view text);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;
};

}  // namespace galley::detail
