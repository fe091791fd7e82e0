// Scripts whose glyphs depend on their neighbours, set left to right: Devanagari (the
// short i drawn before its consonant, conjuncts, reph) and Thai (stacked marks, SARA AM
// split in two). Shaped by HarfBuzz; extracted in logical order by poppler and MuPDF.
#include "article_files.hpp"
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "fonts/font_catalog.hpp"
#include "fonts/glyph_copies.hpp"

#include <galley/loader.hpp>
#include <galley/text.hpp>

#include <catch2/catch.hpp>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

using namespace galley;
using namespace galley::test;

namespace {

// Headline and paragraphs, in reading order.
std::vector<std::string> reading_texts(const Article& a) {
    std::vector<std::string> out{plain_text(a.headline)};
    for (const auto& block : a.body) {
        if (const auto* p = std::get_if<Paragraph>(&block.content)) {
            out.push_back(plain_text(p->content));
        }
    }
    return out;
}

// Each text appears in `extracted`, in order, after the one before.
void check_in_order(const std::string& extracted, const std::vector<std::string>& texts,
                    bool drop_spaces, const std::string& engine) {
    const std::string got = normalize(extracted, drop_spaces);
    std::size_t from = 0;
    for (const std::string& text : texts) {
        const std::string want = normalize(text, drop_spaces);
        INFO(engine << ": \"" << want << "\"\nextracted:\n" << got);
        const std::size_t at = got.find(want, from);
        REQUIRE(at != std::string::npos);
        from = at + want.size();
    }
}

// The texts in order in poppler (by position, and in content order with -raw) and in
// MuPDF, which measures glyphs by the font program's own widths.
void check_engines_read(const PdfFile& pdf, const std::vector<std::string>& texts,
                        bool drop_spaces) {
    check_in_order(pdf.text(), texts, drop_spaces, "pdftotext");
    check_in_order(pdf.tool({"pdftotext", "-raw", "-enc", "UTF-8"}, {"-"}).out, texts, drop_spaces,
                   "pdftotext -raw");
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    CHECK(mutool.exit_code == 0);
    check_in_order(mutool.out, texts, drop_spaces, "mutool");
}

// The rendered, uncompressed PDF (qpdf --qdf), to read its fonts' objects.
std::string uncompressed(const PdfFile& pdf) {
    auto r = pdf.tool({"qpdf", "--qdf", "--object-streams=disable"}, {"-"});
    REQUIRE(r.exit_code == 0);
    return r.out;
}

}  // namespace

TEST_CASE("Devanagari is shaped: the short i before its consonant, conjuncts as one glyph",
          "[pdf][shaping]") {
    pdf::FontCatalog fonts;
    const pdf::FontFace& face = fonts.face(pdf::FaceId::NotoSerifDevanagari);
    std::vector<pdf::FontFace::ShapedGlyph> glyphs;
    face.shape(U"\u0915\u093F", false, "hi", glyphs);  // कि
    REQUIRE(glyphs.size() == 2);
    CHECK(glyphs[1].gid == face.glyph(U'\u0915'));           // the consonant is drawn second
    face.shape(U"\u0915\u094D\u0937", false, "hi", glyphs);  // क्ष
    CHECK(glyphs.size() == 1);
    face.shape(U"\u0930\u094D\u0915", false, "hi", glyphs);  // र्क: reph after the ka
    REQUIRE(glyphs.size() == 2);
    CHECK(glyphs[0].gid == face.glyph(U'\u0915'));
}

TEST_CASE("a Hindi article is shaped and extracts in logical order in poppler and MuPDF",
          "[pdf][shaping]") {
    const Article a = pdf_fixture("hindi");
    PdfFile pdf(render_clean_pdf(a));
    const std::vector<std::string> texts = reading_texts(a);

    // The text exactly in poppler, and in MuPDF too, as the glyph copies carry the
    // variants' widths (a letter ends where its vowel sign is drawn, so no space is read
    // inside a word).
    check_engines_read(pdf, texts, false);

    // Drawn shaped: the conjunct क्ष is one glyph whose code extracts as its three
    // characters.
    CHECK(uncompressed(pdf).find("<0915094D0937>") != std::string::npos);
}

