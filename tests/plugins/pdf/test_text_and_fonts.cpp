// Fonts and text: Ё drawn with its base letter (the nested-composite defect), fallback
// through the chain, warnings for characters no font has and scripts galley cannot
// shape, hyphenation dictionaries, and a clear error for a missing font file.
#include "article_builder.hpp"
#include "article_files.hpp"
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "fonts/font_catalog.hpp"
#include "text/hyphenator.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <vector>

using namespace galley;
using namespace galley::test;

namespace {

struct WordBox {
    double x0, y0, x1, y1;
};

// Word boxes from pdftotext -bbox, by word.
std::map<std::string, WordBox> word_boxes(const PdfFile& pdf) {
    auto r = pdf.tool({"pdftotext", "-bbox", "-enc", "UTF-8"}, {"-"});
    std::map<std::string, WordBox> out;
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), word);
         it != std::sregex_iterator(); ++it) {
        out.emplace((*it)[5], WordBox{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                                      std::stod((*it)[4])});
    }
    return out;
}

// A word's box rendered at 300 dpi in grey (a PGM from pdftoppm).
std::string render_box(const PdfFile& pdf, const WordBox& b) {
    const double scale = 300.0 / 72.0;
    return render_pixels(pdf, 300, static_cast<int>(b.x0 * scale), static_cast<int>(b.y0 * scale),
                         static_cast<int>((b.x1 - b.x0) * scale) + 1,
                         static_cast<int>((b.y1 - b.y0) * scale) + 1);
}

// Dark pixels inside a word's box, rendered at 300 dpi.
long ink(const PdfFile& pdf, const WordBox& b) { return dark_pixels(render_box(pdf, b)); }

// A one-paragraph article with a headline, named <id>.yaml in diagnostics.
Article one_paragraph(const std::string& id, const std::string& headline, const std::string& text) {
    return ArticleBuilder(id)
        .source_name(id + ".yaml")
        .headline(headline)
        .created(date(2024, 1, 1))
        .paragraph(text)
        .build();
}

