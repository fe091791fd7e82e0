// The line breaker on real text and fonts: justified lines fill the measure exactly,
// no line is overfull, at most two hyphenated lines follow each other, the last line
// is ragged, and CJK lines never start with closing punctuation.
#include "pdf_articles.hpp"

#include "layout/line_setter.hpp"
#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::pdf;

namespace {

struct Fixture {
    FontCatalog fonts;
    HyphenatorCatalog hyphenators;
    HyphenationChoice hyphenation{hyphenators, "en"};
    GlyphUnicodes unicodes;
    TextProblems problems;
    BuildContext context{fonts, hyphenation, false, FontSet::Liberation, unicodes, problems, {}};

    SetText set(const InlineText& text, float width, float size = 9.5f, bool cjk = false) {
        context.cjk_language = cjk;
        ParagraphSpec spec;
        spec.style.size = size;
        spec.measure = width;
        spec.hyphenate = true;
        BreakOptions options;
        options.line_width = width;
        options.emergency_stretch = size * 1.5f;
        return set_text(build_paragraph(text, spec, context), options, Align::Justify);
    }
};

bool ends_with_hyphen(const SetText& t, const SetLine& line) {
    if (line.piece_count == 0) {
        return false;
    }
    const auto& piece = t.pieces[line.piece_begin + line.piece_count - 1];
    const auto& f = t.material.fragments[static_cast<std::size_t>(piece.fragment)];
    return f.glyph_count == 1 && f.width < 5 && t.material.items.size() > 0 &&
           std::any_of(t.material.items.begin(), t.material.items.end(), [&](const Item& it) {
               return it.kind == Item::Kind::Penalty && it.flagged && it.fragment == piece.fragment;
           });
}

}  // namespace

TEST_CASE("justified paragraphs fill the measure and never overflow", "[pdf][breaking]") {
    Fixture fx;
    const Article seed = test::load_sample("harbin-expo");
    for (float width : {120.0f, 160.0f, 242.0f, 400.0f}) {
        for (const auto& block : seed.body) {
            const auto& p = std::get<Paragraph>(block.content);
            SetText t = fx.set(p.content, width);
            REQUIRE_FALSE(t.lines.empty());
            int run = 0;
            for (std::size_t i = 0; i < t.lines.size(); ++i) {
                const SetLine& line = t.lines[i];
                INFO("width " << width << " line " << i << " of " << plain_text(p.content));
                CHECK(line.width <= width + 0.05f);
                if (i + 1 < t.lines.size()) {
                    CHECK(line.width == Approx(width).margin(0.05));
                }
                run = ends_with_hyphen(t, line) ? run + 1 : 0;
                CHECK(run <= 2);
            }
        }
    }
}

TEST_CASE("the last line is ragged and keeps natural spaces", "[pdf][breaking]") {
    Fixture fx;
    SetText t = fx.set(test::inline_text("A short paragraph that ends here."), 300);
    REQUIRE(t.lines.size() == 1);
    CHECK(t.lines[0].width < 200);
}

TEST_CASE("an over-long word breaks rather than overflows", "[pdf][breaking]") {
    Fixture fx;
    SetText t = fx.set(
        test::inline_text(
            "See "
            "https://example.org/a/very/long/path/that/does/not/fit/in/any/narrow/column/at/all "
            "for details."),
        90);
    for (const auto& line : t.lines) {
        CHECK(line.width <= 90.05f);
    }
}

TEST_CASE("CJK lines break between ideographs but not before closing punctuation",
          "[pdf][breaking][cjk]") {
    Fixture fx;
    const Article zh = test::load_sample("harbin-ice-festival-zh");
    for (float width : {100.0f, 145.0f, 242.0f}) {
        for (const auto& block : zh.body) {
            const auto* p = std::get_if<Paragraph>(&block.content);
            if (!p) {
                continue;
            }
            SetText t = fx.set(p->content, width, 9.68f, true);
            for (std::size_t i = 0; i < t.lines.size(); ++i) {
                const SetLine& line = t.lines[i];
                CHECK(line.width <= width + 0.05f);
                if (i == 0 || line.piece_count == 0) {
                    continue;
                }
                const auto& f =
                    t.material
                        .fragments[static_cast<std::size_t>(t.pieces[line.piece_begin].fragment)];
                const std::uint16_t gid = t.material.glyphs[f.glyph_begin];
                const char32_t first = fx.unicodes.lookup(f.face, gid);
                INFO("line " << i << " starts with U+" << std::hex << static_cast<unsigned>(first));
                CHECK_FALSE(no_break_before(first));
            }
        }
    }
}