TEST_CASE("Indic and Southeast Asian news extracts exactly in poppler and MuPDF",
          "[pdf][shaping]") {
    // Words that begin with a conjunct (the first glyph extracts as the letters before
    // its virama or vowel sign, a glyph with no ink or width after it as the rest, for
    // pdf.js, which tests/pdfjs checks), Bengali reph and vowel signs on both sides,
    // Tamil pulli, and a paragraph in each of eleven more scripts.
    const char* fixture =
        GENERATE("devanagari-news", "bengali-news", "tamil-news", "more-scripts", "burmese");
    INFO(fixture);
    const Article a = pdf_fixture(fixture);
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());  // every character has a face
    const std::vector<std::string> texts = reading_texts(a);
    // Burmese lines break between words written without a space, where the engines
    // put a line end: compared without white space (tests/pdfjs keeps the spaces).
    const bool drop_spaces = std::string(fixture) == "burmese";
    check_engines_read(pdf, texts, drop_spaces);
    if (std::string(fixture) == "devanagari-news") {
        // प्र of प्रधानमंत्री: the conjunct's glyph as प, then the blank as ्र.
        CHECK(uncompressed(pdf).find("<094D0930>") != std::string::npos);
    }
    if (std::string(fixture) == "more-scripts") {
        const std::string fonts = pdf.tool({"pdffonts"}).out;
        for (const char* face :
             {"NotoSerifLao", "NotoSerifKhmer", "NotoSerifMyanmar", "NotoSerifSinhala",
              "NotoSerifGujarati", "NotoSerifGurmukhi", "NotoSerifKannada", "NotoSerifMalayalam",
              "NotoSerifTelugu", "NotoSansOriya", "NotoSerifTibetan"}) {
            CHECK(fonts.find(std::string("+") + face) != std::string::npos);
        }
    }
}

