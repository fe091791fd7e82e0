// Inline runs -> boxes, glue and penalties, with font fallback and hyphenation.
#include "layout/paragraph_builder.hpp"

#include "layout/word_segments.hpp"
#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <array>

namespace galley::pdf {

namespace {

constexpr float fil = 1e5f;           // "infinite" stretch for the last line
constexpr int hyphen_penalty = 50;    // TeX's \hyphenpenalty and \exhyphenpenalty
constexpr std::size_t min_hyphenated_word = 5;
constexpr int emergency_penalty = 3000;  // a break inside a word that does not fit

struct InlineStyle {
    bool bold = false;
    bool italic = false;
    bool code = false;
    std::int32_t link = -1;
};

struct StyledChar {
    char32_t cp;
    InlineStyle style;
    bool soft_break_before = false;  // soft hyphen / zero-width space in the source
    bool hyphen_before = false;      // a soft hyphen: break with a visible hyphen
};

struct Resolved {
    FaceId face;
    std::uint16_t gid;
    bool fake_bold;
    std::int32_t actual_text;
};

enum class Opportunity : std::uint8_t { None, Hyphen, Explicit, Plain };

class Builder {
public:
    Builder(const ParagraphSpec& spec, BuildContext& context) : m_spec(spec), m_ctx(context) {
        if (spec.first_indent > 0) {
            m_out.items.push_back(Item::box(spec.first_indent, -1));
        }
    }

    void add_runs(const InlineText& runs, InlineStyle style) {
        for (const auto& run : runs) {
            InlineStyle s = style;
            switch (run.kind) {
            case Inline::Kind::Text: add_text(run.text, s); break;
            case Inline::Kind::Code:
                s.code = true;
                add_text(run.text, s);
                break;
            case Inline::Kind::Emphasis:
                s.italic = !s.italic;
                add_runs(run.children, s);
                break;
            case Inline::Kind::Strong:
                s.bold = true;
                add_runs(run.children, s);
                break;
            case Inline::Kind::Link:
                m_out.links.push_back(run.url);
                s.link = static_cast<std::int32_t>(m_out.links.size() - 1);
                add_runs(run.children, s);
                break;
            case Inline::Kind::LineBreak: line_break(); break;
            }
        }
    }

    void add_text(std::string_view text, InlineStyle style) {
        for (std::size_t pos = 0; pos < text.size();) {
            add_char(next_code_point(text, pos), style);
        }
    }