namespace {

// The break opportunities build_plain gives one word: a flagged penalty drawing a
// fragment is an added hyphen.
struct WordBreaks {
    int added_hyphens = 0;
    int plain_breaks = 0;
};

WordBreaks breaks_of(Fixture& fx, std::string_view word) {
    ParagraphSpec spec;
    spec.style.size = 9.5f;
    spec.measure = 1000;  // no emergency breaks
    spec.hyphenate = true;
    const ItemList list = build_plain(word, spec, fx.context);
    WordBreaks b;
    for (std::size_t i = 0; i + 2 < list.items.size(); ++i) {  // the final forced break aside
        const Item& it = list.items[i];
        if (it.kind != Item::Kind::Penalty || it.penalty >= infinite_penalty) {
            continue;
        }
        if (it.flagged && it.fragment >= 0) {
            ++b.added_hyphens;
        } else if (!it.flagged) {
            ++b.plain_breaks;
        }
    }
    return b;
}

}  // namespace

TEST_CASE("URLs and e-mail addresses break after separators, never with an added hyphen",
          "[pdf][breaking]") {
    Fixture fx;
    // Dictionary hyphenation alone would break "international" and "correspondence".
    REQUIRE(breaks_of(fx, "international").added_hyphens > 0);
    for (const char* address : {"https://www.example.org/international/correspondence",
                                "www.international-correspondence.org/archives",
                                "correspondence.desk@international.example.org",
                                "https://example.org/inter\xC2\xADnational"}) {
        INFO(address);
        const WordBreaks b = breaks_of(fx, address);
        CHECK(b.added_hyphens == 0);
        CHECK(b.plain_breaks >= 2);
    }
    // Set in a narrow column, no line of the paragraph ends in an added hyphen.
    SetText t =
        fx.set(test::inline_text("Write to correspondence.desk@international.example.org or "
                                 "see https://www.example.org/international/correspondence "
                                 "for the full archives of the newsroom."),
               110);
    for (std::size_t i = 0; i < t.lines.size(); ++i) {
        INFO("line " << i);
        CHECK(t.lines[i].width <= 110.05f);
        CHECK_FALSE(ends_with_hyphen(t, t.lines[i]));
    }
}

TEST_CASE("a word spelled with a hyphen breaks only at that hyphen", "[pdf][breaking]") {
    Fixture fx;
    REQUIRE(breaks_of(fx, "establishment").added_hyphens > 0);
    const WordBreaks b = breaks_of(fx, "long-establishment");
    CHECK(b.added_hyphens == 0);
}

TEST_CASE("pairs like AV, To and Wa are kerned by the font", "[pdf][breaking][kerning]") {
    Fixture fx;
    ParagraphSpec spec;
    spec.style.size = 20;
    spec.style.face.family = Family::Sans;
    spec.hyphenate = false;
    const FontFace& sans = fx.fonts.face(FaceId::LiberationSans);
    for (const char* pair : {"AV", "To", "Wa"}) {
        INFO(pair);
        const ItemList list = build_plain(pair, spec, fx.context);
        const float separate =
            static_cast<float>(sans.advance(sans.glyph(static_cast<unsigned char>(pair[0]))) +
                               sans.advance(sans.glyph(static_cast<unsigned char>(pair[1])))) *
            spec.style.size / 1000.0f;
        CHECK(natural_width(list) < separate - 0.5f);
    }
    // "mm" has no kerning pair: the word keeps its nominal width.
    std::vector<int> kerns;
    sans.kerning(U"mm", kerns);
    CHECK(kerns == std::vector<int>{0, 0});
    sans.kerning(U"AV", kerns);
    CHECK(kerns[1] < 0);
}

TEST_CASE("Thai, written without spaces, breaks between the words of ICU's dictionary",
          "[pdf][breaking][thai]") {
    Fixture fx;
    fx.context.language = "th";
    ParagraphSpec spec;
    spec.style.size = 9.5f;
    spec.measure = 1000;  // no emergency breaks
    spec.hyphenate = true;
    // "Thailand has a population of about sixty-six million", nine words by ICU 72's
    // dictionary (test_unicode_text.cpp checks the positions):
    // ประเทศไทย|มี|ประชากร|ประมาณ|หก|สิบ|หก|ล้าน|คน. Before ICU it had no break at all.
    const std::string text = "ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน";
    const ItemList list = build_plain(text, spec, fx.context);
    int breaks = 0;
    for (std::size_t i = 1; i + 2 < list.items.size(); ++i) {  // the final forced break aside
        const Item& it = list.items[i];
        const bool glue_break =
            it.kind == Item::Kind::Glue && list.items[i - 1].kind == Item::Kind::Box;
        const bool penalty_break = it.kind == Item::Kind::Penalty && it.penalty < infinite_penalty;
        breaks += glue_break || penalty_break ? 1 : 0;
        CHECK_FALSE(it.flagged);  // no hyphen between Thai words
    }
    CHECK(breaks == 8);
    // Set in a narrow column it takes several lines, none overfull.
    fx.context.language = "th";
    const SetText t = fx.set(test::inline_text(text), 60);
    CHECK(t.lines.size() >= 3);
    for (const auto& line : t.lines) {
        CHECK(line.width <= 60.05f);
    }
}

