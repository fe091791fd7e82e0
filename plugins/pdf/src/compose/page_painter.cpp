// From flowed blocks and graphics to per-page drawing operations.
#include "compose/page_painter.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace galley::pdf {

class Painter {
public:
    Painter(const PaintInput& in, Typesetter& ts, DisplayDocument& doc)
        : m_in(in), m_ts(ts), m_doc(doc), m_style(in.style) {
        const PageSetup& s = in.setup;
        m_ext = s.media_extension();
        m_doc.media_width = s.paper.width + 2 * m_ext;
        m_doc.media_height = s.paper.height + 2 * m_ext;
        m_doc.has_trim = s.bleed > 0 || s.crop_marks;
        m_doc.trim_left = m_ext;
        m_doc.trim_bottom = m_ext;
        m_doc.trim_right = m_ext + s.paper.width;
        m_doc.trim_top = m_ext + s.paper.height;
        m_doc.bleed = s.bleed;
        m_text_left = m_ext + s.margins.left + s.column_inset();
        m_text_top = m_ext + s.paper.height - s.margins.top;
        m_text_bottom = m_ext + s.margins.bottom;
        m_doc.images = in.article.images;
        m_doc.structure = in.article.structure;
        m_right_to_left = presentation::is_right_to_left(in.language);
    }

    std::size_t page_count() const { return m_in.pages.size(); }

    void paint(std::size_t index, PageList& page) {
        const int total = static_cast<int>(m_in.pages.size());
        const int p = static_cast<int>(index);
        m_page = &page;
        m_page_index = index;
        m_next_mcid = 0;
        // A page painted again (the writer paints each twice) must not repeat its
        // outline entries or its structure references.
        m_first_painting = index == m_painted_pages;
        double body_top = m_text_top;
        if (p == 0) {
            paint_graphic(m_in.article.masthead, m_text_left, m_text_top);
            body_top -= m_in.masthead_units * m_style.leading;
        } else {
            m_furniture = ArtifactKind::Header;
            running_header();
            m_furniture = ArtifactKind::Layout;
        }
        columns(m_in.pages[index], body_top);
        m_furniture = ArtifactKind::Footer;
        footer(p + 1, total);
        m_furniture = ArtifactKind::Layout;
        if (m_in.setup.crop_marks) {
            m_furniture = ArtifactKind::Page;
            crop_marks();
            m_furniture = ArtifactKind::Layout;
        }
        if (m_first_painting) {
            ++m_painted_pages;
        }
        m_page = nullptr;
    }

private:
    // A right-to-left article's columns start on the right.
    double column_x(int c) const {
        if (m_right_to_left) {
            c = m_in.setup.columns - 1 - c;
        }
        return m_text_left + c * (m_in.setup.column_width() + m_in.setup.gutter);
    }