    ItemList finish() {
        flush_word();
        while (!m_out.items.empty() && m_out.items.back().kind == Item::Kind::Glue) {
            m_out.items.pop_back();
        }
        m_out.items.push_back(Item::glue(0, fil, 0));
        m_out.items.push_back(Item::make_penalty(force_break));
        return std::move(m_out);
    }

private:
    void add_char(char32_t cp, InlineStyle style) {
        if (is_space(cp) && cp != 0x3000) {
            flush_word();
            if (m_last != Last::None) {
                m_pending_space = true;
                m_space_style = style;
            }
            return;
        }
        if (cp == 0x00AD || cp == 0x200B) {
            m_soft_break = true;
            m_soft_hyphen = m_soft_hyphen || cp == 0x00AD;
            return;
        }
        if (is_invisible(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return;
        }
        if (m_spec.style.uppercase) {
            cp = to_upper(cp);
        }
        note_script(cp);
        if (is_cjk(cp)) {
            flush_word();
            emit_cjk(cp, style);
            return;
        }
        m_word.push_back({cp, style, m_soft_break, m_soft_hyphen});
        m_soft_break = m_soft_hyphen = false;
        if (m_word.size() >= long_word_chars) {
            emit_long_word(false);
        }
    }

    void line_break() {
        flush_word();
        m_out.items.push_back(Item::glue(0, fil, 0));
        m_out.items.push_back(Item::make_penalty(force_break));
        m_last = Last::None;
        m_pending_space = false;
    }

    void note_script(char32_t cp) {
        const Script s = script_of(cp);
        if (is_right_to_left(s) || needs_shaping(s)) {
            m_ctx.problems.unsupported_scripts.emplace(s, m_ctx.where);
        }
    }

    const FontFace& face(FaceId id) {
        auto& slot = m_faces[static_cast<std::size_t>(id)];
        if (!slot) {
            slot = &m_ctx.fonts.face(id);
        }
        return *slot;
    }

    FaceRequest request(const InlineStyle& s) const {
        FaceRequest r = m_spec.style.face;
        r.bold = r.bold || s.bold;
        r.italic = r.italic != s.italic;
        if (s.code) {
            r.family = Family::Mono;
        }
        return r;
    }

    float size_of(const InlineStyle& s) const { return m_spec.style.size * (s.code ? 0.9f : 1.0f); }

    Resolved resolve(char32_t cp, const InlineStyle& s) {
        const FaceRequest req = request(s);
        const auto chain = fallback_chain(req, m_ctx.font_set);
        auto found = [&](FaceId id, std::uint16_t gid) {
            m_ctx.unicodes.note(id, gid, cp);
            return Resolved{id, gid, req.bold && !face_is_bold(id), -1};
        };
        // CJK text, and in a CJK article the punctuation both kinds of font have, is
        // drawn by the CJK face so quotes and dashes match the ideographs around them.
        if (is_cjk(cp) || (m_ctx.cjk_language && is_cjk_ambiguous(cp))) {
            if (auto gid = face(FaceId::WenQuanYiZenHei).glyph(cp)) {
                return found(FaceId::WenQuanYiZenHei, gid);
            }
        }
        for (FaceId id : chain) {
            if (auto gid = face(id).glyph(cp)) {
                return found(id, gid);
            }
        }
        if (is_no_break_space(cp)) {
            return resolve(' ', s);
        }
        m_ctx.problems.missing.emplace(cp, m_ctx.where);
        m_out.actual_texts.push_back(std::u32string(1, cp));
        return Resolved{chain[0], 0, false, static_cast<std::int32_t>(m_out.actual_texts.size() - 1)};
    }

    // A fragment holding one glyph (spaces, hyphens, CJK characters).
    std::int32_t single_fragment(const Resolved& r, float size, std::int32_t link) {
        Fragment f;
        f.face = r.face;
        f.fake_bold = r.fake_bold;
        f.size = size;
        f.tracking = m_spec.style.tracking;
        f.ink = m_spec.style.ink;
        f.glyph_begin = static_cast<std::uint32_t>(m_out.glyphs.size());
        f.glyph_count = 1;
        m_out.glyphs.push_back(r.gid);
        f.width = face(r.face).advance(r.gid) * size / 1000.0f + f.tracking;
        f.link = link;
        f.actual_text = r.actual_text;
        m_out.fragments.push_back(f);
        return static_cast<std::int32_t>(m_out.fragments.size() - 1);
    }

    // What goes between the previous unit and one starting with `first`.
    void join_before(char32_t first, bool cjk_unit) {
        if (m_last == Last::None) {
            m_pending_space = false;
            return;
        }
        if (m_pending_space) {
            emit_space();
        } else if (m_last == Last::Cjk || cjk_unit) {
            const float stretch = m_spec.style.size * 0.15f;
            if (no_break_after(m_last_cp) || no_break_before(first)) {
                m_out.items.push_back(Item::make_penalty(infinite_penalty));
            }
            m_out.items.push_back(Item::glue(0, stretch, 0));
        }
        m_pending_space = false;
    }

    void emit_space() {
        const Resolved r = resolve(' ', m_space_style);
        const float size = size_of(m_space_style);
        const std::int32_t frag = single_fragment(r, size, m_space_style.link);
        const float w = m_out.fragments[static_cast<std::size_t>(frag)].width;
        if (m_spec.align == Align::Justify) {
            m_out.items.push_back(Item::glue(w, w * 0.5f, w * 0.33f, frag));
        } else {
            // Knuth and Plass's ragged-right pattern: a break here leaves stretchable
            // space at the line's end; otherwise the two glues add up to one space.
            const float rag = m_spec.style.size * 3;
            m_out.items.push_back(Item::glue(0, rag, 0));
            m_out.items.push_back(Item::make_penalty(0));
            m_out.items.push_back(Item::glue(w, -rag, 0, frag));
        }
    }

    void emit_cjk(char32_t cp, const InlineStyle& style) {
        join_before(cp, true);
        const Resolved r = resolve(cp, style);
        const std::int32_t frag = single_fragment(r, size_of(style), style.link);
        m_out.items.push_back(Item::box(m_out.fragments[static_cast<std::size_t>(frag)].width, frag));
        m_last = Last::Cjk;
        m_last_cp = cp;
    }

    const Hyphenator* hyphenator_for(char32_t cp) const {
        return m_ctx.hyphenation.for_script(script_of(cp));
    }

    // A URL or e-mail address: an added hyphen inside one would change what a reader
    // types, so it only breaks after its separators (Chicago Manual of Style 14.18).
    bool word_is_address() const {
        const std::size_t n = m_word.size();
        bool at = false;
        for (std::size_t i = 0; i < n; ++i) {
            const char32_t c = m_word[i].cp;
            if (c == ':' && i + 2 < n && m_word[i + 1].cp == '/' && m_word[i + 2].cp == '/') {
                return true;
            }
            if (c == '@' && i > 0) {
                at = true;
            } else if (c == '.' && at && i + 1 < n && is_alphabetic(m_word[i + 1].cp)) {
                return true;
            }
        }
        return n > 4 && to_lower(m_word[0].cp) == 'w' && to_lower(m_word[1].cp) == 'w' &&
               to_lower(m_word[2].cp) == 'w' && m_word[3].cp == '.';
    }

    // A compound already spelled with a hyphen breaks at that hyphen only; a second,
    // added hyphen in "well-estab-lished" reads as part of the spelling.
    bool word_has_hyphen() const {
        for (std::size_t i = 1; i + 1 < m_word.size(); ++i) {
            const char32_t c = m_word[i].cp;
            if ((c == '-' || c == 0x2010) && is_alphabetic(m_word[i - 1].cp)) {
                return true;
            }
        }
        return false;
    }

    // Breaks after the separators of a URL or e-mail address, never with a hyphen.
    void find_address_opportunities(std::vector<Opportunity>& opp) const {
        const std::size_t n = m_word.size();
        for (std::size_t i = 1; i < n; ++i) {
            if (opp[i] == Opportunity::Hyphen) {
                opp[i] = Opportunity::Plain;  // a soft hyphen in the source
            }
        }
        for (std::size_t i = 1; i + 1 < n; ++i) {
            const char32_t c = m_word[i].cp;
            const char32_t next = m_word[i + 1].cp;
            const bool separator = c == '/' || c == '.' || c == '@' || c == '?' || c == '&' ||
                                   c == '=' || c == '-' || c == '_' || c == '#';
            // Not inside "://" or "//", and not before trailing punctuation.
            const bool word_follows = is_alphabetic(next) || (next >= '0' && next <= '9');
            if (separator && word_follows) {
                opp[i + 1] = Opportunity::Plain;
            }
        }
    }

    // Where the word may break, by character index (break before index i).
    void find_opportunities(const std::vector<Resolved>& glyphs, std::vector<Opportunity>& opp) {
        const std::size_t n = m_word.size();
        opp.assign(n, Opportunity::None);
        for (std::size_t i = 1; i < n; ++i) {
            if (m_word[i].hyphen_before) {
                opp[i] = Opportunity::Hyphen;
            } else if (m_word[i].soft_break_before) {
                opp[i] = Opportunity::Plain;
            }
        }
        const bool address = word_is_address();
        if (address) {
            find_address_opportunities(opp);
        }
        // Dictionary hyphenation of each run of letters.
        if (m_spec.hyphenate && !address && !word_has_hyphen()) {
            for (std::size_t a = 0; a < n;) {
                if (!is_alphabetic(m_word[a].cp) || m_word[a].style.code) {
                    ++a;
                    continue;
                }
                std::size_t b = a;
                int capitals = 0;
                while (b < n && is_alphabetic(m_word[b].cp) && !m_word[b].style.code) {
                    capitals += to_lower(m_word[b].cp) != m_word[b].cp ? 1 : 0;
                    ++b;
                }
                const Hyphenator* h = hyphenator_for(m_word[a].cp);
                // Acronyms and words in capitals stay whole.
                if (h && b - a >= min_hyphenated_word && capitals <= 1) {
                    m_run.clear();
                    for (std::size_t i = a; i < b; ++i) {
                        m_run.push_back(m_word[i].cp);
                    }
                    h->hyphenate(m_run, m_breaks);
                    for (std::size_t k = 1; k < b - a; ++k) {
                        if (m_breaks[k] && opp[a + k] == Opportunity::None) {
                            opp[a + k] = Opportunity::Hyphen;
                        }
                    }
                }
                a = b;
            }
        }
        // After a hyphen or dash inside the word.
        for (std::size_t i = 1; i + 1 < n && !address; ++i) {
            const char32_t c = m_word[i].cp;
            if ((c == '-' || c == 0x2010) && is_alphabetic(m_word[i - 1].cp) &&
                is_alphabetic(m_word[i + 1].cp)) {
                opp[i + 1] = Opportunity::Explicit;
            } else if (c == 0x2014 || c == 0x2013 || c == '/') {
                if (opp[i + 1] == Opportunity::None) {
                    opp[i + 1] = Opportunity::Plain;
                }
            }
        }
        // A word wider than most of the line (a URL, a long compound) may break between
        // short segments rather than stick out of the column. Segments, not single
        // characters: a break opportunity per character cost ~500 bytes each.
        float width = 0;
        m_cps.clear();
        m_advances.clear();
        for (std::size_t i = 0; i < n; ++i) {
            m_cps.push_back(m_word[i].cp);
            m_advances.push_back(face(glyphs[i].face).advance(glyphs[i].gid) *
                                 size_of(m_word[i].style) / 1000.0f);
            width += m_advances.back();
        }
        if (m_spec.measure > 0 && width > m_spec.measure * 0.8f) {
            segment_long_word(m_cps, m_advances, segment_width(), m_cuts);
            for (std::size_t i : m_cuts) {
                if (opp[i] == Opportunity::None) {
                    opp[i] = Opportunity::Plain;
                    m_emergency.push_back(i);
                }
            }
        }
    }

    // An over-long word, set in segments (word_segments.hpp) as it arrives: every
    // complete segment is emitted, the last (open) one waits for more characters unless
    // the word is `final`. No hyphenation: such words are not words of a language.
    void emit_long_word(bool final) {
        const std::size_t n = m_word.size();
        m_glyphs.clear();
        m_cps.clear();
        m_advances.clear();
        for (const auto& c : m_word) {
            const Resolved r = resolve(c.cp, c.style);
            m_glyphs.push_back(r);
            m_cps.push_back(c.cp);
            m_advances.push_back(face(r.face).advance(r.gid) * size_of(c.style) / 1000.0f +
                                 m_spec.style.tracking);
        }
        // Wide segments (half a line): lines of equal segments still fill up, and the
        // cost per character stays a few bytes.
        segment_long_word(m_cps, m_advances, segment_width() * 4, m_cuts);
        const std::size_t end = final ? n : (m_cuts.empty() ? 0 : m_cuts.back());
        if (end == 0) {
            return;
        }
        if (m_long_word) {
            m_out.items.push_back(Item::make_penalty(emergency_penalty));  // after the last batch
        } else {
            join_before(m_word.front().cp, false);
            m_long_word = true;
        }
        std::int32_t current = -1;
        std::size_t next_cut = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (next_cut < m_cuts.size() && m_cuts[next_cut] == i) {
                close_fragment(current);
                m_out.items.push_back(Item::make_penalty(emergency_penalty));
                ++next_cut;
            }
            add_glyph(current, m_glyphs[i], m_word[i].style);
        }
        close_fragment(current);
        m_last = Last::Word;
        m_last_cp = m_word[end - 1].cp;
        m_word.erase(m_word.begin(), m_word.begin() + static_cast<std::ptrdiff_t>(end));
        m_long_word = !final;
    }

