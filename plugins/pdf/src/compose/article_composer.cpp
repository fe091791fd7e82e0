// Composing the masthead and the body blocks of an article.
#include "compose/article_composer.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>

#include <algorithm>
#include <cmath>

namespace galley::pdf {

namespace {

constexpr std::size_t pull_quote_max_words = 45;
// An image at least twice as wide as tall (a panorama) prints small in one column: set
// there, it costs a little more than last-page columns one line too far apart (404, which
// re-breaking a paragraph can still mend) and less than 45 empty lines, so it spans the
// columns at a page's head unless that costs a page, holes or a last page two lines off.
constexpr double wide_figure_ratio = 2.0;
constexpr int wide_figure_narrow_cost = 450;
constexpr std::size_t no_image = static_cast<std::size_t>(-1);
constexpr StructId document_element = 0;

InlineText text_run(std::string text) {
    InlineText runs;
    Inline run;
    run.text = std::move(text);
    runs.push_back(std::move(run));
    return runs;
}

class Composer {
public:
    Composer(const Article& article, const PageSetup& setup, const ArticleStyle& style,
             Typesetter& typesetter, double column_height, DiagnosticSink& diagnostics)
        : m_article(article), m_setup(setup), m_style(style), m_ts(typesetter),
          m_diagnostics(diagnostics), m_column(static_cast<float>(setup.column_width())),
          m_max_figure(static_cast<float>(column_height * 0.6)),
          m_max_span_figure(static_cast<float>(column_height * 0.45)),
          m_right_to_left(presentation::is_right_to_left(article.language)) {}

    ComposedArticle run() {
        m_out.headline = plain_text(m_article.headline);
        m_out.section = m_article.section;
        m_out.footer = !m_article.source.empty()
                           ? m_article.source
                           : (m_article.copyright ? m_article.copyright->holder : std::string());
        m_out.structure.add("Document", artifact);
        masthead();
        // About one flow block per body block and list item (a few hundred bytes each):
        // reserved, so 200,000 list items do not grow the vector by doubling.
        std::size_t blocks = 16;
        for (const auto& block : m_article.body) {
            const auto* list = std::get_if<List>(&block.content);
            blocks += list ? list->items.size() : 2;
        }
        m_out.body.reserve(blocks);
        BlockKind previous = BlockKind::None;
        for (const auto& block : m_article.body) {
            std::visit([&](const auto& content) { add(content, block, previous); }, block.content);
        }
        end_matter();
        return std::move(m_out);
    }

private:
    enum class BlockKind { None, Paragraph, List, Other };

    /// A new structure element under `parent` (the Document element by default).
    StructId element(const char* type, StructId parent = document_element) {
        return m_out.structure.add(type, parent);
    }

    SourceLocation at(const Position& p) const { return {m_article.source_name, p.line, p.column}; }
    SourceLocation article_at() const { return {m_article.source_name, 0, 0}; }
    float L() const { return m_style.leading; }
    // Line spacing of `factor` sizes of `s`, and a first baseline `factor` sizes below a
    // block's top: both opened for scripts that stack high (ArticleStyle::line_spacing).
    float lead(const TextStyle& s, float factor) const {
        return s.size * factor * m_style.line_spacing;
    }
    float cap(const TextStyle& s, float factor) const {
        return s.size * (factor + (m_style.line_spacing - 1) * 0.8f);
    }
    int units_for(float height) const {
        return std::max(1, static_cast<int>(std::ceil(height / L() - 1e-3)));
    }
    SetRequest request(const TextStyle& style, Align align, float width,
                       bool hyphenate = false) const {
        SetRequest r;
        r.style = style;
        r.align = align;
        r.width = width;
        r.hyphenate = hyphenate && m_setup.hyphenate;
        return r;
    }
    int take_space(int wanted) {
        const int space = m_after_rule ? 0 : std::max(wanted, m_space_next);
        m_space_next = 0;
        m_after_rule = false;
        return space;
    }

    // ---- masthead -----------------------------------------------------------------

