// A convenience over paragraph building and line setting: one call from inline text
// and a style to a set text, sharing the document's build context.
#pragma once

#include "compose/article_style.hpp"
#include "layout/line_setter.hpp"
#include "layout/set_text_compaction.hpp"

#include <memory>
#include <vector>

namespace galley::pdf {

struct SetRequest {
    TextStyle style;
    Align align = Align::Justify;
    float width = 0;
    float first_indent = 0;
    bool hyphenate = false;
    bool balanced = false;  ///< narrowest measure with the same line count (display text)
    int looseness = 0;      ///< lines more or fewer than the best breaking (BreakOptions)
};

class Typesetter {
public:
    explicit Typesetter(BuildContext& context) : m_context(context) {}

    std::shared_ptr<const SetText> set(const InlineText& text, const SetRequest& request,
                                       const SourceLocation& where);
    std::shared_ptr<const SetText> set(std::string_view text, const SetRequest& request,
                                       const SourceLocation& where);
    /// `text` (under long_paragraph_bytes), set in `lines` lines by `request`, set again
    /// with each of `loosenesses` (BreakOptions::looseness), built and shaped once: one
    /// result per looseness, null where no breaking has `lines` + looseness lines.
    std::vector<std::shared_ptr<const SetText>> set_loosened(const InlineText& text,
                                                             const SetRequest& request,
                                                             const std::vector<int>& loosenesses,
                                                             std::size_t lines,
                                                             const SourceLocation& where);
    /// The one-line width of plain text in a style.
    float width_of(std::string_view text, const TextStyle& style);

private:
    SetText set_items(ItemList items, const SetRequest& request);
    std::shared_ptr<const SetText> finish(ItemList items, const SetRequest& request);
    std::shared_ptr<const SetText> set_in_pieces(const InlineText& text, const SetRequest& request,
                                                 const SourceLocation& where);

    BuildContext& m_context;
    FragmentPool m_fragments;  // of every text set, shared
};

}  // namespace galley::pdf