    // The widest segment of a word broken for lack of room: a line ending inside such a
    // word is at most this much short.
    float segment_width() const {
        return m_spec.measure > 0 ? m_spec.measure / 8 : m_spec.style.size * 5;
    }

    // Adds a glyph to the open fragment, or opens one when the style changes.
    void add_glyph(std::int32_t& current, const Resolved& r, const InlineStyle& s) {
        const float size = size_of(s);
        if (current >= 0) {
            Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
            if (f.face == r.face && f.fake_bold == r.fake_bold && f.size == size &&
                f.link == s.link && f.actual_text < 0 && r.actual_text < 0) {
                m_out.glyphs.push_back(r.gid);
                ++f.glyph_count;
                f.width += face(r.face).advance(r.gid) * size / 1000.0f + f.tracking;
                return;
            }
            close_fragment(current);
        }
        current = single_fragment(r, size, s.link);
    }

    void close_fragment(std::int32_t& current) {
        if (current >= 0) {
            m_out.items.push_back(
                Item::box(m_out.fragments[static_cast<std::size_t>(current)].width, current));
            current = -1;
        }
    }

    // The font's kerning between the word's characters, where the whole word is set in
    // one face and size (a word mixing fallback faces is set without kerning).
    void find_kerning(const std::vector<Resolved>& glyphs) {
        const std::size_t n = m_word.size();
        m_kerns.assign(n, 0);
        for (std::size_t i = 1; i < n; ++i) {
            if (glyphs[i].face != glyphs[0].face || glyphs[i].actual_text >= 0 ||
                size_of(m_word[i].style) != size_of(m_word[0].style)) {
                return;
            }
        }
        if (glyphs[0].actual_text >= 0) {
            return;
        }
        m_run.clear();
        for (const auto& c : m_word) {
            m_run.push_back(c.cp);
        }
        face(glyphs[0].face).kerning(m_run, m_kerns);
    }

