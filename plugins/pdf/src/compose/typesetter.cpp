// Building and setting one paragraph with the shared context.
#include "compose/typesetter.hpp"

#include "compose/long_paragraphs.hpp"
#include "layout/set_text_compaction.hpp"

namespace galley::pdf {

namespace {
ParagraphSpec spec_of(const SetRequest& r) {
    ParagraphSpec spec;
    spec.style = r.style;
    spec.align = r.align;
    spec.first_indent = r.first_indent;
    spec.hyphenate = r.hyphenate;
    spec.measure = r.width;
    return spec;
}
}  // namespace

SetText Typesetter::set_items(ItemList items, const SetRequest& request) {
    BreakOptions options;
    options.line_width = request.width;
    options.emergency_stretch = request.style.size * 1.5f;
    options.looseness = request.looseness;
    if (request.align != Align::Justify) {
        // Ragged text: line badness only steers the rag, any fit is acceptable.
        options.first_tolerance = 3.0f;
        options.second_tolerance = 6.0f;
    }
    auto set = request.balanced ? set_balanced(std::move(items), options, request.align)
                                : set_text(std::move(items), options, request.align);
    // Body text waits in memory until the whole article is paginated: keep only what
    // the lines draw, once per distinct fragment.
    compact_set_text(set, m_fragments);
    return set;
}

std::shared_ptr<const SetText> Typesetter::finish(ItemList items, const SetRequest& request) {
    return std::make_shared<const SetText>(set_items(std::move(items), request));
}

std::shared_ptr<const SetText> Typesetter::set_in_pieces(const InlineText& text,
                                                         const SetRequest& request,
                                                         const SourceLocation& where) {
    const std::size_t total_bytes = inline_text_bytes(text);
    std::vector<InlineText> pieces = split_inline_text(text, long_paragraph_bytes);
    SetText whole;
    SetRequest r = request;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        m_context.where = where;
        const std::size_t piece_bytes = inline_text_bytes(pieces[i]);
        ItemList items = build_paragraph(pieces[i], spec_of(r), m_context);
        InlineText().swap(pieces[i]);
        // A piece other than the last ends inside the paragraph: in justified text its
        // last line is justified like any other, so it loses the infinite stretch.
        const std::size_t n = items.items.size();
        if (i + 1 < pieces.size() && r.align == Align::Justify && n >= 2 &&
            items.items[n - 2].kind == Item::Kind::Glue) {
            items.items.erase(items.items.begin() + static_cast<std::ptrdiff_t>(n - 2));
        }
        append_set_text(whole, set_items(std::move(items), r));
        if (i == 0 && piece_bytes > 0) {
            // The whole paragraph's pieces and lines, estimated from the first piece:
            // growing by doubling would hold up to three times the final size at once.
            const double scale =
                1.1 * static_cast<double>(total_bytes) / static_cast<double>(piece_bytes);
            whole.pieces.reserve(
                static_cast<std::size_t>(static_cast<double>(whole.pieces.size()) * scale));
            whole.lines.reserve(
                static_cast<std::size_t>(static_cast<double>(whole.lines.size()) * scale));
        }
        r.first_indent = 0;
    }
    return std::make_shared<const SetText>(std::move(whole));
}

std::shared_ptr<const SetText> Typesetter::set(const InlineText& text, const SetRequest& request,
                                               const SourceLocation& where) {
    if (!request.balanced && inline_text_bytes(text) > long_paragraph_bytes) {
        return set_in_pieces(text, request, where);
    }
    m_context.where = where;
    return finish(build_paragraph(text, spec_of(request), m_context), request);
}

std::shared_ptr<const SetText> Typesetter::set(std::string_view text, const SetRequest& request,
                                               const SourceLocation& where) {
    m_context.where = where;
    return finish(build_plain(text, spec_of(request), m_context), request);
}

std::vector<std::shared_ptr<const SetText>>
Typesetter::set_loosened(const InlineText& text, const SetRequest& request,
                         const std::vector<int>& loosenesses, std::size_t lines,
                         const SourceLocation& where) {
    m_context.where = where;
    const ItemList items = build_paragraph(text, spec_of(request), m_context);
    std::vector<std::shared_ptr<const SetText>> out;
    for (int looseness : loosenesses) {
        SetRequest r = request;
        r.looseness = looseness;
        auto set = finish(items, r);
        const bool changed =
            static_cast<long>(set->lines.size()) == static_cast<long>(lines) + looseness;
        out.push_back(changed ? std::move(set) : nullptr);
    }
    return out;
}

float Typesetter::width_of(std::string_view text, const TextStyle& style) {
    SetRequest r;
    r.style = style;
    r.align = Align::Left;
    return natural_width(build_plain(text, spec_of(r), m_context));
}

}  // namespace galley::pdf
