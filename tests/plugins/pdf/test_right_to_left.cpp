// Hebrew and Arabic: text extracted by poppler and by MuPDF in logical order, lines and
// columns set from the right, Arabic letters joined, and the bidi and shaping pieces on
// their own.
#include "article_files.hpp"
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "fonts/font_catalog.hpp"
#include "text/bidi.hpp"

#include <galley/loader.hpp>
#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <variant>

using namespace galley;
using namespace galley::test;

namespace {

// Separators between words: ASCII other than letters and digits, general punctuation
// and the bidi controls poppler writes around runs (U+2000..U+206F), Arabic comma,
// semicolon and question mark. Brackets are separators, so a bracket drawn mirrored
// does not decide the words.
bool separator(char32_t c) {
    if (c < 0x80) {
        return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }
    return (c >= 0x2000 && c <= 0x206F) || c == 0x060C || c == 0x061B || c == 0x061F || c == 0xA0;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        if (c == 0x200C) {
            continue;  // the non-joiner shapes Persian words but is not extracted
        }
        if (separator(c)) {
            if (!word.empty()) {
                out.push_back(word);
                word.clear();
            }
        } else {
            append_utf8(word, c);
        }
    }
    if (!word.empty()) {
        out.push_back(word);
    }
    return out;
}

// The article's texts in reading order: headline, dek, then every paragraph and heading.
std::vector<std::string> reading_texts(const Article& a) {
    std::vector<std::string> out{plain_text(a.headline), plain_text(a.subheadline)};
    for (const auto& block : a.body) {
        if (const auto* p = std::get_if<Paragraph>(&block.content)) {
            out.push_back(plain_text(p->content));
        } else if (const auto* h = std::get_if<Heading>(&block.content)) {
            out.push_back(plain_text(h->content));
        }
    }
    return out;
}

// Whether each text's words appear in `extracted` as a contiguous run, in logical
// order, one text after another.
void check_logical_order(const std::string& extracted, const Article& a,
                         const std::string& engine) {
    const std::vector<std::string> got = words(extracted);
    std::size_t from = 0;
    for (const std::string& text : reading_texts(a)) {
        const std::vector<std::string> want = words(text);
        INFO(engine << ": \"" << text << "\"\nextracted:\n" << extracted);
        auto it = std::search(got.begin() + static_cast<std::ptrdiff_t>(from), got.end(),
                              want.begin(), want.end());
        REQUIRE(it != got.end());
        from = static_cast<std::size_t>(it - got.begin()) + want.size();
    }
}

struct Box {
    double x0 = 0, x1 = 0, y0 = 0;
};

// Every word with its box, in content order, from MuPDF's structured text (its
// characters come in the order they are drawn, which is logical order; poppler's
// -bbox output splits right-to-left words drawn that way into single letters).
std::vector<std::pair<std::string, Box>> word_boxes(const PdfFile& pdf) {
    auto r = pdf.tool({"mutool", "draw", "-q", "-F", "stext", "-o", "-"});
    std::vector<std::pair<std::string, Box>> out;
    std::string word;
    Box box;
    auto flush = [&] {
        if (!word.empty()) {
            out.emplace_back(word, box);
            word.clear();
        }
    };
    const std::regex token(
        R"re(<char quad="([-\d.]+) ([-\d.]+) ([-\d.]+)[^"]*"[^>]*c="([^"]*)"/>|</line>)re");
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), token);
         it != std::sregex_iterator(); ++it) {
        if (!(*it)[4].matched) {
            flush();
            continue;
        }
        std::string c = (*it)[4];
        if (c.rfind("&#x", 0) == 0) {
            std::string utf8;
            append_utf8(utf8, static_cast<char32_t>(std::stoul(c.substr(3), nullptr, 16)));
            c = utf8;
        } else if (c.front() == '&') {
            c.assign(1, ' ');  // &quot; &amp; ...: punctuation, a separator here (assign(): GCC 12
                               // -Wrestrict false positive on = " ")
        }
        std::size_t pos = 0;
        if (separator(next_code_point(c, pos))) {
            flush();
            continue;
        }
        const double x0 = std::stod((*it)[1]), y0 = std::stod((*it)[2]), x1 = std::stod((*it)[3]);
        if (word.empty()) {
            box = Box{x0, x1, y0};
        } else {
            box.x0 = std::min(box.x0, x0);
            box.x1 = std::max(box.x1, x1);
        }
        word += c;
    }
    flush();
    return out;
}