bool warned(const DiagnosticCollector& c, const std::string& part) {
    for (const auto& d : c.diagnostics()) {
        if (d.severity == Severity::Warning && d.message.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("Ё and ё keep their base letters in every font set", "[pdf][fonts]") {
    // DejaVu draws Ё as a composite of a composite: libharu 2.3.0 would embed it empty.
    const Article a = ArticleBuilder("yo", "ru")
                          .headline("ЁЁЁ ЕЕЕ ёёё еее")
                          .created(date(2024, 1, 1))
                          .paragraph("Ещё раз: Ёлка и ёж.")
                          .build();
    for (const char* fonts : {"dejavu", "liberation"}) {
        DYNAMIC_SECTION(fonts) {
            PdfFile pdf(render_pdf(a, {{"fonts", fonts}}));
            auto boxes = word_boxes(pdf);
            REQUIRE(boxes.count("ЁЁЁ"));
            REQUIRE(boxes.count("ЕЕЕ"));
            REQUIRE(boxes.count("ёёё"));
            REQUIRE(boxes.count("еее"));
            // The diaeresis adds a little ink; a missing base letter would leave little.
            const long upper_yo = ink(pdf, boxes["ЁЁЁ"]), upper_e = ink(pdf, boxes["ЕЕЕ"]);
            const long lower_yo = ink(pdf, boxes["ёёё"]), lower_e = ink(pdf, boxes["еее"]);
            INFO("Ё " << upper_yo << " Е " << upper_e << " ё " << lower_yo << " е " << lower_e);
            CHECK(upper_e > 1000);
            CHECK(upper_yo > upper_e);
            CHECK(upper_yo < upper_e * 1.5);
            CHECK(lower_yo > lower_e);
            CHECK(lower_yo < lower_e * 1.6);
        }
    }
}

TEST_CASE("characters fall back through the font chain", "[pdf][fonts]") {
    // Greek and Cyrillic are in Liberation; the ideographs and arrows are not.
    const Article a = one_paragraph("fallback", "Fallback test",
                                    "Greek λόγος, arrows ⇄ ⟶, ideographs 哈尔滨, Cyrillic Ёлка.");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());
    const std::string fonts = pdf.tool({"pdffonts"}).out;
    CHECK(fonts.find("+LiberationSerif") != std::string::npos);
    CHECK(fonts.find("+DejaVu") != std::string::npos);
    CHECK(fonts.find("+NotoSerifCJKsc-Regular") != std::string::npos);  // not zh: Simplified
    const std::string text = normalize(pdf.text());
    CHECK(text.find("Greek λόγος, arrows ⇄ ⟶, ideographs 哈尔滨, Cyrillic Ёлка.") !=
          std::string::npos);
}

TEST_CASE("characters above U+FFFF are drawn when a font has them", "[pdf][fonts]") {
    // libharu's own UTF-8 path turns these into spaces; with CID = glyph id they are
    // ordinary glyphs. DejaVu Sans has emoticons and mathematical letters.
    galley::pdf::FontCatalog catalog;
    REQUIRE(catalog.face(galley::pdf::FaceId::DejaVuSans).has(0x1F600));
    const Article a =
        one_paragraph("astral", "Astral plane",
                      "Smile \xF0\x9F\x98\x80 and double-struck \xF0\x9D\x94\xB8 please.");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());
    CHECK(normalize(pdf.text())
              .find("Smile \xF0\x9F\x98\x80 and double-struck \xF0\x9D\x94\xB8 please.") !=
          std::string::npos);
    CHECK(pdf.tool({"pdffonts"}).out.find("+DejaVuSans ") != std::string::npos);
}

TEST_CASE("a character no font has is drawn as a box, extracted, and reported", "[pdf][fonts]") {
    // U+1F99C (parrot) is in none of the fonts; U+1820 (Mongolian a) and U+10FFFD
    // (private use) neither. U+1F680 (rocket) only Symbola has.
    const Article a = one_paragraph("missing", "Missing glyphs",
                                    "A parrot \xF0\x9F\xA6\x9C and a sign \xE1\xA0\xA0 and "
                                    "\xF4\x8F\xBF\xBD here, a rocket \xF0\x9F\x9A\x80 too.");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(pdf.tool({"qpdf", "--check"}).exit_code == 0);
    CHECK(warned(warnings, "U+1F99C"));
    CHECK(warned(warnings, "U+1820"));
    CHECK(warned(warnings, "U+10FFFD"));
    CHECK_FALSE(warned(warnings, "U+1F680"));
    // Placeholders carry /ActualText (poppler), and their codes map to the characters
    // in ToUnicode (MuPDF ignores ActualText): both engines give the characters.
    const std::string sentence = "A parrot \xF0\x9F\xA6\x9C and a sign \xE1\xA0\xA0 and "
                                 "\xF4\x8F\xBF\xBD here, a rocket \xF0\x9F\x9A\x80 too.";
    CHECK(normalize(pdf.text()).find(sentence) != std::string::npos);
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    INFO(mutool.out);
    CHECK(normalize(mutool.out).find(sentence) != std::string::npos);
    // Each placeholder prints as a box with ink (Liberation's .notdef is empty, and
    // hb-subset empties .notdef unless told to keep it), and so does the emoji.
    auto boxes = word_boxes(pdf);
    for (const char* glyph :
         {"\xF0\x9F\xA6\x9C", "\xE1\xA0\xA0", "\xF4\x8F\xBF\xBD", "\xF0\x9F\x9A\x80"}) {
        INFO(glyph);
        REQUIRE(boxes.count(glyph));
        CHECK(ink(pdf, boxes[glyph]) > 100);  // ~300 for the box at 300 dpi, 0 before
    }
    for (const auto& d : warnings.diagnostics()) {
        CHECK(d.where.file == "missing.yaml");
        CHECK(d.where.line > 0);
    }
}

TEST_CASE("Hebrew, Arabic and Thai are set without a warning", "[pdf][fonts]") {
    const Article a = one_paragraph(
        "scripts", "Scripts",
        "Arabic: \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85. Hebrew: \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D. Thai: "
        "\xE0\xB8\xAA\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\x94\xE0\xB8\xB5.");
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(warnings.diagnostics().empty());
    // Not lost, and in logical order inside each word.
    const std::string text = pdf.text();
    CHECK(text.find("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85") != std::string::npos);
    CHECK(text.find("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") != std::string::npos);
}

TEST_CASE("a missing font file is a clear error", "[pdf][fonts]") {
    galley::pdf::FontCatalog catalog("/nonexistent/fonts");
    try {
        catalog.face(galley::pdf::FaceId::LiberationSerif);
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::ExportFailed);
        const std::string what = e.what();
        CHECK(what.find("/nonexistent/fonts/truetype/liberation2/LiberationSerif-Regular.ttf") !=
              std::string::npos);
        CHECK(what.find("fonts-liberation2") != std::string::npos);
    }
    // The real catalog reads every face the chains name.
    galley::pdf::FontCatalog real;
    for (std::size_t i = 0; i < galley::pdf::face_count; ++i) {
        CHECK(real.face(static_cast<galley::pdf::FaceId>(i)).glyph_count() > 100);
    }
}

