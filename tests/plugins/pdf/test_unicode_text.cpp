// Unicode text handling from ICU: the code point classes of text/unicode_class.hpp,
// UAX #14 line-break opportunities and UAX #29 grapheme clusters (text/text_boundaries.hpp).
#include "article_files.hpp"
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "text/text_boundaries.hpp"
#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace galley;
using namespace galley::pdf;
using galley::test::PdfFile;
namespace fs = std::filesystem;

namespace {

std::vector<std::size_t> line_breaks(std::u32string_view text, std::string_view language) {
    std::vector<bool> breaks;
    find_line_breaks(text, language, breaks);
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        if (breaks[i]) {
            at.push_back(i);
        }
    }
    return at;
}

std::vector<std::size_t> grapheme_starts(std::u32string_view text) {
    std::vector<bool> starts;
    find_grapheme_starts(text, starts);
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        if (starts[i]) {
            at.push_back(i);
        }
    }
    return at;
}

// "Thailand has a population of about sixty-six million", without spaces as Thai is
// written. ICU 72's dictionary (checked with a small program over BreakIterator::
// createLineInstance("th")) divides it ประเทศไทย|มี|ประชากร|ประมาณ|หก|สิบ|หก|ล้าน|คน.
constexpr std::u32string_view thai = U"ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน";
const std::vector<std::size_t> thai_words{9, 11, 18, 24, 26, 29, 31, 35};

}  // namespace

TEST_CASE("scripts, spaces and invisible characters come from ICU's properties", "[pdf][unicode]") {
    CHECK(script_of(U'a') == Script::Latin);
    CHECK(script_of(U'ǆ') == Script::Latin);
    CHECK(script_of(U'Ж') == Script::Cyrillic);
    CHECK(script_of(U'ῷ') == Script::Greek);
    CHECK(script_of(U'א') == Script::Hebrew);
    CHECK(script_of(U'ش') == Script::Arabic);
    CHECK(script_of(U'ܐ') == Script::Arabic);  // Syriac, shaped like Arabic
    CHECK(script_of(U'क') == Script::Indic);
    CHECK(script_of(U'ก') == Script::SoutheastAsian);
    CHECK(script_of(U'ຮ') == Script::SoutheastAsian);  // Lao
    CHECK(script_of(U'漢') == Script::Cjk);
    CHECK(script_of(U'、') == Script::Cjk);
    CHECK(script_of(U'\U00020000') == Script::Cjk);  // extension B
    CHECK(script_of(U'7') == Script::Common);
    CHECK(script_of(0x0301) == Script::Common);  // a combining mark takes its base's script
    CHECK(script_of(U'ა') == Script::Other);     // Georgian

    CHECK(is_space(U' '));
    CHECK(is_space(0x3000));
    CHECK(is_space(0x2009));
    CHECK_FALSE(is_space(0x00A0));
    CHECK(is_no_break_space(0x00A0));
    CHECK(is_no_break_space(0x202F));
    CHECK(is_no_break_space(0x2007));
    CHECK_FALSE(is_no_break_space(U' '));
    for (char32_t cp : {0x00AD, 0x200B, 0x200D, 0x2066, 0xFEFF, 0x034F, 0xFE0F}) {
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(is_invisible(cp));
    }
    CHECK_FALSE(is_invisible(U'a'));
    CHECK(is_complex_context(U'ก'));
    CHECK(is_complex_context(U'ក'));  // Khmer
    CHECK_FALSE(is_complex_context(U'a'));
}

TEST_CASE("one is_cjk for the word count and the layout", "[pdf][unicode]") {
    for (char32_t cp : {U'漢', U'か', U'カ', U'ㄅ', U'한', U'、', U'。', U'「', U'ー', U'，',
                        char32_t{0x3000}, U'\U0002A700'}) {
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(is_cjk(cp));
    }
    // The middle dot is Latin and Greek punctuation too; no Western letter is CJK.
    for (char32_t cp : {U'a', U'·', U'—', U'“', U'Ж', U'ก'}) {
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK_FALSE(is_cjk(cp));
    }
    CHECK(word_count("哈尔滨冰雪节，开幕。") == 8);
    CHECK(word_count("नमस्ते दुनिया") == 2);  // vowel signs and virama inside the words
    CHECK(word_count("🎉 ✓ ★") == 0);       // symbols are not words
}

TEST_CASE("case mapping covers every cased script", "[pdf][unicode]") {
    CHECK(to_upper(U'a') == U'A');
    CHECK(to_upper(U'ж') == U'Ж');
    CHECK(to_upper(U'ω') == U'Ω');
    CHECK(to_upper(U'ա') == U'Ա');  // Armenian
    CHECK(to_upper(U'ǳ') == U'Ǳ');
    CHECK(to_upper(U'ß') == U'ß');  // no single upper-case letter: kept, not U+00BF
    CHECK(to_upper(U'ÿ') == U'Ÿ');
    CHECK(to_lower(U'Σ') == U'σ');
    CHECK(to_lower(U'Ɐ') == U'ɐ');
    CHECK(to_upper(U'7') == U'7');
    CHECK(to_upper(U'漢') == U'漢');
    CHECK(is_alphabetic(U'é'));
    CHECK(is_alphabetic(U'я'));
    CHECK_FALSE(is_alphabetic(U'·'));
    CHECK_FALSE(is_alphabetic(U'ก'));  // no hyphenation patterns for Thai
}