    void masthead() {
        Graphic& g = m_out.masthead;
        const float width = static_cast<float>(m_setup.span_width());
        const SourceLocation where = article_at();
        const bool right_to_left = m_right_to_left;
        float y = 0;

        std::string notice = presentation::status_notice(m_article);
        if (m_article.embargo) {
            notice +=
                (notice.empty() ? "" : " \xC2\xB7 ") + presentation::embargo_notice(m_article);
        }
        if (!notice.empty()) {
            const TextStyle& s = m_style.notice;
            auto text = m_ts.set(notice, request(s, Align::Left, width - 16), where);
            // Capitals centred in the frame: equal space above the cap height and below
            // the baseline.
            const float leading = lead(s, 1.3f), pad = 5, first = cap(s, 0.72f);
            const float box =
                2 * pad + first + static_cast<float>(text->lines.size() - 1) * leading;
            g.boxes.push_back({0, y, width, box, m_style.accent, 1.2f});
            g.add_lines(text, 8, y + pad, first, leading, element("P"));
            y += box + 10;
        }

        // Kicker: an accent tab on a hairline, the section in spaced capitals below; the
        // tab stands where the text starts (on the right for a right-to-left article).
        const float tab = 24 * static_cast<float>(points_per_mm);
        g.boxes.push_back({right_to_left ? width - tab : 0, y, tab, 3, m_style.accent, 0});
        g.rules.push_back({0, y + 1.5f, width, y + 1.5f, 0.5f, m_style.rule});
        y += 3;
        if (!m_article.section.empty()) {
            const TextStyle& s = m_style.section;
            auto text = m_ts.set(m_article.section, request(s, Align::Left, width), where);
            y = g.add_lines(text, 0, y + 5, cap(s, 0.75f), lead(s, 1.25f), element("P"));
        }
        y += 6;

        g.outline.push_back({1, m_out.headline, y});
        {
            const TextStyle& s = m_style.headline;
            SetRequest r = request(s, Align::Left, width);
            r.balanced = true;
            auto text = m_ts.set(m_article.headline, r, where);
            y = g.add_lines(text, 0, y, cap(s, 0.78f), m_style.headline_leading, element("H1"));
            y -= m_style.headline_leading - lead(s, 1.0f);
        }
        if (!m_article.subheadline.empty()) {
            const TextStyle& s = m_style.dek;
            const float measure = width * (m_setup.columns > 1 ? 0.85f : 1.0f);
            SetRequest r = request(s, Align::Left, measure);
            r.balanced = true;
            auto text = m_ts.set(m_article.subheadline, r, where);
            y = g.add_lines(text, right_to_left ? width - measure : 0, y + 7, cap(s, 0.8f),
                            m_style.dek_leading, element("P"));
        }
        y += 9;

        const std::string by = presentation::byline(m_article);
        if (!by.empty()) {
            const TextStyle& s = m_style.byline;
            auto text = m_ts.set(by, request(s, Align::Left, width), where);
            y = g.add_lines(text, 0, y, cap(s, 0.8f), lead(s, 1.35f), element("P"));
        }
        const std::string dateline = dateline_text();
        if (!dateline.empty()) {
            const TextStyle& s = m_style.dateline;
            auto text = m_ts.set(dateline, request(s, Align::Left, width), where);
            y = g.add_lines(text, 0, y, cap(s, 0.8f), lead(s, 1.4f), element("P"));
        }
        y += 5;
        g.rules.push_back({0, y, width, y, 0.5f, m_style.rule});
        g.height = y + L() * 0.6f;
    }

    std::string dateline_text() const {
        std::string out = presentation::dateline(m_article).text();
        const std::string updated = presentation::updated_notice(m_article);
        if (!updated.empty()) {
            out += (out.empty() ? "" : "  \xC2\xB7  ") + updated;
        }
        return out;
    }

    // ---- body blocks --------------------------------------------------------------

    void lines_block(std::shared_ptr<const SetText> text, StructId tag, float x, int space,
                     bool keep = false) {
        FlowBlock block;
        block.kind = FlowBlock::Kind::Lines;
        block.text = std::move(text);
        block.tag = tag;
        block.x = x;
        block.space_before = take_space(space);
        block.keep_with_next = keep;
        m_out.body.push_back(std::move(block));
    }

    void solid_block(Graphic graphic, int space, bool keep, bool floating) {
        FlowBlock block;
        block.kind = FlowBlock::Kind::Solid;
        block.units = units_for(graphic.height);
        block.graphic = std::move(graphic);
        block.space_before = take_space(space);
        block.keep_with_next = keep;
        block.floating = floating;
        m_out.body.push_back(std::move(block));
    }

    void add(const Paragraph& p, const Block& block, BlockKind& previous) {
        SetRequest r = request(m_style.body, Align::Justify, m_column, true);
        // Chinese and Japanese indent every paragraph by two characters; Western text
        // indents paragraphs that follow a paragraph.
        r.first_indent = m_style.cjk ? m_style.body.size * 2
                                     : (previous == BlockKind::Paragraph ? m_style.indent : 0);
        lines_block(m_ts.set(p.content, r, at(block.at)), element("P"), 0, 0);
        m_out.paragraphs.push_back({m_out.body.size() - 1, &p.content, r, at(block.at)});
        previous = BlockKind::Paragraph;
    }

