// Inline runs -> boxes, glue and penalties, with font fallback and hyphenation.
#include "layout/paragraph_builder.hpp"

#include "layout/word_segments.hpp"
#include "text/bidi.hpp"
#include "text/text_boundaries.hpp"
#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace galley::pdf {

namespace {

constexpr float fil = 1e5f;         // "infinite" stretch for the last line
constexpr int hyphen_penalty = 50;  // TeX's \hyphenpenalty and \exhyphenpenalty
constexpr std::size_t min_hyphenated_word = 5;
constexpr int emergency_penalty = 3000;  // a break inside a word that does not fit
// The widest gap justification opens between Thai clusters: poppler reads a gap of
// 0.035 em between two glyphs as a word space (0.03 not), MuPDF a wider one.
constexpr float thin_gap_em = 0.025f;
// The width, 1/1000 em, of a right-to-left letter drawn over its neighbours (an unseen
// letter of a ligature, Naskh's alef part of lam-alef), centred on the edge where it
// reads: wide enough to be read between its neighbours, too narrow to reach the space
// beside the word.
constexpr int narrow_letter = 100;

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
    std::uint8_t level = 0;          // bidi embedding level
    char32_t joiner_after = 0;       // a ZWNJ or ZWJ that follows, for the shaper
    bool line_break_before = false;  // UAX #14 lets a line begin here (ICU)
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
    Builder(const ParagraphSpec& spec, BuildContext& context, const InlineText& text)
        : m_spec(spec), m_ctx(context) {
        std::u32string all;
        collect_text(text, all);
        resolve_levels(all);
        find_line_breaks(all, m_ctx.language, m_line_breaks);
        m_level = m_out.base_level;
        if (spec.first_indent > 0) {
            push(Item::box(spec.first_indent, -1));
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
        m_level = m_out.base_level;
        push(Item::glue(0, fil, 0));
        push(Item::make_penalty(force_break));
        return std::move(m_out);
    }

private:
    // The Unicode Bidirectional Algorithm over the whole paragraph, before any item is
    // made: only paragraphs with right-to-left text (or in a right-to-left article) get
    // levels; all others stay at level 0 and are set exactly as before.
    void resolve_levels(const std::u32string& all) {
        if (!m_ctx.right_to_left && !has_right_to_left(all)) {
            return;
        }
        m_out.base_level = bidi_levels(all, m_ctx.right_to_left, m_levels);
    }

    // The code points add_runs() will see, one per add_char() call (a line break is one).
    static void collect_text(const InlineText& runs, std::u32string& out) {
        for (const auto& run : runs) {
            switch (run.kind) {
            case Inline::Kind::Text:
            case Inline::Kind::Code:
                for (std::size_t pos = 0; pos < run.text.size();) {
                    out.push_back(next_code_point(run.text, pos));
                }
                break;
            case Inline::Kind::Emphasis:
            case Inline::Kind::Strong:
            case Inline::Kind::Link: collect_text(run.children, out); break;
            case Inline::Kind::LineBreak: out.push_back(0x2028); break;
            }
        }
    }

    std::uint8_t level_at(std::size_t index) const {
        return index < m_levels.size() ? m_levels[index] : m_out.base_level;
    }

    // Every item carries the level of the text it comes from (m_level).
    void push(Item item) {
        item.level = m_level;
        m_out.items.push_back(item);
    }

    void add_char(char32_t cp, InlineStyle style) {
        const std::size_t index = m_char_index++;
        const std::uint8_t level = level_at(index);
        const bool breakable = index < m_line_breaks.size() && m_line_breaks[index];
        if (is_space(cp) && cp != 0x3000) {
            flush_word();
            if (m_last != Last::None) {
                m_pending_space = true;
                m_space_style = style;
                m_space_level = level;
            }
            return;
        }
        if (cp == 0x00AD || cp == 0x200B) {
            m_soft_break = true;
            m_soft_hyphen = m_soft_hyphen || cp == 0x00AD;
            return;
        }
        if (is_joiner(cp) && !m_levels.empty() && !m_word.empty()) {
            // Persian's zero-width non-joiner (and the joiner) decide Arabic joining:
            // kept for the shaper, never drawn.
            m_word.back().joiner_after = cp;
            return;
        }
        if (is_invisible(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return;
        }
        if (m_spec.style.uppercase) {
            cp = to_upper(cp);
        }
        if (is_cjk(cp)) {
            flush_word();
            m_level = level;
            emit_cjk(cp, style, breakable);
            return;
        }
        if (breakable && !m_word.empty() && !m_long_word && is_complex_context(cp) &&
            is_complex_context(m_word.back().cp)) {
            // A word boundary ICU's dictionary found in Thai, Lao, Khmer or Burmese,
            // written without spaces: a line may end here.
            flush_word();
            m_last = Last::Unspaced;
        }
        m_word.push_back({cp, style, m_soft_break, m_soft_hyphen, level, 0, breakable});
        m_soft_break = m_soft_hyphen = false;
        if (m_word.size() >= long_word_chars) {
            emit_long_word(false);
        }
    }

    void line_break() {
        ++m_char_index;
        flush_word();
        m_level = m_out.base_level;
        push(Item::glue(0, fil, 0));
        push(Item::make_penalty(force_break));
        m_last = Last::None;
        m_pending_space = false;
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
        // Noto Serif CJK of the article's region (its punctuation and glyph forms), then
        // WenQuanYi Zen Hei for the ideographs Noto lacks.
        if (is_cjk(cp) || (m_ctx.cjk_language && is_cjk_ambiguous(cp))) {
            for (const FaceId id : {cjk_face(m_ctx.language, req.bold), FaceId::WenQuanYiZenHei}) {
                if (auto gid = face(id).glyph(cp)) {
                    return found(id, gid);
                }
            }
        }
        // Scripts with a Noto face of their own are drawn by it (a Devanagari face for
        // Hindi, a Thai face for Thai): the general faces lack them.
        if (const auto own = script_face(cp, req)) {
            if (auto gid = face(*own).glyph(cp)) {
                return found(*own, gid);
            }
        }
        for (FaceId id : chain) {
            if (auto gid = face(id).glyph(cp)) {
                return found(id, gid);
            }
        }
        // DejaVu Sans has Arabic and many symbols its oblique lacks: upright beats a box.
        const FaceId upright = req.bold ? FaceId::DejaVuSansBold : FaceId::DejaVuSans;
        if (auto gid = face(upright).glyph(cp)) {
            return found(upright, gid);
        }
        if (is_no_break_space(cp)) {
            return resolve(' ', s);
        }
        m_ctx.problems.missing.emplace(cp, m_ctx.where);
        m_out.actual_texts.push_back(std::u32string(1, cp));
        // Drawn as a .notdef box with ink (see missing_glyph_face), extracted via
        // ActualText (poppler) and, as a glyph variant of .notdef whose ToUnicode text
        // is the character, by engines that ignore ActualText (MuPDF).
        const FaceId box = missing_glyph_face(req);
        std::uint16_t gid = 0;
        if (takes_variants(face(box))) {
            gid = m_ctx.unicodes.variant(box, 0, std::u32string_view(&cp, 1), face(box).advance(0));
        }
        return Resolved{box, gid, false, static_cast<std::int32_t>(m_out.actual_texts.size() - 1)};
    }

    // A glyph's width, 1/1000 em: a glyph variant's own.
    int glyph_width(FaceId id, std::uint16_t gid) {
        const GlyphVariant* v = GlyphUnicodes::variant_of(m_ctx.unicodes.variants(id), gid);
        return v ? v->width : face(id).advance(gid);
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
        f.width = static_cast<float>(glyph_width(r.face, r.gid)) * size / 1000.0f + f.tracking;
        f.link = link;
        f.actual_text = r.actual_text;
        f.lang = m_lang;
        m_out.fragments.push_back(f);
        return static_cast<std::int32_t>(m_out.fragments.size() - 1);
    }

    // What goes between the previous unit and the next; `breakable`: whether UAX #14
    // lets a line begin with the next (kinsoku: never before `，。」`, never after `「（`).
    void join_before(bool cjk_unit, bool breakable) {
        if (m_last == Last::None) {
            m_pending_space = false;
            return;
        }
        if (m_pending_space) {
            emit_space();
        } else if (m_last == Last::Unit || cjk_unit) {
            const float stretch = m_spec.style.size * 0.15f;
            if (!breakable) {
                push(Item::make_penalty(infinite_penalty));
            }
            push(Item::glue(0, stretch, 0));
        } else if (m_last == Last::Unspaced) {
            // Words written without a space between them (Thai): a line may break here,
            // and a justified line may open the gap a little, like the gaps between
            // clusters inside a word (see emit_strokes()).
            if (m_spec.align == Align::Justify) {
                push(Item::thin_glue(m_spec.style.size * thin_gap_em));
            } else {
                push(Item::make_penalty(0));
            }
        }
        m_pending_space = false;
    }

    void emit_space() {
        m_level = m_space_level;
        m_lang = {};
        const Resolved r = resolve(' ', m_space_style);
        const float size = size_of(m_space_style);
        const std::int32_t frag = single_fragment(r, size, m_space_style.link);
        const float w = m_out.fragments[static_cast<std::size_t>(frag)].width;
        if (m_spec.align == Align::Justify) {
            push(Item::glue(w, w * 0.5f, w * 0.33f, frag));
        } else {
            // Knuth and Plass's ragged-right pattern: a break here leaves stretchable
            // space at the line's end; otherwise the two glues add up to one space.
            const float rag = m_spec.style.size * 3;
            push(Item::glue(0, rag, 0));
            push(Item::make_penalty(0));
            push(Item::glue(w, -rag, 0, frag));
        }
    }

    void emit_cjk(char32_t cp, const InlineStyle& style, bool breakable) {
        join_before(true, breakable);
        m_lang = m_ctx.foreign_scripts.of_word(std::u32string_view(&cp, 1));
        const Resolved r = resolve(cp, style);
        const std::int32_t frag = single_fragment(r, size_of(style), style.link);
        push(Item::box(m_out.fragments[static_cast<std::size_t>(frag)].width, frag));
        m_last = Last::Unit;
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
        // Dictionary hyphenation of each run of letters. Combining marks (a Russian
        // stress accent, which has no precomposed form) ride on their letter: the
        // patterns see the letters alone, and no break parts a letter from its marks.
        if (m_spec.hyphenate && !address && !word_has_hyphen()) {
            for (std::size_t a = 0; a < n;) {
                if (!is_alphabetic(m_word[a].cp) || m_word[a].style.code) {
                    ++a;
                    continue;
                }
                std::size_t b = a;
                int capitals = 0;
                m_run.clear();
                m_letter_index.clear();
                while (b < n && !m_word[b].style.code &&
                       (is_alphabetic(m_word[b].cp) || is_combining_mark(m_word[b].cp))) {
                    if (!is_combining_mark(m_word[b].cp)) {
                        capitals += to_lower(m_word[b].cp) != m_word[b].cp ? 1 : 0;
                        m_run.push_back(m_word[b].cp);
                        m_letter_index.push_back(b);
                    }
                    ++b;
                }
                const Hyphenator* h = hyphenator_for(m_word[a].cp);
                // Acronyms and words in capitals stay whole.
                if (h && m_run.size() >= min_hyphenated_word && capitals <= 1) {
                    h->hyphenate(m_run, m_breaks);
                    for (std::size_t k = 1; k < m_run.size(); ++k) {
                        const std::size_t i = m_letter_index[k];
                        if (m_breaks[k] && opp[i] == Opportunity::None) {
                            opp[i] = Opportunity::Hyphen;
                        }
                    }
                }
                a = b;
            }
        }
        // Where UAX #14 breaks inside the word: after a hyphen (the break shows the
        // word's own hyphen), around dashes, after a slash.
        for (std::size_t i = 1; i < n; ++i) {
            if (m_word[i].line_break_before && opp[i] == Opportunity::None) {
                const char32_t c = m_word[i - 1].cp;
                opp[i] = (c == '-' || c == 0x2010) && !address ? Opportunity::Explicit
                                                               : Opportunity::Plain;
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
    // The word's language when it is in another script than the article's (its first
    // character of a specific script decides).
    LanguageCode word_language() {
        for (const auto& c : m_word) {
            if (const auto language = m_ctx.foreign_scripts.of_character(c.cp)) {
                return *language;
            }
        }
        return {};
    }

    void emit_long_word(bool final) {
        const std::size_t n = m_word.size();
        m_glyphs.clear();
        m_cps.clear();
        m_advances.clear();
        for (const auto& c : m_word) {
            const Resolved r = resolve(c.cp, c.style);
            m_glyphs.push_back(r);
            m_cps.push_back(c.cp);
            m_advances.push_back(static_cast<float>(glyph_width(r.face, r.gid)) * size_of(c.style) /
                                     1000.0f +
                                 m_spec.style.tracking);
        }
        // Wide segments (half a line): lines of equal segments still fill up, and the
        // cost per character stays a few bytes.
        segment_long_word(m_cps, m_advances, segment_width() * 4, m_cuts);
        const std::size_t end = final ? n : (m_cuts.empty() ? 0 : m_cuts.back());
        if (end == 0) {
            return;
        }
        m_level = m_word.front().level;
        if (m_long_word) {
            push(Item::make_penalty(emergency_penalty));  // after the last batch
        } else {
            join_before(false, m_word.front().line_break_before);
            m_level = m_word.front().level;
            m_long_word = true;
        }
        m_lang = word_language();
        std::int32_t current = -1;
        std::size_t next_cut = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (next_cut < m_cuts.size() && m_cuts[next_cut] == i) {
                close_fragment(current);
                push(Item::make_penalty(emergency_penalty));
                ++next_cut;
            }
            add_glyph(current, m_glyphs[i], m_word[i].style);
        }
        close_fragment(current);
        m_last = Last::Word;
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
            push(Item::box(m_out.fragments[static_cast<std::size_t>(current)].width, current));
            current = -1;
        }
    }

    // The font's kerning between the word's characters, where the whole word is set in
    // one face and size (a word mixing fallback faces is set without kerning); and
    // whether the font joins some of them in a standard ligature (DejaVu's fi, ffl), so
    // the word goes to the shaper.
    void find_kerning(const std::vector<Resolved>& glyphs) {
        const std::size_t n = m_word.size();
        m_kerns.assign(n, 0);
        m_ligated = false;
        if (m_word[0].level != 0) {
            return;  // shaped runs get their positioning from the shaper
        }
        for (std::size_t i = 1; i < n; ++i) {
            if (m_word[i].level != 0) {
                return;
            }
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
        m_ligated = face(glyphs[0].face).kerning(m_run, m_kerns) && !glyphs[0].fake_bold;
    }

    static bool is_joiner(char32_t cp) { return cp == 0x200C || cp == 0x200D; }

    // Characters the shaper sets: right-to-left runs (reordered, mirrored, joined) and
    // at any level the scripts whose glyphs depend on their neighbours (Arabic joining,
    // Indic reordering and conjuncts, Thai marks); not placeholders for missing
    // characters.
    bool needs_shaper(std::size_t i, const Resolved& r) const {
        return r.actual_text < 0 &&
               (m_ligated || (m_word[i].level & 1) != 0 || needs_shaping(script_of(m_word[i].cp)));
    }

    // Shapes the run of characters from `begin` that share face, size, link and level
    // and have no break opportunity inside, and emits its fragments: glyphs with the
    // shaper's positions, drawn in logical order (a right-to-left run steps back from
    // glyph to glyph), so text extraction that follows the content stream reads the
    // characters as written. Returns the index after the run.
    std::size_t emit_shaped(std::size_t begin, const std::vector<Resolved>& glyphs,
                            const std::vector<Opportunity>& opp) {
        const Resolved& first = glyphs[begin];
        const StyledChar& c0 = m_word[begin];
        const float size = size_of(c0.style);
        // A mirrored bracket is a run of its own: its glyph is the other bracket's (and
        // maps to that one in ToUnicode), so it extracts through ActualText.
        const bool rtl = (c0.level & 1) != 0;
        auto mirrored = [&](std::size_t i) { return rtl && is_mirrored(m_word[i].cp); };
        std::size_t end = begin + 1;
        while (!mirrored(begin) && end < m_word.size() && !mirrored(end) &&
               opp[end] == Opportunity::None && glyphs[end].face == first.face &&
               glyphs[end].fake_bold == first.fake_bold && m_word[end].level == c0.level &&
               m_word[end].style.link == c0.style.link && size_of(m_word[end].style) == size &&
               needs_shaper(end, glyphs[end])) {
            ++end;
        }
        m_run.clear();
        for (std::size_t i = begin; i < end; ++i) {
            m_run.push_back(m_word[i].cp);
            if (m_word[i].joiner_after != 0) {
                m_run.push_back(m_word[i].joiner_after);
            }
        }
        const FontFace& font = face(first.face);
        font.shape(m_run, rtl, m_ctx.language, m_shaped);
        const std::size_t count = m_shaped.size();
        const std::size_t n = m_run.size();
        // The shaper drops joiners and may give their cluster to the next letter's glyph:
        // that glyph stands for the letter, the joiner belongs to the letter before.
        for (auto& g : m_shaped) {
            while (g.cluster + 1 < n && is_joiner(m_run[g.cluster])) {
                ++g.cluster;
            }
        }
        // Pen positions in visual order, 1/1000 em from the run's left edge.
        m_origins.assign(count + 1, 0);
        for (std::size_t v = 0; v < count; ++v) {
            m_origins[v + 1] = m_origins[v] + m_shaped[v].advance;
        }
        m_strokes.clear();
        if (mirrored(begin) || count == 0 || !plan_strokes(first.face, n, rtl)) {
            // One fragment, extracted through ActualText: a mirrored bracket, a cluster
            // of more glyphs than characters, clusters out of order, a glyph that stands
            // for another character elsewhere in the document.
            m_out.actual_texts.push_back(m_run);
            const auto actual = static_cast<std::int32_t>(m_out.actual_texts.size() - 1);
            for (std::size_t d = 0; d < count; ++d) {
                const std::size_t v = rtl ? count - 1 - d : d;
                m_strokes.push_back({static_cast<std::int32_t>(v), 0, actual, m_shaped[v].gid});
            }
            if (count == 0) {
                m_strokes.push_back({-1, 0, actual, 0});
            }
            if (mirrored(begin) && count == 1 && takes_variants(font)) {
                // The other bracket's glyph under a code of its own that extracts as this
                // bracket, for engines that ignore ActualText.
                const std::uint16_t gid = m_shaped[0].gid;
                if (const std::uint16_t v = m_ctx.unicodes.variant(
                        first.face, gid, std::u32string_view(m_run.data(), 1), font.advance(gid))) {
                    m_strokes[0].id = v;
                }
            }
        }
        emit_strokes(first, c0, size);
        return end;
    }

    // Plans how the shaped run is drawn so that extraction engines reading the content
    // stream (poppler, MuPDF) get the characters in logical order without ActualText,
    // which MuPDF ignores. Clusters come in logical order, and each glyph is paired with
    // the character it draws (by the font's cmap, else in order). Left to right, a
    // cluster of several glyphs is one composite glyph extracting as its characters (a
    // Devanagari short i, drawn before its consonant, inside it), a cluster of one
    // glyph extracts as all its characters (a conjunct), through glyph variants chosen
    // in emit_strokes(); where a face has no room for more, the glyphs keep the shaper's
    // order and each extracts as the characters at its place. Right to left, a cluster's
    // glyphs are drawn in the order of their characters, and characters with no glyph of
    // their own (lam-alef's alef) follow as invisible text; a cluster of more glyphs than
    // characters pairs its glyphs with the characters' compatibility decomposition under
    // ActualText of the characters as written. False when no plan gives every glyph one
    // character that agrees with the document's ToUnicode map.
    bool plan_strokes(FaceId face_id, std::size_t n, bool rtl) {
        const FontFace& font = face(face_id);
        const std::size_t count = m_shaped.size();
        const bool variants = !rtl && takes_variants(font);
        const std::size_t actual_texts_before = m_out.actual_texts.size();
        m_stroke_text.clear();
        auto fail = [&] {
            m_out.actual_texts.resize(actual_texts_before);
            m_strokes.clear();
            return false;
        };
        auto drawn = [&](std::size_t d) { return rtl ? count - 1 - d : d; };  // stream -> visual
        m_pairs.clear();
        for (std::size_t d = 0; d < count;) {
            const std::uint32_t cluster = m_shaped[drawn(d)].cluster;
            std::size_t e = d + 1;
            while (e < count && m_shaped[drawn(e)].cluster == cluster) {
                ++e;
            }
            const std::uint32_t next =
                e < count ? m_shaped[drawn(e)].cluster : static_cast<std::uint32_t>(n);
            if (next <= cluster || next > n) {
                return fail();
            }
            m_chars.clear();
            for (std::uint32_t i = cluster; i < next; ++i) {
                if (!is_joiner(m_run[i])) {
                    m_chars.push_back(m_run[i]);
                }
            }
            // Left to right, a cluster of several glyphs becomes one composite glyph that
            // extracts as the characters as written. Drawn as glyphs of their own, poppler
            // read a mark off its letter (ริม as "รม" + "ิ", Oriya's vowel sign U, drawn
            // left of its consonant, as a word before it), and MuPDF 1.28, which does not
            // advance over a glyph whose text starts with a nonspacing mark, a space
            // after it (கண் காட்சி); so are Thai SARA AM (NIKHAHIT and SARA AA) and
            // Bengali O (E before its consonant, AA after it), more glyphs than
            // characters.
            const bool composite = e - d > 1;
            if (variants && composite && m_ctx.unicodes.has_room(face_id)) {
                Stroke stroke{static_cast<std::int32_t>(d), m_chars.front(), -1, 0};
                stroke.parts = static_cast<std::uint32_t>(e - d);
                stroke.text_at = static_cast<std::uint32_t>(m_stroke_text.size());
                stroke.text_size = next - cluster;
                m_stroke_text.append(m_run, cluster, next - cluster);
                m_strokes.push_back(stroke);
                d = e;
                continue;
            }
            std::int32_t actual = -1;
            if (e - d > m_chars.size()) {
                std::u32string decomposed;
                for (const char32_t c : m_chars) {
                    decomposed += compatibility_decomposition(c);
                }
                if (e - d > decomposed.size()) {
                    return fail();
                }
                m_out.actual_texts.push_back(m_run.substr(cluster, next - cluster));
                actual = static_cast<std::int32_t>(m_out.actual_texts.size() - 1);
                m_chars = std::move(decomposed);
            }
            // Pair each glyph with a character: its own (cmap) first, then in order.
            m_owner.assign(e - d, -1);
            m_taken.assign(m_chars.size(), false);
            for (std::size_t k = d; k < e; ++k) {
                const std::uint16_t gid = m_shaped[drawn(k)].gid;
                for (std::size_t c = 0; c < m_chars.size(); ++c) {
                    if (!m_taken[c] && font.glyph(m_chars[c]) == gid) {
                        m_owner[k - d] = static_cast<std::int32_t>(c);
                        m_taken[c] = true;
                        break;
                    }
                }
            }
            for (std::size_t k = d; k < e; ++k) {
                if (m_owner[k - d] >= 0) {
                    continue;
                }
                const auto c = static_cast<std::size_t>(
                    std::find(m_taken.begin(), m_taken.end(), false) - m_taken.begin());
                m_owner[k - d] = static_cast<std::int32_t>(c);
                m_taken[c] = true;
            }
            if (variants) {
                // Left to right: drawn as shaped, each glyph extracting as the characters
                // at its place (the last one takes the rest), through a variant where
                // that is not its own character.
                const std::size_t glyphs = e - d;
                for (std::size_t k = 0; k < glyphs; ++k) {
                    const std::size_t to = k + 1 == glyphs ? m_chars.size() : k + 1;
                    const std::u32string_view text(m_chars.data() + k, to - k);
                    const std::uint16_t gid = m_shaped[d + k].gid;
                    const char32_t own = m_chars[static_cast<std::size_t>(m_owner[k])];
                    const char32_t known = m_ctx.unicodes.lookup(face_id, gid);
                    const bool plain =
                        text.size() == 1 && text[0] == own && (known == 0 || known == own);
                    if (plain) {
                        m_pairs.emplace_back(gid, own);
                    }
                    Stroke stroke{static_cast<std::int32_t>(d + k), text[0], actual, 0};
                    stroke.text_at = static_cast<std::uint32_t>(m_stroke_text.size());
                    stroke.text_size = static_cast<std::uint32_t>(text.size());
                    stroke.plain = plain;
                    m_stroke_text += text;
                    m_strokes.push_back(stroke);
                }
                d = e;
                continue;
            }
            // In the characters' order: the glyph drawing each, or the character unseen.
            for (std::size_t c = 0; c < m_chars.size(); ++c) {
                const auto k = static_cast<std::size_t>(
                    std::find(m_owner.begin(), m_owner.end(), static_cast<std::int32_t>(c)) -
                    m_owner.begin());
                if (k < e - d) {
                    const std::uint16_t gid = m_shaped[drawn(d + k)].gid;
                    const char32_t known = m_ctx.unicodes.lookup(face_id, gid);
                    if (known != 0 && known != m_chars[c]) {
                        return fail();
                    }
                    m_pairs.emplace_back(gid, m_chars[c]);
                    m_strokes.push_back(
                        {static_cast<std::int32_t>(drawn(d + k)), m_chars[c], actual, gid});
                } else {
                    m_strokes.push_back({-1, m_chars[c], actual, 0});
                }
            }
            d = e;
        }
        // Two clusters of the run must not want one glyph to stand for two characters.
        std::sort(m_pairs.begin(), m_pairs.end());
        for (std::size_t i = 1; i < m_pairs.size(); ++i) {
            if (m_pairs[i].first == m_pairs[i - 1].first &&
                m_pairs[i].second != m_pairs[i - 1].second) {
                return fail();
            }
        }
        for (const auto& [gid, cp] : m_pairs) {
            m_ctx.unicodes.note(face_id, gid, cp);
        }
        return true;
    }

    // Glyph variants (GlyphUnicodes::variant) need TrueType codes below first_variant.
    static bool takes_variants(const FontFace& font) {
        return !font.cff() && font.glyph_count() <= GlyphUnicodes::first_variant;
    }

    // The composite variant drawing a stroke's glyphs, each where the shaper put it from
    // the cluster's pen position.
    std::uint16_t composite(FaceId face_id, std::size_t first, std::uint32_t parts,
                            std::u32string_view text, int reach) {
        m_parts.clear();
        for (std::size_t v = first; v < first + parts; ++v) {
            const FontFace::ShapedGlyph& g = m_shaped[v];
            m_parts.push_back(
                {g.gid, static_cast<int>(std::lround(m_origins[v] - m_origins[first] + g.x_offset)),
                 static_cast<int>(std::lround(g.y_offset))});
        }
        return m_ctx.unicodes.composite(face_id, m_parts, text, reach);
    }

    // pdf.js and MuPDF take a glyph whose text holds (pdf.js) or starts with (MuPDF) a
    // nonspacing mark for a mark of no width: they read it without checking where it
    // stands. First after the gap from the word before, such a glyph put the word space
    // after itself in pdf.js ("प्र गति" for "के प्रगति"), or after the first glyph
    // without such a mark when the word starts with several (Burmese ဖွင့်လှစ်ခဲ့).
    // So a run's first glyph (or composite) extracts as its characters before the first
    // such mark (प for प्र), and the rest (्र) follows as a glyph of no ink and no width
    // at its end, which every engine reads after it. Inside the run there is no gap to
    // misplace. Returns that glyph's id, 0 when the first glyph keeps its text.
    std::uint16_t split_marks_off(FaceId face_id) {
        Stroke& head = m_strokes.front();
        if (head.id != 0 || head.visual < 0 || head.actual_text >= 0) {
            return 0;
        }
        const std::u32string_view text(m_stroke_text.data() + head.text_at, head.text_size);
        std::size_t cut = 1;
        while (cut < text.size() && !is_nonspacing_mark(text[cut])) {
            ++cut;
        }
        const std::uint16_t blank = face(face_id).glyph(' ');
        if (cut >= text.size() || is_nonspacing_mark(text[0]) || blank == 0) {
            return 0;
        }
        const std::uint16_t id = m_ctx.unicodes.variant(face_id, blank, text.substr(cut), 0);
        if (id != 0) {
            head.text_size = static_cast<std::uint32_t>(cut);
            head.plain = false;
        }
        return id;
    }

    // Emits m_strokes as fragments: runs of visible glyphs at one height, and the unseen
    // characters between them. Fragments follow in logical order, so in a right-to-left
    // run each starts where the next one (to its left) ends.
    void emit_strokes(const Resolved& r, const StyledChar& c, float size) {
        const bool rtl = (c.level & 1) != 0;
        const double total = m_origins.back();
        const FontFace& font = face(r.face);
        // Justified Thai (Lao, Khmer, Burmese) spreads a line's slack between its
        // grapheme clusters, as Thai typesetting does, a little at each: every cluster
        // is a box of its own, with thin glue before it that no line breaks at.
        const bool spread =
            m_spec.align == Align::Justify && !rtl && script_of(c.cp) == Script::SoutheastAsian;
        auto starts_cluster = [&](std::size_t k) {
            return k > 0 && m_strokes[k].visual >= 0 && m_strokes[k - 1].visual >= 0 &&
                   m_shaped[static_cast<std::size_t>(m_strokes[k].visual)].cluster !=
                       m_shaped[static_cast<std::size_t>(m_strokes[k - 1].visual)].cluster;
        };
        double done = 0;  // 1/1000 em of the run's width emitted so far
        for (std::size_t s = 0; s < m_strokes.size();) {
            const Stroke& head = m_strokes[s];
            const bool opens_cluster = spread && starts_cluster(s);
            const bool invisible = head.visual < 0 && head.actual_text < 0;
            // A glyph raised by the shaper sets its fragment's rise; a composite carries
            // its parts' offsets itself.
            auto rise_of = [&](const Stroke& stroke) {
                return stroke.visual >= 0 && stroke.actual_text < 0 && stroke.parts == 1
                           ? m_shaped[static_cast<std::size_t>(stroke.visual)].y_offset
                           : 0.0;
            };
            const double rise = rise_of(head);
            std::size_t e = s + 1;
            while (e < m_strokes.size() && m_strokes[e].actual_text == head.actual_text &&
                   (head.actual_text >= 0 || ((m_strokes[e].visual < 0) == invisible &&
                                              (invisible || rise_of(m_strokes[e]) == rise))) &&
                   !(spread && starts_cluster(e))) {
                ++e;
            }
            const std::uint16_t marks_after_head =
                s == 0 && !rtl && takes_variants(font) ? split_marks_off(r.face) : 0;
            double width = 0;
            for (std::size_t k = s; k < e; ++k) {
                const Stroke& stroke = m_strokes[k];
                for (std::uint32_t p = 0; stroke.visual >= 0 && p < stroke.parts; ++p) {
                    width += m_shaped[static_cast<std::size_t>(stroke.visual) + p].advance;
                }
            }
            // The fragment's left edge from the run's left edge.
            const double left = rtl ? total - done - width : done;
            Fragment f;
            f.face = r.face;
            f.fake_bold = r.fake_bold && !invisible;
            f.shaped = true;
            f.invisible = invisible;
            f.size = size;
            f.rise = static_cast<float>(rise) * size / 1000.0f;
            f.ink = m_spec.style.ink;
            f.link = c.style.link;
            f.actual_text = head.actual_text;
            f.lang = m_lang;
            f.glyph_begin = static_cast<std::uint32_t>(m_out.glyphs.size());
            m_out.adjustments.resize(m_out.glyphs.size(), 0);
            // Pen moves against the glyphs' widths (what a PDF viewer adds after each
            // glyph), in whole 1/1000 em from the fragment's left edge so errors do not
            // add up. An unseen character is centred on the fragment's edge, where poppler
            // and MuPDF both read it next. Left to right, a glyph's width is set to reach
            // the next glyph (a variant's own /W), so the content stream has no moves
            // that engines could take for spaces or line ends: a base letter ends where
            // its mark is drawn, the mark where the next letter starts.
            const long end = std::lround(width);
            long pen = 0;
            auto place = [&](std::size_t k) {
                const Stroke& stroke = m_strokes[k];
                const FontFace::ShapedGlyph& g = m_shaped[static_cast<std::size_t>(stroke.visual)];
                const double x_offset = stroke.parts == 1 ? g.x_offset : 0.0;
                return std::lround(m_origins[static_cast<std::size_t>(stroke.visual)] + x_offset -
                                   left);
            };
            for (std::size_t k = s; k < e; ++k) {
                const Stroke& stroke = m_strokes[k];
                std::uint16_t gid = 0;
                std::uint16_t id = 0;
                long target = 0;
                int advance = 0;
                if (stroke.visual >= 0) {
                    gid = m_shaped[static_cast<std::size_t>(stroke.visual)].gid;
                    target = place(k);
                    id = stroke.id;
                    advance = font.advance(gid);
                    if (id == 0) {
                        const long next = k + 1 < e ? place(k + 1) : end;
                        const int reach =
                            next >= target ? static_cast<int>(next - target) : advance;
                        const std::u32string_view text(m_stroke_text.data() + stroke.text_at,
                                                       stroke.text_size);
                        id = stroke.parts > 1
                                 ? composite(r.face, static_cast<std::size_t>(stroke.visual),
                                             stroke.parts, text, reach)
                             : stroke.plain && reach == advance
                                 ? gid
                                 : m_ctx.unicodes.variant(r.face, gid, text, reach);
                        if (id == 0) {
                            id = gid;  // no variant left: drawn, extracted as its own
                        } else {
                            advance = reach;
                        }
                    } else if (rtl &&
                               m_shaped[static_cast<std::size_t>(stroke.visual)].advance == 0 &&
                               !is_combining_mark(stroke.cp) && takes_variants(font)) {
                        // A letter drawn with no advance, over its neighbour: Noto Naskh's
                        // lam-alef is the lam's glyph and an alef part at the lam's left
                        // edge. Given a narrow width centred on that edge, as the unseen
                        // alef of a one-glyph lam-alef is, poppler reads it between its
                        // neighbours instead of starting a word there; a composite moves
                        // its ink back to where the shaper put it.
                        const std::uint16_t v = m_ctx.unicodes.composite(
                            r.face, {{gid, narrow_letter / 2, 0}},
                            std::u32string_view(&stroke.cp, 1), narrow_letter);
                        if (v != 0) {
                            id = v;
                            target -= narrow_letter / 2;
                            advance = narrow_letter;
                        }
                    }
                } else {
                    gid = stroke.cp == 0 ? 0 : font.glyph(stroke.cp);
                    if (gid == 0) {
                        continue;  // nothing to draw it with: extracted through ActualText
                    }
                    id = gid;
                    advance = font.advance(gid);
                    // Narrow, so that it does not reach into the space beside the
                    // ligature, where poppler would then find no gap between the words.
                    const int narrow = std::min(advance, narrow_letter);
                    if (takes_variants(font)) {
                        if (const std::uint16_t v = m_ctx.unicodes.variant(
                                r.face, gid, std::u32string_view(&stroke.cp, 1), narrow)) {
                            id = v;
                            advance = narrow;
                        }
                    }
                    // Several (Naskh's الله: one glyph, then lam and heh unseen) are
                    // each a little left of the one before, so that engines ordering
                    // right-to-left text by position keep them in their order.
                    const long later = static_cast<long>(e - k) - 1;  // unseen ones after it
                    target = -std::lround(advance / 2.0) + later * 10;
                }
                const long move = target - pen;
                m_out.glyphs.push_back(id);
                m_out.adjustments.push_back(
                    static_cast<std::int16_t>(std::clamp(move, -30000L, 30000L)));
                pen += move + advance;
                ++f.glyph_count;
                if (k == s && marks_after_head != 0) {
                    m_out.glyphs.push_back(marks_after_head);
                    m_out.adjustments.push_back(0);
                    ++f.glyph_count;
                }
            }
            s = e;
            if (f.glyph_count == 0 && f.actual_text < 0) {
                continue;
            }
            f.width = static_cast<float>(width) * size / 1000.0f;
            done += width;
            m_out.fragments.push_back(f);
            m_level = c.level;
            if (opens_cluster) {
                push(Item::make_penalty(infinite_penalty));
                push(Item::thin_glue(m_spec.style.size * thin_gap_em));
            }
            push(Item::box(f.width, static_cast<std::int32_t>(m_out.fragments.size() - 1)));
        }
    }

    void flush_word() {
        if (m_long_word) {
            emit_long_word(true);
            return;
        }
        if (m_word.empty()) {
            return;
        }
        join_before(false, m_word.front().line_break_before);
        m_level = m_word.front().level;
        m_lang = word_language();
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
                push(Item::box(f.width, current));
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
                m_level = m_word[i - 1].level;
                const bool emergency =
                    emergency_index < m_emergency.size() && m_emergency[emergency_index] == i;
                if (emergency) {
                    ++emergency_index;
                    push(Item::make_penalty(emergency_penalty));
                } else if (opp[i] == Opportunity::Hyphen) {
                    const InlineStyle& bs = m_word[i - 1].style;
                    const Resolved h = resolve('-', bs);
                    const std::int32_t frag = single_fragment(h, size_of(bs), bs.link);
                    push(Item::make_penalty(hyphen_penalty,
                                            m_out.fragments[static_cast<std::size_t>(frag)].width,
                                            true, frag));
                } else if (opp[i] == Opportunity::Explicit) {
                    push(Item::make_penalty(hyphen_penalty, 0, true));
                } else {
                    push(Item::make_penalty(hyphen_penalty));
                }
            }
            if (needs_shaper(i, r)) {
                close();
                i = emit_shaped(i, glyphs, opp) - 1;
                continue;
            }
            if (current >= 0 && m_word[i].level != m_level) {
                close();
            }
            m_level = m_word[i].level;
            if (current >= 0 && m_kerns[i] != 0) {
                // The pair's kern widens (or narrows) the box before it; the content
                // stream turns the gap into a TJ adjustment.
                Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                f.width += static_cast<float>(m_kerns[i]) * size / 1000.0f;
                close();
            }
            if (current >= 0) {
                const Fragment& f = m_out.fragments[static_cast<std::size_t>(current)];
                const bool same = f.face == r.face && f.fake_bold == r.fake_bold &&
                                  f.size == size && f.link == s.link && f.actual_text < 0 &&
                                  r.actual_text < 0;
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
        m_word.clear();
    }

    // What was set last: nothing (start of a line), a word (a space or nothing follows),
    // a unit that the next one joins with stretchable glue (a CJK character), a word the
    // next one follows without a space but may begin a line (Thai, Khmer, ...).
    enum class Last { None, Word, Unit, Unspaced };

    const ParagraphSpec& m_spec;
    BuildContext& m_ctx;
    ItemList m_out;
    std::array<const FontFace*, face_count> m_faces{};
    std::vector<StyledChar> m_word;
    std::u32string m_run;
    std::vector<bool> m_breaks;
    std::vector<std::size_t> m_letter_index;  // of each hyphenated letter in m_word
    std::vector<std::size_t> m_emergency;
    bool m_long_word = false;  // the current word is being set in segments
    std::vector<Resolved> m_glyphs;
    std::vector<char32_t> m_cps;
    std::vector<float> m_advances;
    std::vector<std::size_t> m_cuts;
    std::vector<int> m_kerns;
    bool m_ligated = false;  // the word has a ligature: shaped whole (find_kerning)
    std::vector<FontFace::ShapedGlyph> m_shaped;
    std::vector<double> m_origins;  // of the shaped glyphs, 1/1000 em, visual order
    // How a shaped run is drawn (plan_strokes): in logical order, a glyph of m_shaped
    // (`visual`) or, with `visual` -1, a character drawn unseen; `actual_text` >= 0
    // when poppler should read that instead.
    struct Stroke {
        std::int32_t visual = -1;
        char32_t cp = 0;
        std::int32_t actual_text = -1;
        std::uint16_t id = 0;  ///< the glyph id drawn: m_shaped's, or a variant of it
        // Left to right (id 0): what the glyph extracts as, m_stroke_text[text_at, +size),
        // and whether that is its own character; emit_strokes picks the variant.
        std::uint32_t text_at = 0;
        std::uint32_t text_size = 0;
        bool plain = false;
        /// Shaped glyphs drawn, from `visual` on: more than one is a cluster drawn as one
        /// composite glyph (GlyphUnicodes::composite), its marks' offsets inside it.
        std::uint32_t parts = 1;
    };
    std::u32string m_stroke_text;
    std::vector<Stroke> m_strokes;
    std::vector<VariantPart> m_parts;                         // of a composite being made
    std::u32string m_chars;                                   // one cluster's characters
    std::vector<std::int32_t> m_owner;                        // glyph -> index into m_chars
    std::vector<bool> m_taken;                                // m_chars paired with a glyph
    std::vector<std::pair<std::uint16_t, char32_t>> m_pairs;  // glyph -> character noted
    std::vector<std::uint8_t> m_levels;  // per code point of the paragraph; empty: all 0
    std::vector<bool> m_line_breaks;     // per code point: UAX #14 lets a line begin here
    std::size_t m_char_index = 0;        // of the next add_char()
    std::uint8_t m_level = 0;            // of the items being pushed
    LanguageCode m_lang{};               // of the fragments being made
    std::uint8_t m_space_level = 0;
    bool m_pending_space = false;
    InlineStyle m_space_style;
    bool m_soft_break = false;
    bool m_soft_hyphen = false;
    Last m_last = Last::None;
};

}  // namespace

ItemList build_paragraph(const InlineText& text, const ParagraphSpec& spec, BuildContext& context) {
    Builder builder(spec, context, text);
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
