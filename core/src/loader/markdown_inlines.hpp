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

/// Inline nodes (text runs, spans, links, breaks) an article may still hold: one budget
/// for all its fields, so that a million tiny spans are refused, not held in memory.
struct InlineBudget {
    std::size_t max_nodes = 0;
    std::size_t used = 0;
    /// Takes one node; false (after the first refusal, always) when the budget is spent.
    bool take() { return ++used <= max_nodes; }
    /// Markup characters seen so far (see admit()).
    std::size_t markup = 0;
    /// Counts the characters of `text` that can open or close an inline element before
    /// cmark sees it: cmark holds a whole paragraph's nodes at once, so the budget must be
    /// enforced before parsing. More than two per allowed node cannot fit; the offset of
    /// the first one past that is returned, or npos when the text is admitted.
    std::size_t admit(std::string_view text);
};

/// The message for a spent InlineBudget.
std::string inline_budget_message(const InlineBudget& budget);

struct InlineContext {
    const CmarkPositions& positions;
    int max_depth;              ///< deepest nesting of emphasis, strong and links
    const char* image_message;  ///< what to say about an image in running text
    std::vector<TextIssue>& issues;
    InlineBudget& budget;
    /// The text given to cmark holds no forbidden character, so one found in a decoded
    /// node came from an entity (&#7;) and is reported here; else it was reported already.
    bool check_decoded = true;
};

/// True when `text` holds a character forbidden_character() refuses.
bool has_forbidden_character(std::string_view text);

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