    void add(const Heading& h, const Block& block, BlockKind& previous) {
        const int level = std::clamp(h.level, 2, 4);
        const TextStyle& s = m_style.heading[level - 2];
        auto text = m_ts.set(h.content, request(s, Align::Left, m_column), at(block.at));
        const float leading = lead(s, 1.2f);
        const float n = static_cast<float>(text->lines.size());
        // The heading's last baseline sits on the grid, like the body line after it.
        int units = 1;
        while ((units - 1) * L() + m_style.ascent - (n - 1) * leading - cap(s, 0.75f) < 0) {
            ++units;
        }
        Graphic g;
        const float first = (units - 1) * L() + m_style.ascent - (n - 1) * leading;
        // Tagged one level below the nearest heading above it in the article's outline
        // (the headline is H1): PDF/UA does not let heading levels skip, as an article's
        // 2 then 4 would; siblings stay siblings.
        while (!m_open_headings.empty() && m_open_headings.back().first >= level) {
            m_open_headings.pop_back();
        }
        const int tagged = m_open_headings.empty() ? 2 : m_open_headings.back().second + 1;
        m_open_headings.emplace_back(level, tagged);
        static constexpr const char* types[] = {"H2", "H3", "H4"};
        g.add_lines(text, 0, first, 0, leading, element(types[tagged - 2]));
        g.outline.push_back({level, plain_text(h.content), 0});
        g.height = units * L();
        solid_block(std::move(g), 1, true, false);
        previous = BlockKind::Other;
    }

    void add(const Quote& q, const Block& block, BlockKind& previous) {
        const SourceLocation where = at(block.at);
        InlineText attribution;
        if (!q.attribution.empty()) {
            attribution = text_run("\xE2\x80\x94\xC2\xA0");  // em dash, no-break space
            attribution.insert(attribution.end(), q.attribution.begin(), q.attribution.end());
        }
        const StructId quote = element("BlockQuote");
        if (word_count(plain_text(q.content)) <= pull_quote_max_words) {
            // A pull quote: larger italic between an accent rule and a hairline.
            const TextStyle& s = m_style.pull_quote;
            SetRequest r = request(s, Align::Left, m_column);
            r.balanced = true;
            auto text = m_ts.set(q.content, r, where);
            Graphic g;
            const float accent_x = m_right_to_left ? m_column * 0.7f : 0;
            g.rules.push_back(
                {accent_x, 0.75f, accent_x + m_column * 0.3f, 0.75f, 1.5f, m_style.accent});
            float y = g.add_lines(text, 0, 8, cap(s, 0.78f), m_style.pull_quote_leading,
                                  element("P", quote));
            if (!attribution.empty()) {
                const TextStyle& a = m_style.attribution;
                auto by = m_ts.set(attribution, request(a, Align::Left, m_column), where);
                y = g.add_lines(by, 0, y + 2, cap(a, 0.8f), lead(a, 1.3f), element("P", quote));
            }
            y += 5;
            g.rules.push_back({0, y, m_column, y, 0.4f, m_style.rule});
            g.height = y + 5;
            // Centre the quote in its grid units. Like a figure it floats (to its column's
            // foot or the next column), so it leaves `previous` alone: the paragraph
            // after it continues the text before it and is indented.
            Graphic centred;
            const float spare = units_for(g.height) * L() - g.height;
            centred.append(g, 0, spare * 0.5f);
            centred.height = units_for(g.height) * L();
            solid_block(std::move(centred), 1, false, true);
        } else {
            const float inset = m_style.body.size * 1.5f;
            SetRequest r = request(m_style.block_quote, Align::Justify, m_column - inset, true);
            const float x = m_right_to_left ? 0 : inset;
            lines_block(m_ts.set(q.content, r, where), element("P", quote), x, 1,
                        !attribution.empty());
            if (!attribution.empty()) {
                auto by =
                    m_ts.set(attribution,
                             request(m_style.attribution, Align::Right, m_column - inset), where);
                lines_block(by, element("P", quote), x, 0);
            }
            m_space_next = 1;
            previous = BlockKind::Other;
        }
    }