const Box* find_word(const std::vector<std::pair<std::string, Box>>& boxes, const std::string& w) {
    for (const auto& [text, box] : boxes) {
        if (text == w) {
            return &box;
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("Hebrew and Arabic articles extract in logical order in poppler and MuPDF",
          "[pdf][bidi]") {
    for (const std::string name : {"hebrew", "arabic", "persian"}) {
        DYNAMIC_SECTION(name) {
            const Article a = pdf_fixture(name);
            PdfFile pdf(render_clean_pdf(a));

            check_logical_order(pdf.text(), a, "pdftotext");
            auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
            CHECK(mutool.exit_code == 0);
            check_logical_order(mutool.out, a, "mutool");
            if (name != "hebrew") {
                // Body text in Noto Naskh Arabic, whose lam-alef is the lam's glyph and an
                // alef part with no advance (ثلاثين read "ث ا" + "لثين" in poppler before
                // the alef part got a width of its own): sans text in Noto Sans Arabic.
                auto fonts = pdf.tool({"pdffonts"});
                CHECK(fonts.out.find("+NotoNaskhArabic-Regular ") != std::string::npos);
                CHECK(fonts.out.find("+NotoSansArabic-Bold ") != std::string::npos);
            }
            if (name == "hebrew") {
                // Brackets drawn mirrored extract as written (a glyph variant's code).
                INFO(mutool.out);
                CHECK(mutool.out.find("(\u05D1\u05D9\u05DF 10:00 \u05DC-18:00)") !=
                      std::string::npos);
            }
        }
    }
}

TEST_CASE("Naskh ligatures of several letters extract in logical order in poppler and MuPDF",
          "[pdf][bidi]") {
    // Noto Naskh's الله is one glyph for lam, lam and heh (the two unseen letters follow
    // it, each a little left of the one before: at one place poppler read them
    // reversed, "الهل"); its lam-alef forms (لا، لأ، لإ، لآ) are two glyphs.
    const Article a = test::ArticleBuilder("naskh-ligatures", "ar")
                          .headline("\u0639\u0628\u062F \u0627\u0644\u0644\u0647 "
                                    "\u0641\u064A \u0631\u0627\u0645 \u0627\u0644\u0644\u0647")
                          .created(date(2024, 5, 9))
                          .paragraph("\u0648\u0631\u062D\u0645\u0629 \u0627\u0644\u0644\u0647 "
                                     "\u0648\u0628\u0631\u0643\u0627\u062A\u0647 "
                                     "\u0644\u0622\u0644\u0626 \u0644\u0623\u0646 "
                                     "\u0627\u0644\u0625\u0633\u0644\u0627\u0645 "
                                     "\u0628\u0644\u0627 \u0634\u0643")
                          .build();
    PdfFile pdf(render_clean_pdf(a));
    check_logical_order(pdf.text(), a, "pdftotext");
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    check_logical_order(mutool.out, a, "mutool");
}

TEST_CASE("vowel marks extract with their letters, in logical order (MuPDF)", "[pdf][shaping]") {
    // Each mark maps to itself in ToUnicode, drawn after its letter. (poppler reads the
    // marks' positions as separate lines: see plugins/pdf/README.md.)
    const Article a = pdf_fixture("marks");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    for (const std::string& text : reading_texts(a)) {
        if (!text.empty()) {
            INFO(mutool.out);
            CHECK(normalize(mutool.out).find(normalize(text)) != std::string::npos);
        }
    }
}

TEST_CASE("right-to-left lines, columns and page furniture are set from the right", "[pdf][bidi]") {
    const Article a = pdf_fixture("hebrew");
    // Two columns even though the article is short (it would be set in one otherwise).
    PdfFile pdf(render_pdf(a, {{"short-article", "columns"}}));
    const auto boxes = word_boxes(pdf);
    const double page_width = 595.276;  // A4
    // The headline's words run right to left; its first word ends at the right margin
    // (17 mm from the edge), its last one is well inside.
    const std::vector<std::string> headline = words(plain_text(a.headline));
    REQUIRE(headline.size() >= 3);
    for (std::size_t i = 1; i < headline.size(); ++i) {
        const Box* prev = find_word(boxes, headline[i - 1]);
        const Box* next = find_word(boxes, headline[i]);
        REQUIRE(prev);
        REQUIRE(next);
        CHECK(next->x1 < prev->x0);
    }
    CHECK(find_word(boxes, headline.front())->x1 == Approx(page_width - 17 * 72 / 25.4).margin(3));
    // The body starts in the right-hand column.
    const Box* body = nullptr;
    int seen = 0;
    for (const auto& [text, box] : boxes) {
        if (text == "הקו" && ++seen == 2) {
            body = &box;  // the first paragraph's first word (the dek's is the first)
            break;
        }
    }
    REQUIRE(body);
    CHECK(body->x0 > page_width / 2);
    CHECK(body->x1 == Approx(page_width - 17 * 72 / 25.4).margin(1));
    // The next paragraph's first-line indent is on the right.
    const Box* indented = find_word(boxes, "לדברי");
    REQUIRE(indented);
    CHECK(indented->x1 < body->x1 - 5);
    CHECK(indented->x1 > body->x1 - 20);
    // Latin inside a Hebrew line keeps its own order, between its Hebrew neighbours:
    // "... באתר Metropolitan Transit של ..." reads right to left around it.
    const Box* before = find_word(boxes, "באתר");
    const Box* metropolitan = find_word(boxes, "Metropolitan");
    const Box* transit = find_word(boxes, "Transit");
    const Box* after = find_word(boxes, "של");
    REQUIRE(before);
    REQUIRE(metropolitan);
    REQUIRE(transit);
    REQUIRE(after);
    CHECK(metropolitan->x1 < transit->x0);
    CHECK(transit->x1 < before->x0);
    // "של" occurs earlier too; the one on this line is left of "Metropolitan".
    bool after_found = false;
    for (const auto& [text, box] : boxes) {
        after_found = after_found || (text == "של" && std::abs(box.y0 - metropolitan->y0) < 1 &&
                                      box.x1 < metropolitan->x0);
    }
    CHECK(after_found);
    // The footer: the source on the right, the folio on the left.
    const Box* source = find_word(boxes, "חדשות");
    const Box* folio = find_word(boxes, "מתוך");
    REQUIRE(source);
    REQUIRE(folio);
    CHECK(source->x0 > page_width / 2);
    CHECK(folio->x1 < page_width / 2);
}

TEST_CASE("Arabic is shaped: joining forms, lam-alef, narrower than its isolated letters",
          "[pdf][shaping]") {
    pdf::FontCatalog fonts;
    const pdf::FontFace& face = fonts.face(pdf::FaceId::DejaVuSans);
    std::vector<pdf::FontFace::ShapedGlyph> glyphs;
    // سلام: seen, lam, alef, meem. Seen and lam join: their glyphs are not the cmap's
    // isolated forms; lam + alef become one ligature glyph.
    const std::u32string salam = U"\u0633\u0644\u0627\u0645";
    face.shape(salam, true, "ar", glyphs);
    REQUIRE(glyphs.size() == 3);
    // Visual order for right to left: the first letter is the last glyph.
    CHECK(glyphs.back().cluster == 0);
    CHECK(glyphs.back().gid != face.glyph(U'\u0633'));
    double shaped = 0, isolated = 0;
    for (const auto& g : glyphs) {
        shaped += g.advance;
    }
    for (char32_t c : salam) {
        isolated += face.advance(face.glyph(c));
    }
    CHECK(shaped < isolated);
    // Persian: a non-joiner keeps noon in its final form before alef (بین‌المللی).
    std::vector<pdf::FontFace::ShapedGlyph> joined, apart;
    face.shape(U"\u0646\u0627", true, "fa", joined);
    face.shape(U"\u0646\u200C\u0627", true, "fa", apart);
    REQUIRE(joined.size() == 2);
    REQUIRE(apart.size() == 2);  // the non-joiner itself gets no glyph
    CHECK(joined.back().gid != apart.back().gid);
    // Hebrew: one glyph per letter, reversed for display; brackets mirrored.
    face.shape(U"(\u05E9\u05DC\u05D5\u05DD)", true, "he", glyphs);
    REQUIRE(glyphs.size() == 6);
    CHECK(glyphs.front().cluster == 5);
    CHECK(glyphs.front().gid == face.glyph(U'('));  // the closing bracket, drawn mirrored
}

TEST_CASE("bidi levels: paragraph direction and visual order", "[pdf][bidi]") {
    std::vector<std::uint8_t> levels;
    // Hebrew first: a right-to-left paragraph; the Latin word inside is at level 2.
    CHECK(pdf::bidi_levels(U"\u05E9\u05DC\u05D5\u05DD abc \u05D0", false, levels) == 1);
    CHECK(levels[0] == 1);
    CHECK(levels[5] == 2);
    // Latin first: left to right unless the article's language says otherwise.
    CHECK(pdf::bidi_levels(U"abc \u05E9\u05DC\u05D5\u05DD", false, levels) == 0);
    CHECK(levels[0] == 0);
    CHECK(levels[4] == 1);
    CHECK(pdf::bidi_levels(U"abc \u05E9\u05DC\u05D5\u05DD", true, levels) == 1);
    CHECK(levels[0] == 2);
    CHECK_FALSE(pdf::has_right_to_left(U"Latin, \u0416, \u4E2D"));
    CHECK(pdf::has_right_to_left(U"x \u0627"));
    // Visual order: runs at odd levels reversed, a level-2 run inside kept in order.
    std::vector<std::int32_t> order;
    const std::uint8_t line[] = {1, 1, 2, 2, 1};
    pdf::visual_order(line, order);
    CHECK(order == std::vector<std::int32_t>{4, 2, 3, 1, 0});
}