TEST_CASE("hyphenation dictionaries: English in UTF-8, Russian in KOI8-R", "[pdf][hyphenation]") {
    galley::pdf::HyphenatorCatalog catalog;
    auto points = [](const galley::pdf::Hyphenator& h, const std::u32string& word) {
        std::vector<bool> breaks;
        h.hyphenate(word, breaks);
        std::u32string out;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (breaks[i]) {
                out += U'-';
            }
            out += word[i];
        }
        return out;
    };
    const auto* en = catalog.find("en");
    REQUIRE(en);
    CHECK(points(*en, U"reconstruction") == U"re-con-struc-tion");
    CHECK(points(*en, U"International") == U"In-ter-na-tional");
    CHECK(points(*en, U"cat") == U"cat");
    const auto* ru = catalog.find("ru-RU");
    REQUIRE(ru);
    CHECK(ru->script() == galley::pdf::Script::Cyrillic);
    CHECK(points(*ru, U"правительство") == U"пра-ви-тельство");
    CHECK(points(*ru, U"Международный") == U"Между-на-род-ный");
    CHECK(points(*ru, U"освещённый") == U"осве-щён-ный");  // ё is in KOI8-R too
    CHECK(catalog.find("en-GB") == en);                    // no en_GB dictionary: en_US serves
    CHECK(catalog.find("xx") == nullptr);
}

namespace {

// Where the ink of a word's box sits across it: 0 at the left edge, 1 at the right
// (rendered at 300 dpi); -1 when the box has no ink.
double ink_centre_x(const PdfFile& pdf, const WordBox& b) {
    const DarkMap map = dark_map(render_box(pdf, b));
    double sum = 0;
    long dark = 0;
    for (int y = 0; y < map.height; ++y) {
        for (int x = 0; x < map.width; ++x) {
            if (map.at(x, y)) {
                sum += x;
                ++dark;
            }
        }
    }
    return dark == 0 ? -1.0 : sum / static_cast<double>(dark) / map.width;
}

// Every font line of pdffonts says embedded and subset.
void check_fonts_embedded(const PdfFile& pdf) {
    std::istringstream lines(pdf.tool({"pdffonts"}).out);
    std::string line;
    int fonts = 0;
    for (int n = 0; std::getline(lines, line); ++n) {
        if (n >= 2) {
            INFO(line);
            CHECK(std::regex_search(line, std::regex("Identity-H +yes yes yes")));
            ++fonts;
        }
    }
    CHECK(fonts > 0);
}

}  // namespace