    void add(const List& list, const Block& block, BlockKind& previous) {
        const SourceLocation where = at(block.at);
        const float em = m_style.body.size;
        float hang = em * 1.3f;
        if (list.ordered) {
            hang = m_ts.width_of(std::to_string(list.items.size()) + ".", m_style.list_marker) +
                   em * 0.6f;
        }
        const StructId list_element = element("L");
        if (list_element != artifact) {
            m_out.structure[list_element].list_numbering = list.ordered ? "Decimal" : "Disc";
        }
        // Every item of a bulleted list shares one set bullet: a list may have 200,000
        // items.
        std::shared_ptr<const SetText> bullet;
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            SetRequest r = request(m_style.body, Align::Justify, m_column - hang, true);
            auto text = m_ts.set(list.items[i], r, where);
            const std::string mark = list.ordered ? std::to_string(i + 1) + "." : "\xE2\x80\xA2";
            auto marker = bullet;
            if (!marker) {
                marker = m_ts.set(
                    mark, request(m_style.list_marker, Align::Right, hang - em * 0.45f), where);
                bullet = list.ordered ? nullptr : marker;
            }
            const StructId item = element("LI", list_element);
            FlowBlock b;
            b.kind = FlowBlock::Kind::Lines;
            b.text = std::move(text);
            b.x = m_right_to_left ? 0 : hang;
            b.first_line_mark.add_lines(marker, m_right_to_left ? m_column - hang + em * 0.45f : 0,
                                        0, 0, L(), element("Lbl", item));
            b.tag = element("LBody", item);
            // A line of space between two consecutive lists, so a bulleted and a
            // numbered list do not run together as one.
            b.space_before = take_space(i == 0 && previous == BlockKind::List ? 1 : 0);
            m_out.body.push_back(std::move(b));
        }
        previous = BlockKind::List;
    }

    void add(const Image& image, const Block& block, BlockKind& /*previous*/) {
        const SourceLocation where = at(block.at);
        // The Figure carries the alt text; caption and credit follow it as its Caption.
        const StructId figure = element("Figure");
        if (figure != artifact) {
            m_out.structure[figure].alt = image.alt;
        }
        const StructId caption =
            image.caption.empty() && image.credit.empty() ? artifact : element("Caption");
        std::size_t drawn = no_image;
        if (image.data && !image.data->empty()) {
            m_out.images.push_back({image.data, image.media_type != "image/jpeg"});
            m_out.image_names.push_back(image.path);
            drawn = m_out.images.size() - 1;
        } else {
            m_diagnostics.warning(where, "pdf: image " + image.path +
                                             " has no data; its place is marked with a frame");
        }
        Graphic g = figure_graphic(image, drawn, m_column, m_max_figure, figure, caption, where);
        if (drawn != no_image) {
            warn_low_resolution(image, g.images.front().width, where);
        }
        // A float: the paragraph after it continues the text before it (`previous`).
        solid_block(std::move(g), 1, false, true);
        if (m_setup.columns > 1) {
            // The same figure across the full measure, for the flow to set at a page's
            // head when that costs less; at least half a line below it before the
            // columns' text. Not when that would print the image below the print check's
            // resolution (a 640-pixel chart is sharp in one column, soft across two).
            FlowBlock& placed = m_out.body.back();
            const float measure = static_cast<float>(m_setup.span_width());
            if (drawn != no_image &&
                prints_soft(image, fitted(image, measure, m_max_span_figure).width)) {
                return;
            }
            placed.span_graphic =
                figure_graphic(image, drawn, measure, m_max_span_figure, figure, caption, where);
            placed.span_graphic.height += L() * 0.5f - 5;
            placed.span_units = units_for(placed.span_graphic.height);
            const bool panorama = image.width > 0 && image.height > 0 &&
                                  image.width >= wide_figure_ratio * image.height;
            placed.narrow_cost = panorama ? wide_figure_narrow_cost : 0;
        }
    }

    // The image's size drawn `measure` wide, or less when that is over `max_height` tall
    // (4:3 when the article does not give its pixels).
    struct Fitted {
        float width, height;
    };
    static Fitted fitted(const Image& image, float measure, float max_height) {
        const double iw = image.width > 0 ? image.width : 4;
        const double ih = image.height > 0 ? image.height : 3;
        Fitted f{measure, static_cast<float>(measure * ih / iw)};
        if (f.height > max_height) {
            f.height = max_height;
            f.width = static_cast<float>(f.height * iw / ih);
        }
        return f;
    }