TEST_CASE("Thai breaks at the words of ICU's dictionary", "[pdf][unicode][breaking]") {
    CHECK(line_breaks(thai, "th") == thai_words);
    CHECK(line_breaks(thai, "") == thai_words);  // the dictionary does not need the tag
}

TEST_CASE("UAX #14 keeps CJK closing punctuation off the line start (kinsoku)",
          "[pdf][unicode][breaking][cjk]") {
    // 北|京|市，|今|天。|「好」
    CHECK(line_breaks(U"北京市，今天。「好」", "zh") == std::vector<std::size_t>{1, 2, 4, 5, 7});
    // Small kana and the long vowel mark never begin a Japanese line (strict kinsoku).
    CHECK(line_breaks(U"チョコレート", "ja") == std::vector<std::size_t>{2, 3, 5});
    for (char32_t cp : {U'，', U'。', U'」', U'）', U'ょ', U'ー', U'!', U'.'}) {
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(no_break_before(cp));
    }
    CHECK_FALSE(no_break_before(U'「'));
    CHECK_FALSE(no_break_before(U'漢'));
}

TEST_CASE("Western breaks follow UAX #14 after hyphens, dashes and slashes",
          "[pdf][unicode][breaking]") {
    // well-|known and/|or — em|—|dash; none inside numbers or before punctuation.
    const std::u32string text = U"well-known and/or em—dash 1,000.5 -5 (x) ok.";
    const std::vector<std::size_t> at = line_breaks(text, "en");
    for (std::size_t i : {5, 11, 15, 18, 20, 21}) {
        INFO(i);
        CHECK(std::find(at.begin(), at.end(), i) != at.end());
    }
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i - 1] != U' ' && text[i - 1] != U'-' && text[i - 1] != U'/' &&
            text[i - 1] != U'—' && text[i] != U'—') {
            INFO(i);
            CHECK(std::find(at.begin(), at.end(), i) == at.end());
        }
    }
}

TEST_CASE("grapheme clusters keep letters with their marks, conjuncts and emoji sequences",
          "[pdf][unicode]") {
    // e + acute | x
    CHECK(grapheme_starts(U"e\u0301x") == std::vector<std::size_t>{0, 2});
    // Devanagari क्ष|त्रि|य: a virama joins the consonant after it (GB9c), vowel signs
    // their consonant.
    CHECK(grapheme_starts(U"क्षत्रिय") == std::vector<std::size_t>{0, 3, 7});
    // Thai ที่|ไ|ม่: above vowel and tone mark stay on their consonant.
    CHECK(grapheme_starts(U"ที่ไม่") == std::vector<std::size_t>{0, 3, 4});
    // woman + ZWJ + laptop is one emoji; a flag is two regional indicators.
    CHECK(grapheme_starts(U"\U0001F469\u200D\U0001F4BBa\U0001F1F9\U0001F1ED") ==
          std::vector<std::size_t>{0, 3, 4});
}

TEST_CASE("break iterators are safe to use from several threads at once", "[pdf][unicode]") {
    std::vector<std::thread> threads;
    std::vector<int> good(4, 0);
    for (std::size_t t = 0; t < good.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int k = 0; k < 50; ++k) {
                good[t] += line_breaks(thai, t % 2 ? "th" : "th-TH") == thai_words ? 1 : 0;
                good[t] += grapheme_starts(U"क्षत्रिय") == std::vector<std::size_t>{0, 3, 7};
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    CHECK(good == std::vector<int>(4, 100));
}

TEST_CASE("a Thai paragraph's lines end between dictionary words and extract unchanged",
          "[pdf][unicode][breaking][thai]") {
    const Article article = test::pdf_fixture("thai");
    const std::string source = plain_text(std::get<Paragraph>(article.body.at(0).content).content);
    std::u32string text;
    for (std::size_t pos = 0; pos < source.size();) {
        text += next_code_point(source, pos);
    }
    std::vector<bool> breaks;
    find_line_breaks(text, "th", breaks);
    // The source, as UTF-8 byte offsets: where each code point begins.
    std::vector<std::size_t> offsets;
    for (std::size_t pos = 0; pos < source.size(); next_code_point(source, pos)) {
        offsets.push_back(pos);
    }
    offsets.push_back(source.size());

    const PdfFile pdf(test::render_pdf(article));
    std::istringstream lines(pdf.text());
    std::string line;
    std::size_t from = 0;  // where the next line of the paragraph must start (bytes)
    int paragraph_lines = 0;
    while (std::getline(lines, line) && from < source.size()) {
        line = test::normalize(line);
        if (line.empty() || source.compare(from, line.size(), line) != 0) {
            continue;  // the headline, the date, page furniture
        }
        // The line is the next piece of the source, with no space added inside.
        ++paragraph_lines;
        from += line.size();
        const auto cp = static_cast<std::size_t>(
            std::lower_bound(offsets.begin(), offsets.end(), from) - offsets.begin());
        INFO("line " << paragraph_lines << ": " << line);
        REQUIRE(offsets[cp] == from);
        if (from < source.size()) {
            // It ended at a space or at a word boundary of ICU's dictionary.
            CHECK((source[from] == ' ' || breaks[cp]));
            from += source[from] == ' ' ? 1 : 0;
        }
    }
    CHECK(from == source.size());  // every character extracted, in order
    CHECK(paragraph_lines >= 3);
}