    void columns(const PageFlow& flow, double top) {
        const double L = m_style.leading;
        auto paint = [&](std::size_t c, const FlowPlacement& placement) {
            const FlowBlock& block = m_in.article.body[placement.block];
            const double x = column_x(static_cast<int>(c));
            if (placement.spanning) {
                // Across the columns, from the text block's left edge.
                paint_graphic(block.span_graphic, m_text_left, top - placement.top * L);
                return;
            }
            if (placement.line < 0) {
                paint_graphic(block.graphic, x, top - placement.top * L);
                return;
            }
            const double baseline = top - placement.top * L - m_style.ascent;
            // The marker first: content order is reading order (pdftotext -raw).
            if (placement.line == 0 && !block.first_line_mark.texts.empty()) {
                paint_graphic(block.first_line_mark, x, baseline);
            }
            paint_line(*block.text, static_cast<std::uint32_t>(placement.line), x + block.x,
                       baseline, block.tag);
        };
        // Content order is article order: body blocks are numbered in the article's
        // order (a float right after its anchor paragraph), so painting every placement
        // on the page by (block, line) writes a float where it stands in the article,
        // and a paragraph split around a float still reads on in extracted text
        // (pdftotext -raw, mutool draw -F txt). A float that moved past its anchor onto
        // a page where a paragraph runs on from the previous page follows that paragraph
        // rather than interrupt it.
        constexpr int after_block = std::numeric_limits<int>::max();
        std::size_t running_on = 0;
        for (const auto& column : flow.columns) {
            for (const auto& placement : column.placements) {
                if (placement.line > 0 && !m_in.article.body[placement.block].floating) {
                    const bool started_here = std::any_of(
                        flow.columns.begin(), flow.columns.end(), [&](const ColumnLayout& col) {
                            return std::any_of(col.placements.begin(), col.placements.end(),
                                               [&](const FlowPlacement& p) {
                                                   return p.block == placement.block && p.line == 0;
                                               });
                        });
                    if (!started_here) {
                        running_on = std::max(running_on, placement.block);
                    }
                }
            }
        }
        struct Ordered {
            std::size_t block;
            int line;
            std::size_t column;
            const FlowPlacement* placement;
        };
        std::vector<Ordered> order;
        for (std::size_t c = 0; c < flow.columns.size(); ++c) {
            for (const auto& placement : flow.columns[c].placements) {
                const bool deferred =
                    m_in.article.body[placement.block].floating && placement.block < running_on;
                order.push_back({deferred ? running_on : placement.block,
                                 deferred ? after_block : placement.line, c, &placement});
            }
        }
        std::stable_sort(order.begin(), order.end(), [](const Ordered& a, const Ordered& b) {
            return a.block != b.block ? a.block < b.block : a.line < b.line;
        });
        for (const auto& o : order) {
            paint(o.column, *o.placement);
        }
        // Hairlines between columns that both hold text, as deep as the deeper of the
        // two so the rule does not stop at the shorter column, from below the floats
        // spanning the page.
        const double rule_top = top - flow.span_units * L - 1;
        for (std::size_t c = 0; c + 1 < flow.columns.size(); ++c) {
            if (flow.columns[c].used <= flow.span_units ||
                flow.columns[c + 1].used <= flow.span_units) {
                continue;
            }
            const int used = std::max(flow.columns[c].used, flow.columns[c + 1].used);
            if (used <= 0) {
                continue;
            }
            const double x =
                std::min(column_x(static_cast<int>(c)), column_x(static_cast<int>(c + 1))) +
                m_in.setup.column_width() + m_in.setup.gutter / 2;
            const double bottom = top - used * L + (L - m_style.ascent) * 0.5;
            emit(LineOp{x, rule_top, x, bottom, 0.3, Ink::gray(0.45f)}, artifact);
        }
    }

    void running_header() {
        const double width = m_in.setup.span_width();
        const double baseline = m_text_top + m_style.leading * 1.5;
        SourceLocation none;
        double used = 0;
        if (!m_in.article.section.empty()) {
            SetRequest r{
                m_style.running_section, Align::Left, static_cast<float>(width), 0, false, false};
            auto text = m_ts.set(m_in.article.section, r, none);
            paint_line(*text, 0, m_text_left, baseline);
            used = text->lines.empty() ? 0 : text->lines[0].width;
            if (m_right_to_left && !text->lines.empty()) {
                // Set from the right (the title goes left): measure from the right edge.
                const SetLine& line = text->lines[0];
                double left = width;
                for (std::uint32_t p = line.piece_begin; p < line.piece_begin + line.piece_count;
                     ++p) {
                    left = std::min(left, static_cast<double>(text->pieces[p].x));
                }
                used = width - left;
            }
        }
        const double room = width - used - 24;
        const std::string title = fit(m_in.article.headline, m_style.running_title, room);
        if (!title.empty()) {
            SetRequest r{
                m_style.running_title, Align::Right, static_cast<float>(width), 0, false, false};
            auto text = m_ts.set(title, r, none);
            paint_line(*text, 0, m_text_left, baseline);
        }
        const double y = baseline - m_style.running_title.size * 0.6;
        emit(LineOp{m_text_left, y, m_text_left + width, y, 0.4, m_style.rule}, artifact);
    }

    // The longest start of `text` that fits `room`, with an ellipsis when cut.
    std::string fit(const std::string& text, const TextStyle& style, double room) {
        if (room <= 0) {
            return {};
        }
        if (m_ts.width_of(text, style) <= room) {
            return text;
        }
        std::u32string all;
        for (std::size_t pos = 0; pos < text.size();) {
            all.push_back(next_code_point(text, pos));
        }
        // Cut at a word boundary (CJK: any character); only a single word too long for
        // the room is cut between letters.
        for (const bool at_words : {true, false}) {
            std::u32string cps = all;
            while (!cps.empty()) {
                cps.pop_back();
                while (at_words && !cps.empty() && cps.back() != ' ' && cps.back() < 0x2E80) {
                    cps.pop_back();
                }
                while (!cps.empty() &&
                       (cps.back() == ' ' || cps.back() == ',' || cps.back() == ':')) {
                    cps.pop_back();
                }
                if (cps.empty()) {
                    break;
                }
                std::string candidate;
                for (char32_t c : cps) {
                    append_utf8(candidate, c);
                }
                candidate += "\xE2\x80\xA6";
                if (m_ts.width_of(candidate, style) <= room) {
                    return candidate;
                }
            }
        }
        return {};
    }

