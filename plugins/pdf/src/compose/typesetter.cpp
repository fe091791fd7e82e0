// Building and setting one paragraph with the shared context.
#include "compose/typesetter.hpp"

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

std::shared_ptr<const SetText> Typesetter::finish(ItemList items, const SetRequest& request) {
    BreakOptions options;
    options.line_width = request.width;
    options.emergency_stretch = request.style.size * 1.5f;
    if (request.align != Align::Justify) {
        // Ragged text: line badness only steers the rag, any fit is acceptable.
        options.first_tolerance = 3.0f;
        options.second_tolerance = 6.0f;
    }
    auto set = request.balanced ? set_balanced(std::move(items), options, request.align)
                                : set_text(std::move(items), options, request.align);
    // Body text waits in memory until the whole article is paginated: keep only what
    // the lines draw, once per distinct fragment.
    compact_set_text(set);
    return std::make_shared<const SetText>(std::move(set));
}

std::shared_ptr<const SetText> Typesetter::set(const InlineText& text, const SetRequest& request,
                                               const SourceLocation& where) {
    m_context.where = where;
    return finish(build_paragraph(text, spec_of(request), m_context), request);
}

std::shared_ptr<const SetText> Typesetter::set(std::string_view text, const SetRequest& request,
                                               const SourceLocation& where) {
    m_context.where = where;
    return finish(build_plain(text, spec_of(request), m_context), request);
}

float Typesetter::width_of(std::string_view text, const TextStyle& style) {
    SetRequest r;
    r.style = style;
    r.align = Align::Left;
    return natural_width(build_plain(text, spec_of(r), m_context));
}

}  // namespace galley::pdf