TEST_CASE("Chinese is set in Noto Serif CJK of the article's region, embedded as CFF",
          "[pdf][fonts][cjk]") {
    struct Case {
        Article article;
        const char* face;  // in the PostScript name
    };
    Case cases[] = {
        {load_sample("harbin-ice-festival-zh"), "NotoSerifCJKsc-Regular"},
        {pdf_fixture("traditional-chinese"), "NotoSerifCJKtc-Regular"},
    };
    for (const Case& c : cases) {
        INFO(c.article.id);
        const std::string bytes = render_pdf(c.article);
        CHECK(bytes == render_pdf(c.article));  // deterministic
        PdfFile pdf(bytes);
        const auto check = pdf.tool({"qpdf", "--check"});
        CHECK(check.exit_code == 0);
        CHECK(check.err.empty());
        const std::string fonts = pdf.tool({"pdffonts"}).out;
        CHECK(std::regex_search(fonts, std::regex(std::string("\\+") + c.face + " +CID Type 0C")));
        check_fonts_embedded(pdf);
        // Both engines give every paragraph back exactly (line ends add no space in CJK).
        const std::string poppler = normalize(pdf.text(), true);
        const auto mupdf = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
        CHECK(mupdf.exit_code == 0);
        const std::string mutool = normalize(mupdf.out, true);
        for (const auto& block : c.article.body) {
            const auto* p = std::get_if<Paragraph>(&block.content);
            if (!p) {
                continue;
            }
            const std::string para = normalize(plain_text(p->content), true);
            INFO(para);
            CHECK(poppler.find(para) != std::string::npos);
            CHECK(mutool.find(para) != std::string::npos);
        }
    }
}

TEST_CASE("the Chinese full stop sits bottom left in Simplified and centred in Traditional",
          "[pdf][fonts][cjk]") {
    galley::pdf::FontCatalog catalog;
    using galley::pdf::FaceId;
    // One design, two regions: the same code point maps to different glyphs (locl forms).
    CHECK(catalog.face(FaceId::NotoSerifCjkSc).glyph(U'\u3002') !=
          catalog.face(FaceId::NotoSerifCjkTc).glyph(U'\u3002'));
    CHECK(catalog.face(FaceId::NotoSerifCjkSc).glyph(U'\uFF0C') !=
          catalog.face(FaceId::NotoSerifCjkTc).glyph(U'\uFF0C'));
    std::map<std::string, double> centre;
    for (const char* language : {"zh-Hans", "zh-Hant"}) {
        const Article a = ArticleBuilder("stop", language)
                              .headline("\xE5\x8F\xA5\xE8\x99\x9F")  // 句號
                              .created(date(2024, 1, 1))
                              .paragraph("\xE3\x80\x82")  // 。
                              .build();
        PdfFile pdf(render_pdf(a));
        auto boxes = word_boxes(pdf);
        REQUIRE(boxes.count("\xE3\x80\x82"));
        centre[language] = ink_centre_x(pdf, boxes["\xE3\x80\x82"]);
    }
    INFO("Simplified " << centre["zh-Hans"] << ", Traditional " << centre["zh-Hant"]);
    CHECK(centre["zh-Hans"] > 0.0);
    CHECK(centre["zh-Hans"] < 0.4);
    CHECK(centre["zh-Hant"] > 0.4);
    CHECK(centre["zh-Hant"] < 0.6);
}