    void footer(int page, int pages) {
        const double width = m_in.setup.span_width();
        const double rule_y = m_text_bottom - m_style.leading * 0.7;
        const double baseline = rule_y - m_style.folio.size * 1.45;
        emit(LineOp{m_text_left, rule_y, m_text_left + width, rule_y, 0.4, m_style.rule}, artifact);
        SourceLocation none;
        const std::string folio_text = presentation::page_of(page, pages, m_in.language);
        // The source on the left first, then the folio: content order is reading order,
        // so extracted text reads "Source   Page 1 of 1", not "Page 1 of 1Source".
        if (!m_in.article.footer.empty()) {
            const double room = width - m_ts.width_of(folio_text, m_style.folio) - 24;
            const std::string source = fit(m_in.article.footer, m_style.folio, room);
            SetRequest left{m_style.folio, Align::Left, static_cast<float>(width), 0, false, false};
            auto text = m_ts.set(source, left, none);
            paint_line(*text, 0, m_text_left, baseline);
        }
        SetRequest right{m_style.folio, Align::Right, static_cast<float>(width), 0, false, false};
        auto folio = m_ts.set(folio_text, right, none);
        paint_line(*folio, 0, m_text_left, baseline);
    }

    void crop_marks() {
        const double offset = std::max(m_in.setup.bleed, crop_mark_offset_min);
        const double len = crop_mark_length;
        const Ink ink = Ink::registration();
        const double xs[2] = {m_doc.trim_left, m_doc.trim_right};
        const double ys[2] = {m_doc.trim_bottom, m_doc.trim_top};
        for (int i = 0; i < 2; ++i) {
            const double x = xs[i];
            const double dir_x = i == 0 ? -1 : 1;
            for (int j = 0; j < 2; ++j) {
                const double y = ys[j];
                const double dir_y = j == 0 ? -1 : 1;
                emit(LineOp{x + dir_x * offset, y, x + dir_x * (offset + len), y, 0.25, ink},
                     artifact);
                emit(LineOp{x, y + dir_y * offset, x, y + dir_y * (offset + len), 0.25, ink},
                     artifact);
            }
        }
    }

    void paint_graphic(const Graphic& g, double x, double top) {
        for (const auto& b : g.boxes) {
            emit(RectOp{x + b.x, top - b.y - b.height, b.width, b.height, b.ink, b.stroke},
                 artifact);
        }
        for (const auto& r : g.rules) {
            emit(LineOp{x + r.x1, top - r.y1, x + r.x2, top - r.y2, r.width, r.ink}, artifact);
        }
        for (const auto& i : g.images) {
            const double bottom = top - i.y - i.height;
            emit(ImageOp{i.image, x + i.x, bottom, i.width, i.height}, i.tag);
            if (i.tag != artifact && !m_doc.structure[i.tag].has_bbox) {
                StructElement& figure = m_doc.structure[i.tag];
                figure.has_bbox = true;
                figure.bbox[0] = x + i.x;
                figure.bbox[1] = bottom;
                figure.bbox[2] = x + i.x + i.width;
                figure.bbox[3] = bottom + i.height;
            }
        }
        for (const auto& t : g.texts) {
            paint_line(*t.text, t.line, x + t.x, top - t.baseline, t.tag);
        }
        for (const auto& o : g.outline) {
            if (m_first_painting) {
                m_doc.outline.push_back({o.level, o.title, m_page_index, x, top - o.y});
            }
        }
    }

    // Appends `op` to the page as content of `element`, or as furniture of the current
    // kind when it is an artifact. Consecutive operations of one element share one
    // marked-content sequence; each new sequence gets the page's next MCID and becomes
    // the element's next kid, so kids follow the painting order (article order).
    void emit(DrawOp op, StructId element) {
        const ArtifactKind kind = element == artifact ? m_furniture : ArtifactKind::Layout;
        auto& marks = m_page->marks;
        if (marks.empty() || marks.back().element != element ||
            (element == artifact && marks.back().artifact_kind != kind)) {
            MarkedRun run;
            run.op_begin = static_cast<std::uint32_t>(m_page->ops.size());
            run.element = element;
            run.artifact_kind = kind;
            if (element != artifact) {
                run.mcid = m_next_mcid++;
                if (m_first_painting) {
                    m_doc.structure[element].kids.push_back(
                        {StructKid::Kind::Content, run.mcid, m_page_index});
                }
            }
            marks.push_back(run);
        }
        m_page->ops.push_back(std::move(op));
    }

    // The Link element for link `link` of `text` inside `element`, made on first use.
    StructId link_element(StructId element, const SetText& text, std::int32_t link) {
        auto [it, added] = m_link_elements.try_emplace({element, &text, link}, artifact);
        if (added) {
            it->second = m_doc.structure.add("Link", element);
        }
        return it->second;
    }