TEST_CASE("glyph copies: appended to a TrueType font with their own advance", "[pdf][fonts]") {
    pdf::FontCatalog fonts;
    const pdf::FontFace& face = fonts.face(pdf::FaceId::NotoSerifDevanagari);
    const std::string path = "/usr/share/fonts/truetype/noto/NotoSerifDevanagari-Regular.ttf";
    std::ifstream in(path, std::ios::binary);
    const std::string original((std::istreambuf_iterator<char>(in)), {});
    REQUIRE(!original.empty());
    const std::uint16_t ka = face.glyph(U'\u0915');
    const std::uint16_t aa = face.glyph(U'\u093E');
    // Two copies of KA, then KA and AA as one composite glyph, AA moved 500 right, 40 up.
    const std::string copied = pdf::append_glyph_copies(
        original, {{ka, 300}, {ka, 0}, {0, 900, {{ka, 0, 0}, {aa, 500, 40}}}});
    REQUIRE(!copied.empty());
    hb_blob_t* blob = hb_blob_create(copied.data(), static_cast<unsigned>(copied.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* hb_face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(hb_face);
    const unsigned glyphs = face.glyph_count();
    CHECK(hb_face_get_glyph_count(hb_face) == glyphs + 3);
    CHECK(hb_font_get_glyph_h_advance(font, glyphs) == 300);
    CHECK(hb_font_get_glyph_h_advance(font, glyphs + 1) == 0);
    CHECK(hb_font_get_glyph_h_advance(font, glyphs + 2) == 900);
    CHECK(hb_font_get_glyph_h_advance(font, ka) ==
          std::lround(face.advance(ka) * face.units_per_em() / 1000.0));
    // The copy draws what the original draws.
    hb_glyph_extents_t a{}, b{};
    REQUIRE(hb_font_get_glyph_extents(font, ka, &a));
    REQUIRE(hb_font_get_glyph_extents(font, glyphs, &b));
    CHECK(a.x_bearing == b.x_bearing);
    CHECK(a.width == b.width);
    CHECK(a.height == b.height);
    // The composite covers both parts where they were put: KA's left edge, AA's right
    // edge moved 500 (HarfBuzz reads the composite's outline through its components).
    hb_glyph_extents_t vowel{}, both{};
    REQUIRE(hb_font_get_glyph_extents(font, aa, &vowel));
    REQUIRE(hb_font_get_glyph_extents(font, glyphs + 2, &both));
    CHECK(both.x_bearing == std::min(a.x_bearing, vowel.x_bearing + 500));
    CHECK(both.x_bearing + both.width ==
          std::max(a.x_bearing + a.width, vowel.x_bearing + 500 + vowel.width));
    CHECK(both.y_bearing == std::max(a.y_bearing, vowel.y_bearing + 40));
    hb_font_destroy(font);
    hb_face_destroy(hb_face);
    hb_blob_destroy(blob);
    // Not a TrueType font: nothing.
    CHECK(pdf::append_glyph_copies("not a font", {{1, 100}}).empty());
}

TEST_CASE("Thai is shaped: marks stacked, SARA AM split, text kept", "[pdf][shaping]") {
    pdf::FontCatalog fonts;
    const pdf::FontFace& face = fonts.face(pdf::FaceId::NotoSerifThai);
    std::vector<pdf::FontFace::ShapedGlyph> glyphs;
    // น้ำ: NO NU, MAI THO, SARA AM; the shaper draws SARA AM as NIKHAHIT + SARA AA and
    // takes the smaller tone mark that sits above the NIKHAHIT.
    face.shape(U"\u0E19\u0E49\u0E33", false, "th", glyphs);
    REQUIRE(glyphs.size() == 4);
    CHECK(glyphs[3].gid == face.glyph(U'\u0E32'));
    CHECK(glyphs[2].gid != face.glyph(U'\u0E49'));

    const Article a = pdf_fixture("thai");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());
    const std::vector<std::string> texts = reading_texts(a);
    // Both engines read the text as written: the cluster of more glyphs than characters
    // is one composite glyph whose code extracts as น้ำ (before, MuPDF read SARA AM as
    // NIKHAHIT + SARA AA, its compatibility decomposition).
    check_in_order(pdf.text(), texts, true, "pdftotext");
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    check_in_order(mutool.out, texts, true, "mutool");
    CHECK(mutool.out.find("\u0E4D\u0E32") == std::string::npos);
}

TEST_CASE("clusters of more glyphs than characters extract as written in both engines",
          "[pdf][shaping]") {
    // Bengali O and AU drawn on both sides of their consonant (কো, কৌ), and Thai SARA AM
    // under and beside a tone mark (น้ำ, คำ): each cluster is one composite glyph.
    const std::string bengali = "\u0995\u09CB\u09B2\u0995\u09BE\u09A4\u09BE "
                                "\u09AC\u09A8\u09CD\u09A6\u09B0 \u0995\u09CC\u09B6\u09B2";
    const std::string thai = "\u0E19\u0E49\u0E33 \u0E04\u0E33 \u0E01\u0E33\u0E25\u0E31\u0E07";
    const Article a = test::ArticleBuilder("clusters", "bn")
                          .headline(bengali)
                          .created(date(2024, 5, 9))
                          .paragraph(bengali + " " + thai)
                          .build();
    PdfFile pdf(render_clean_pdf(a));
    const std::vector<std::string> texts{bengali, bengali + " " + thai};
    check_in_order(pdf.text(), texts, false, "pdftotext");
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    check_in_order(mutool.out, texts, false, "mutool");
    // Each cluster is one code whose ToUnicode text is the whole cluster (คำ: three
    // glyphs), except that a word's first cluster extracts up to its first nonspacing
    // mark and a blank glyph after it as the rest (น้ำ: น, then ้ำ), for pdf.js.
    const std::string objects = uncompressed(pdf);
    CHECK(objects.find("> <099509CB>") != std::string::npos);
    CHECK(objects.find("> <0E040E33>") != std::string::npos);
    CHECK(objects.find("> <0E490E33>") != std::string::npos);
}

TEST_CASE("justified Thai spreads a line's slack between its clusters", "[pdf][shaping]") {
    // Two paragraphs of news text with few spaces. Justified by its spaces alone, a line
    // with one showed one gap of eight spaces. width (ผ่านมา … โดยมีผู้).
    const std::string first =
        "กรุงเทพมหานครเปิดท่าเรือแห่งใหม่ริมแม่น้ำเจ้าพระยาเมื่อวันจันทร์ที่ผ่านมา "
        "โดยมีผู้โดยสารใช้บริการมากกว่าสองพันคนในวันแรก "
        "เจ้าหน้าที่กล่าวว่าท่าเรือนี้จะช่วยลดปัญหาการจราจรบนถนนสายหลักและทำให้การเดินทางสะดวกขึ้น";
    const std::string second = "นายกเทศมนตรีกล่าวว่าโครงการนี้ใช้งบประมาณทั้งหมดประมาณสามร้อยล้านบาท "
                               "และคาดว่าจะมีท่าเรือเพิ่มอีกห้าแห่งภายในปีหน้า "
                               "ประชาชนที่อาศัยอยู่ใกล้แม่น้ำต่างแสดงความพอใจกับบริการใหม่นี้";
    const Article a = test::ArticleBuilder("thai-justified", "th")
                          .headline("กรุงเทพฯ เปิดท่าเรือใหม่")
                          .created(date(2024, 5, 9))
                          .paragraph(first)
                          .paragraph(second)
                          .build();
    PdfFile pdf(render_clean_pdf(a));
    // Extracted exactly by both engines: no gap read as a space, no mark off its letter.
    check_in_order(pdf.text(), {first, second}, true, "pdftotext");
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    check_in_order(mutool.out, {first, second}, true, "mutool");

    // The widest gap at a space on a body line, against the space's own width, from
    // MuPDF's character boxes grouped by baseline (MuPDF itself cut the widest gap's
    // line in two).
    auto stext = pdf.tool({"mutool", "draw", "-q", "-F", "stext", "-o", "-"});
    const std::regex char_re(
        R"re(<char quad="([-\d.]+) [-\d.]+ ([-\d.]+) [^"]*" x="[-\d.]+" y="([-\d.]+)"[^>]* c="([^"]*)"/>)re");
    std::map<long, std::vector<std::tuple<double, double, std::string>>> lines;  // by baseline
    std::istringstream in(stext.out);
    std::string row;
    while (std::getline(in, row)) {
        std::smatch m;
        if (std::regex_search(row, m, char_re)) {
            lines[std::lround(std::stod(m[3].str()) * 10)].emplace_back(
                std::stod(m[1].str()), std::stod(m[2].str()), m[4].str());
        }
    }
    double widest = 0, space = 0;
    int spaces = 0;
    for (auto& [baseline, chars] : lines) {
        if (chars.size() < 40) {
            continue;  // the headline, dateline, footer
        }
        std::sort(chars.begin(), chars.end());
        for (std::size_t i = 1; i + 1 < chars.size(); ++i) {
            if (std::get<2>(chars[i]) == " ") {
                space = std::get<1>(chars[i]) - std::get<0>(chars[i]);
                widest = std::max(widest, std::get<0>(chars[i + 1]) - std::get<1>(chars[i - 1]));
                ++spaces;
            }
        }
    }
    INFO(stext.out.substr(0, 3000));
    REQUIRE(spaces >= 2);
    REQUIRE(space > 0);
    CHECK(widest < 4 * space);  // 8.4 spaces wide when only the spaces stretched
}