namespace {

// The characters before each added hyphen of one word, by counting the glyphs of the
// boxes in front of it (unshaped Cyrillic: one glyph per character, marks included).
std::vector<std::size_t> hyphen_positions(Fixture& fx, std::string_view word) {
    ParagraphSpec spec;
    spec.style.size = 9.5f;
    spec.measure = 1000;
    spec.hyphenate = true;
    const ItemList list = build_plain(word, spec, fx.context);
    std::vector<std::size_t> at;
    std::size_t glyphs = 0;
    for (const Item& it : list.items) {
        if (it.kind == Item::Kind::Box && it.fragment >= 0) {
            glyphs += list.fragments[static_cast<std::size_t>(it.fragment)].glyph_count;
        } else if (it.kind == Item::Kind::Penalty && it.flagged && it.fragment >= 0) {
            at.push_back(glyphs);
        }
    }
    return at;
}

}  // namespace

TEST_CASE("a stress accent neither splits a word for hyphenation nor leaves its letter",
          "[pdf][breaking][hyphenation]") {
    Fixture fx;
    // достопримечательность with the stress on the second-last о: U+0301 after
    // index 17 has no precomposed form, so NFC keeps it. Split at the mark, the word
    // would lose its break before "ность" (index 16: the patterns want 3 letters after).
    const std::vector<std::size_t> plain = hyphen_positions(fx, "достопримечательность");
    REQUIRE(std::find(plain.begin(), plain.end(), 16u) != plain.end());
    std::vector<std::size_t> expected;
    for (std::size_t p : plain) {
        expected.push_back(p >= 18 ? p + 1 : p);  // the mark shifts what follows it
    }
    CHECK(hyphen_positions(fx, "достопримечательно\u0301сть") == expected);
}

namespace {

// `words` words of 20 points with spaces of 5 (stretch 10, shrink 4) and a paragraph
// end (fill glue and a forced break).
std::vector<Item> words_of(int words) {
    std::vector<Item> items;
    for (int w = 0; w < words; ++w) {
        if (w > 0) {
            items.push_back(Item::glue(5, 10, 4));
        }
        items.push_back(Item::box(20, -1));
    }
    items.push_back(Item::make_penalty(infinite_penalty));
    items.push_back(Item::glue(0, 100000, 0));
    items.push_back(Item::make_penalty(force_break));
    return items;
}

}  // namespace

TEST_CASE("looseness sets a paragraph a line longer or shorter when the tolerance allows",
          "[pdf][breaking]") {
    // 25 words in lines of 150 points: six words (145 points) fill a line, so the best
    // breaking has five lines.
    const std::vector<Item> items = words_of(25);
    BreakOptions options;
    options.line_width = 150;
    options.second_tolerance = 1.5f;
    const auto best = break_lines(items, options);
    REQUIRE(best.size() == 5);

    // One line fewer: a line of seven words shrinks 20 points over six spaces that
    // shrink 24 (ratio -0.83).
    options.looseness = -1;
    CHECK(break_lines(items, options).size() == 4);
    // One line more than four full lines of six words: five words a line stretch 30
    // points over 40 (ratio 0.75). (Six lines of 25 words would need a line of four.)
    options.looseness = 1;
    CHECK(break_lines(items, options).size() == 5);
    const std::vector<Item> full_lines = words_of(24);
    options.looseness = 0;
    REQUIRE(break_lines(full_lines, options).size() == 4);
    options.looseness = 1;
    CHECK(break_lines(full_lines, options).size() == 5);
    // Two lines fewer would need nine words a line: not within the tolerance, so the
    // best breaking stays.
    options.looseness = -2;
    const auto kept = break_lines(items, options);
    REQUIRE(kept.size() == best.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        CHECK(kept[i].position == best[i].position);
    }
}