    void paint_line(const SetText& text, std::uint32_t line_index, double x, double baseline,
                    StructId tag = artifact) {
        if (line_index >= text.lines.size()) {
            return;
        }
        const SetLine& line = text.lines[line_index];
        const ItemList& m = text.drawn();
        for (std::uint32_t p = line.piece_begin; p < line.piece_begin + line.piece_count; ++p) {
            const PlacedPiece& piece = text.pieces[p];
            const Fragment& f = m.fragments[static_cast<std::size_t>(piece.fragment)];
            TextOp op;
            op.face = f.face;
            op.fake_bold = f.fake_bold;
            op.invisible = f.invisible;
            op.size = f.size;
            op.tracking = f.tracking + piece.letter_spacing;
            op.ink = f.ink;
            op.x = x + piece.x;
            op.y = baseline + f.rise;
            op.glyph_begin = static_cast<std::uint32_t>(m_page->glyphs.size());
            op.glyph_count = f.glyph_count;
            op.lang = f.lang;
            m_page->glyphs.insert(m_page->glyphs.end(), m.glyphs.begin() + f.glyph_begin,
                                  m.glyphs.begin() + f.glyph_begin + f.glyph_count);
            if (f.shaped) {
                op.adjust_begin = static_cast<std::int32_t>(m_page->adjustments.size());
                m_page->adjustments.insert(m_page->adjustments.end(),
                                           m.adjustments.begin() + f.glyph_begin,
                                           m.adjustments.begin() + f.glyph_begin + f.glyph_count);
            }
            if (f.actual_text >= 0) {
                m_page->actual_texts.push_back(
                    m.actual_texts[static_cast<std::size_t>(f.actual_text)]);
                op.actual_text = static_cast<std::int32_t>(m_page->actual_texts.size() - 1);
            }
            const StructId element = piece.inserted_hyphen ? artifact
                                     : tag != artifact && f.link >= 0
                                         ? link_element(tag, text, f.link)
                                         : tag;
            emit(op, element);
            if (f.link >= 0) {
                add_link(m.links[static_cast<std::size_t>(f.link)],
                         element == tag ? artifact : element, op.x,
                         op.x + f.width + piece.letter_spacing * f.glyph_count, baseline, f.size);
            }
        }
    }

    // A link annotation over the piece, or the previous one widened; a new one in a
    // Link element becomes that element's next kid (an OBJR after its text).
    void add_link(const std::string& url, StructId element, double left, double right,
                  double baseline, float size) {
        const double bottom = baseline - size * 0.25, top = baseline + size * 0.85;
        auto& links = m_page->links;
        if (!links.empty()) {
            LinkArea& last = links.back();
            if (last.url == url && last.element == element && last.bottom == bottom &&
                left - last.right < size * 1.5) {
                last.right = std::max(last.right, right);
                return;
            }
        }
        links.push_back({left, bottom, right, top, url, element});
        if (element != artifact && m_first_painting) {
            m_doc.structure[element].kids.push_back({StructKid::Kind::Annotation,
                                                     static_cast<std::int32_t>(links.size() - 1),
                                                     m_page_index});
        }
    }

    const PaintInput m_in;  // a copy: the painter outlives the caller's braced argument
    Typesetter& m_ts;
    DisplayDocument& m_doc;
    const ArticleStyle& m_style;
    PageList* m_page = nullptr;
    std::size_t m_page_index = 0;
    std::int32_t m_next_mcid = 0;                     // on the current page
    ArtifactKind m_furniture = ArtifactKind::Layout;  // what artifacts painted now are
    std::map<std::tuple<StructId, const SetText*, std::int32_t>, StructId> m_link_elements;
    std::size_t m_painted_pages = 0;  // pages painted once: outline and structure recorded
    bool m_first_painting = false;
    double m_ext = 0;
    double m_text_left = 0;  // left edge of the columns (and of everything spanning them)
    double m_text_top = 0, m_text_bottom = 0;
    // Hebrew, Arabic, ...: columns run from the right; every paragraph is set from the
    // right too, so the running head's section and the footer's source sit on the right
    // and the title and folio on the left.
    bool m_right_to_left = false;
};

PagePainter::PagePainter(const PaintInput& input, Typesetter& typesetter, DisplayDocument& document)
    : m_painter(std::make_unique<Painter>(input, typesetter, document)) {}

PagePainter::~PagePainter() = default;

std::size_t PagePainter::page_count() const { return m_painter->page_count(); }

void PagePainter::paint(std::size_t index, PageList& page) { m_painter->paint(index, page); }

}  // namespace galley::pdf