namespace {

// Rows of ink in the page region from `top` to `bottom` (points) across `left` to `right`,
// rendered at 100 dpi: how many bands of inked rows with blank rows between them.
int ink_bands(const PdfFile& pdf, double left, double top, double right, double bottom) {
    const double scale = 100.0 / 72.0;
    const DarkMap map = dark_map(render_pixels(
        pdf, 100, static_cast<int>(left * scale), static_cast<int>(top * scale),
        static_cast<int>((right - left) * scale), static_cast<int>((bottom - top) * scale)));
    int bands = 0;
    bool previous = false;
    for (int y = 0; y < map.height; ++y) {
        bool inked = false;
        for (int x = 0; x < map.width && !inked; ++x) {
            inked = map.at(x, y);
        }
        bands += inked && !previous ? 1 : 0;
        previous = inked;
    }
    return bands;
}

// The body's lines of Myanmar text: their count and the region they cover (points).
struct BodyLines {
    int count = 0;
    double left = 1e9, top = 1e9, right = 0, bottom = 0;
};

BodyLines myanmar_body_lines(const PdfFile& pdf, double below) {
    auto r = pdf.tool({"pdftotext", "-bbox", "-enc", "UTF-8"}, {"-"});
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    BodyLines lines;
    std::vector<double> bottoms;
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), word);
         it != std::sregex_iterator(); ++it) {
        const double y0 = std::stod((*it)[2]), y1 = std::stod((*it)[4]);
        const std::string text = (*it)[5];
        if (y0 < below || text.rfind("\xE1\x80", 0) != 0) {  // U+1000..U+103F starts
            continue;
        }
        if (std::none_of(bottoms.begin(), bottoms.end(),
                         [&](double b) { return std::abs(b - y1) < 1; })) {
            bottoms.push_back(y1);
        }
        lines.left = std::min(lines.left, std::stod((*it)[1]));
        lines.right = std::max(lines.right, std::stod((*it)[3]));
        lines.top = std::min(lines.top, y0);
        lines.bottom = std::max(lines.bottom, y1);
    }
    lines.count = static_cast<int>(bottoms.size());
    return lines;
}

}  // namespace

TEST_CASE("Burmese lines are spaced so that their stacks do not touch", "[pdf][shaping]") {
    // In a Burmese article every line spacing is 1.4 times the Latin one, and each body
    // line's ink is a band of its own. The same text in an article in English, set at
    // the Latin spacing, runs its lines into each other: the check sees touching lines.
    const Article burmese = pdf_fixture("burmese");
    Article english = burmese;
    english.language = "en";
    int bands[2] = {0, 0};
    int lines[2] = {0, 0};
    int k = 0;
    const Article* articles[] = {&burmese, &english};
    for (const Article* a : articles) {
        PdfFile pdf(render_clean_pdf(*a));
        // Below the masthead's rule: the body's lines only.
        const BodyLines body = myanmar_body_lines(pdf, 200);
        REQUIRE(body.count >= 6);
        lines[k] = body.count;
        bands[k] = ink_bands(pdf, body.left, body.top + 4, body.right, body.bottom - 4);
        ++k;
    }
    INFO("Burmese: " << lines[0] << " lines, " << bands[0] << " bands of ink; English: " << lines[1]
                     << " lines, " << bands[1] << " bands");
    CHECK(bands[0] >= lines[0]);
    CHECK(bands[1] < lines[1]);
}