    void flush_word() {
        if (m_long_word) {
            emit_long_word(true);
            return;
        }
        if (m_word.empty()) {
            return;
        }
        join_before(m_word.front().cp, false);
        const std::size_t n = m_word.size();
        std::vector<Resolved> glyphs;
        glyphs.reserve(n);
        for (const auto& c : m_word) {
            glyphs.push_back(resolve(c.cp, c.style));
        }
        std::vector<Opportunity> opp;
        m_emergency.clear();
        find_opportunities(glyphs, opp);
        find_kerning(glyphs);

        std::int32_t current = -1;
        auto close = [&] {
            if (current >= 0) {
                const Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                m_out.items.push_back(Item::box(f.width, current));
                current = -1;
            }
        };
        std::size_t emergency_index = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Resolved& r = glyphs[i];
            const InlineStyle& s = m_word[i].style;
            const float size = size_of(s);
            if (i > 0 && opp[i] != Opportunity::None) {
                close();
                const bool emergency =
                    emergency_index < m_emergency.size() && m_emergency[emergency_index] == i;
                if (emergency) {
                    ++emergency_index;
                    m_out.items.push_back(Item::make_penalty(emergency_penalty));
                } else if (opp[i] == Opportunity::Hyphen) {
                    const InlineStyle& bs = m_word[i - 1].style;
                    const Resolved h = resolve('-', bs);
                    const std::int32_t frag = single_fragment(h, size_of(bs), bs.link);
                    m_out.items.push_back(Item::make_penalty(
                        hyphen_penalty, m_out.fragments[static_cast<std::size_t>(frag)].width, true,
                        frag));
                } else if (opp[i] == Opportunity::Explicit) {
                    m_out.items.push_back(Item::make_penalty(hyphen_penalty, 0, true));
                } else {
                    m_out.items.push_back(Item::make_penalty(hyphen_penalty));
                }
            }
            if (current >= 0 && m_kerns[i] != 0) {
                // The pair's kern widens (or narrows) the box before it; the content
                // stream turns the gap into a TJ adjustment.
                Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                f.width += static_cast<float>(m_kerns[i]) * size / 1000.0f;
                close();
            }
            if (current >= 0) {
                const Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                const bool same = f.face == r.face && f.fake_bold == r.fake_bold && f.size == size &&
                                  f.link == s.link && f.actual_text < 0 && r.actual_text < 0;
                if (!same) {
                    close();
                }
            }
            if (current < 0) {
                current = single_fragment(r, size, s.link);
            } else {
                Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                m_out.glyphs.push_back(r.gid);
                ++f.glyph_count;
                f.width += face(r.face).advance(r.gid) * size / 1000.0f + f.tracking;
            }
        }
        close();
        m_last = Last::Word;
        m_last_cp = m_word.back().cp;
        m_word.clear();
    }