TEST_CASE("standard ligatures: DejaVu joins f and i in one glyph that extracts as both",
          "[pdf][fonts][shaping]") {
    const std::string text = "The official staff filed fifty affidavits in a final flurry.";
    const Article a = one_paragraph("ligatures", "Official figures", text);
    // A ligature glyph has a code of its own whose ToUnicode entry is its letters.
    auto ligature_codes = [](const PdfFile& pdf) {
        auto r = pdf.tool({"qpdf", "--qdf", "--object-streams=disable"}, {"-"});
        REQUIRE(r.exit_code == 0);
        int found = 0;
        for (const char* letters : {"> <00660069>", "> <006600660069>", "> <0066006C>"}) {
            found += r.out.find(letters) != std::string::npos ? 1 : 0;
        }
        return found;
    };
    PdfFile dejavu(render_pdf(a, {{"fonts", "dejavu"}}));
    CHECK(ligature_codes(dejavu) >= 2);  // fi and ffi at least
    CHECK(normalize(dejavu.text()).find(text) != std::string::npos);
    auto mutool = dejavu.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    CHECK(normalize(mutool.out).find(text) != std::string::npos);
    // Liberation has no standard ligatures: every letter keeps its own glyph.
    PdfFile liberation(render_pdf(a));
    CHECK(ligature_codes(liberation) == 0);
    CHECK(normalize(liberation.text()).find(text) != std::string::npos);
}

namespace {

// Columns without ink between the first and the last inked column of a word's box
// (rendered at 300 dpi): 0 when the word's ink is one chain across its width.
long blank_columns(const PdfFile& pdf, const WordBox& b) {
    const DarkMap map = dark_map(render_box(pdf, b));
    std::vector<bool> inked(static_cast<std::size_t>(map.width), false);
    for (int y = 0; y < map.height; ++y) {
        for (int x = 0; x < map.width; ++x) {
            inked[static_cast<std::size_t>(x)] = inked[static_cast<std::size_t>(x)] || map.at(x, y);
        }
    }
    const auto first = std::find(inked.begin(), inked.end(), true);
    const auto last = std::find(inked.rbegin(), inked.rend(), true).base();
    return first >= last ? -1 : std::count(first, last, false);
}

}  // namespace

TEST_CASE("an Arabic word in Noto Naskh Arabic renders joined", "[pdf][fonts][shaping]") {
    // محمد: meem, hah, meem, dal, each joined to the next, as one chain of ink; the same
    // letters kept apart by zero-width non-joiners show gaps between them.
    const std::string meem = "\xD9\x85", hah = "\xD8\xAD", dal = "\xD8\xAF";
    const std::string zwnj = "\xE2\x80\x8C";
    const std::string joined = meem + hah + meem + dal;
    const std::string apart = meem + zwnj + hah + zwnj + meem + zwnj + dal;
    PdfFile pdf(render_clean_pdf(one_paragraph("naskh", "Naskh", joined + " " + apart)));
    CHECK(pdf.tool({"pdffonts"}).out.find("+NotoNaskhArabic-Regular ") != std::string::npos);
    // poppler's -bbox gives each letter of a right-to-left word drawn in logical order a
    // box of its own: the body line's eight letters, joined into words where they touch.
    auto r = pdf.tool({"pdftotext", "-bbox", "-enc", "UTF-8"}, {"-"});
    std::map<double, std::vector<WordBox>> letters_by_line;
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), word);
         it != std::sregex_iterator(); ++it) {
        const std::string letter = (*it)[5];
        if (letter == meem || letter == hah || letter == dal) {
            letters_by_line[std::stod((*it)[2])].push_back(
                WordBox{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                        std::stod((*it)[4])});
        }
    }
    std::vector<WordBox> words;
    for (auto& [y, letters] : letters_by_line) {
        if (letters.size() != 8) {
            continue;
        }
        std::sort(letters.begin(), letters.end(),
                  [](const WordBox& a, const WordBox& b) { return a.x0 < b.x0; });
        for (const WordBox& l : letters) {
            if (words.empty() || l.x0 > words.back().x1 + 1.0) {
                words.push_back(l);
            } else {
                words.back().x1 = std::max(words.back().x1, l.x1);
            }
        }
    }
    REQUIRE(words.size() == 2);
    // Right to left: the first word is on the right.
    CHECK(blank_columns(pdf, words[1]) == 0);
    CHECK(blank_columns(pdf, words[0]) > 0);
}