    // The image (or, without data, a frame with its alt text) `measure` wide and at most
    // `max_height` tall, centred, with caption and credit across the measure below it.
    Graphic figure_graphic(const Image& image, std::size_t drawn, float measure, float max_height,
                           StructId figure, StructId caption, const SourceLocation& where) {
        const auto [w, h] = fitted(image, measure, max_height);
        Graphic g;
        const float x = (measure - w) / 2;
        if (drawn != no_image) {
            g.images.push_back({drawn, x, 0, w, h, figure});
        } else {
            g.boxes.push_back({x, 0, w, h, Ink::gray(0.5f), 0.5f});
            if (!image.alt.empty()) {
                auto alt =
                    m_ts.set(image.alt, request(m_style.alt_text, Align::Center, w - 12), where);
                g.add_lines(alt, x + 6, h / 2 - m_style.caption_leading / 2, 0,
                            m_style.caption_leading, figure);
            }
        }
        float y = h;
        if (!image.caption.empty()) {
            const TextStyle& s = m_style.caption;
            auto text = m_ts.set(image.caption, request(s, Align::Left, measure), where);
            y = g.add_lines(text, 0, y + 3.5f, cap(s, 0.8f), m_style.caption_leading, caption);
        }
        if (!image.credit.empty()) {
            const TextStyle& s = m_style.credit;
            auto text = m_ts.set(image.credit, request(s, Align::Right, measure), where);
            y = g.add_lines(text, 0, y + 1.5f, cap(s, 0.8f), lead(s, 1.35f), caption);
        }
        g.height = y + 5;
        return g;
    }

    // Print check: an image whose pixels are spread over too many points prints soft.
    bool prints_soft(const Image& image, float width_pt) const {
        if (m_setup.min_image_ppi <= 0 || image.width <= 0 || width_pt <= 0) {
            return false;
        }
        return image.width / (width_pt / 72.0) + 0.5 < m_setup.min_image_ppi;
    }

    void warn_low_resolution(const Image& image, float width_pt, const SourceLocation& where) {
        if (prints_soft(image, width_pt)) {
            const double ppi = image.width / (width_pt / 72.0);
            m_diagnostics.warning(where, "pdf: image " + image.path + " prints at " +
                                             std::to_string(static_cast<int>(ppi + 0.5)) +
                                             " ppi, below the " +
                                             std::to_string(m_setup.min_image_ppi) +
                                             " ppi minimum (option pdf.min-image-ppi)");
        }
    }

    void add(const Rule&, const Block&, BlockKind& previous) {
        Graphic g;
        const float half = m_column * 0.12f;
        const float y = L() - m_style.body.size * 0.3f;
        g.rules.push_back({m_column / 2 - half, y, m_column / 2 + half, y, 0.6f, m_style.rule});
        g.height = 2 * L();
        solid_block(std::move(g), 0, false, false);
        m_after_rule = true;  // the rule's own space serves what follows
        previous = BlockKind::Other;
    }

    void end_matter() {
        const SourceLocation where = article_at();
        for (const auto& c : m_article.corrections) {
            InlineText text;
            Inline label;
            label.kind = Inline::Kind::Strong;
            label.children = text_run(presentation::correction_label(m_article, c));
            text.push_back(std::move(label));
            text.push_back(text_run(" ").front());
            text.insert(text.end(), c.text.begin(), c.text.end());
            SetRequest r = request(m_style.correction, Align::Justify, m_column, true);
            lines_block(m_ts.set(text, r, where), element("P"), 0, 1);
        }
        if (m_article.copyright) {
            const std::string line = presentation::copyright_line(m_article);
            auto text = m_ts.set(line, request(m_style.copyright, Align::Left, m_column), where);
            lines_block(text, element("P"), 0, 1);
        }
    }

    const Article& m_article;
    const PageSetup& m_setup;
    const ArticleStyle& m_style;
    Typesetter& m_ts;
    DiagnosticSink& m_diagnostics;
    float m_column;
    float m_max_figure;
    float m_max_span_figure;  // a figure across the columns takes at most about half a page
    // Hebrew, Arabic, ...: paragraphs are set from the right by their own direction;
    // indents, list markers and accent rules move to the right side here.
    bool m_right_to_left = false;
    int m_space_next = 0;
    // The headings above the next one in the outline: article level, structure level.
    std::vector<std::pair<int, int>> m_open_headings;
    bool m_after_rule = false;
    ComposedArticle m_out;
};

}  // namespace

ComposedArticle compose_article(const Article& article, const PageSetup& setup,
                                const ArticleStyle& style, Typesetter& typesetter,
                                double column_height, DiagnosticSink& diagnostics) {
    Composer composer(article, setup, style, typesetter, column_height, diagnostics);
    return composer.run();
}

}  // namespace galley::pdf