    enum class Last { None, Word, Cjk };

    const ParagraphSpec& m_spec;
    BuildContext& m_ctx;
    ItemList m_out;
    std::array<const FontFace*, face_count> m_faces{};
    std::vector<StyledChar> m_word;
    std::u32string m_run;
    std::vector<bool> m_breaks;
    std::vector<std::size_t> m_emergency;
    bool m_long_word = false;  // the current word is being set in segments
    std::vector<Resolved> m_glyphs;
    std::vector<char32_t> m_cps;
    std::vector<float> m_advances;
    std::vector<std::size_t> m_cuts;
    std::vector<int> m_kerns;
    bool m_pending_space = false;
    InlineStyle m_space_style;
    bool m_soft_break = false;
    bool m_soft_hyphen = false;
    Last m_last = Last::None;
    char32_t m_last_cp = 0;
};

}  // namespace

ItemList build_paragraph(const InlineText& text, const ParagraphSpec& spec, BuildContext& context) {
    Builder builder(spec, context);
    builder.add_runs(text, {});
    return builder.finish();
}

ItemList build_plain(std::string_view text, const ParagraphSpec& spec, BuildContext& context) {
    InlineText runs;
    Inline run;
    run.text = std::string(text);
    runs.push_back(std::move(run));
    return build_paragraph(runs, spec, context);
}

float natural_width(const ItemList& list) {
    float width = 0;
    for (const auto& item : list.items) {
        if (item.kind != Item::Kind::Penalty) {
            width += item.width;
        }
    }
    return width;
}

}  // namespace galley::pdf
