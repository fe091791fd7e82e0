// Words in another script than the article's carry /Lang on their marked content (PDF/UA
// 7.2): the rule from CLDR's likely subtags, and the spans read back from the PDF,
// their glyph codes decoded through the fonts' own ToUnicode maps.
#include "article_builder.hpp"
#include "pdf_check.hpp"

#include "text/script_language.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>

using namespace galley;
using namespace galley::test;
using galley::pdf::LanguageCode;
using galley::pdf::ScriptLanguages;

namespace {

std::string language(ScriptLanguages& languages, const std::string& word) {
    std::u32string text;
    for (std::size_t i = 0; i < word.size();) {
        text += next_code_point(word, i);
    }
    return languages.of_word(text).data();
}

// Code -> text of one font, from its ToUnicode CMap's bfchar entries (UTF-16BE hex).
std::map<unsigned, std::string> read_to_unicode(const std::string& cmap) {
    std::map<unsigned, std::string> out;
    const std::regex entry(R"(^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>$)");
    std::istringstream in(cmap);
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, entry)) {
            continue;
        }
        const std::string hex = m[2].str();
        std::string text;
        for (std::size_t i = 0; i + 4 <= hex.size(); i += 4) {
            char32_t unit = static_cast<char32_t>(std::stoul(hex.substr(i, 4), nullptr, 16));
            if (unit >= 0xD800 && unit < 0xDC00 && i + 8 <= hex.size()) {
                const auto low =
                    static_cast<char32_t>(std::stoul(hex.substr(i + 4, 4), nullptr, 16));
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 4;
            }
            append_utf8(text, unit);
        }
        out[static_cast<unsigned>(std::stoul(m[1].str(), nullptr, 16))] = text;
    }
    return out;
}

std::string object(const PdfFile& pdf, const std::string& id, bool stream_data) {
    std::vector<std::string> argv{"qpdf", "--show-object=" + id};
    if (stream_data) {
        argv.push_back("--filtered-stream-data");
    }
    auto r = pdf.tool(argv);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

struct LanguageSpan {
    std::string lang;  ///< empty: text outside any /Lang span
    std::string text;  ///< the glyphs' ToUnicode text, in content-stream order
};

// The first page's text, cut where /Lang spans begin and end.
std::vector<LanguageSpan> language_spans(const PdfFile& pdf) {
    auto pages = pdf.tool({"qpdf", "--show-pages"});
    REQUIRE(pages.exit_code == 0);
    std::smatch m;
    REQUIRE(std::regex_search(pages.out, m, std::regex(R"(page 1: (\d+) 0 R)")));
    const std::string page = object(pdf, m[1].str(), false);
    REQUIRE(std::regex_search(page, m, std::regex(R"(/Contents (\d+) 0 R)")));
    const std::string content = object(pdf, m[1].str(), true);
    std::map<std::string, std::map<unsigned, std::string>> fonts;
    const std::regex font_ref(R"(/(F\d+) (\d+) 0 R)");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), font_ref);
         it != std::sregex_iterator(); ++it) {
        const std::string font = object(pdf, (*it)[2].str(), false);
        std::smatch u;
        REQUIRE(std::regex_search(font, u, std::regex(R"(/ToUnicode (\d+) 0 R)")));
        fonts[(*it)[1].str()] = read_to_unicode(object(pdf, u[1].str(), true));
    }

    std::vector<LanguageSpan> out{{}};
    std::vector<std::string> open;  // each marked-content sequence's language, or ""
    const std::map<unsigned, std::string>* font = nullptr;
    const std::regex lang_span(R"(^/Span <</Lang \(([a-z]+)\)>> BDC$)");
    const std::regex hex(R"(<([0-9A-F]*)>)");
    std::istringstream in(content);
    std::string line;
    auto current = [&] {
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
            if (!it->empty()) {
                return *it;
            }
        }
        return std::string();
    };
    while (std::getline(in, line)) {
        std::smatch l;
        if (std::regex_match(line, l, lang_span)) {
            open.push_back(l[1].str());
            out.push_back({l[1].str(), {}});
        } else if (line.ends_with(" BDC") || line.ends_with(" BMC")) {
            open.emplace_back();
        } else if (line == "EMC") {
            REQUIRE(!open.empty());
            const bool was_lang = !open.back().empty();
            open.pop_back();
            if (was_lang) {
                out.push_back({current(), {}});
            }
        } else if (line.ends_with(" Tf")) {
            const auto name = line.substr(1, line.find(' ') - 1);
            REQUIRE(fonts.count(name));
            font = &fonts[name];
        } else if (line.ends_with(" TJ")) {
            REQUIRE(font != nullptr);
            for (auto it = std::sregex_iterator(line.begin(), line.end(), hex);
                 it != std::sregex_iterator(); ++it) {
                const std::string codes = (*it)[1].str();
                for (std::size_t i = 0; i + 4 <= codes.size(); i += 4) {
                    const auto code =
                        static_cast<unsigned>(std::stoul(codes.substr(i, 4), nullptr, 16));
                    const auto found = font->find(code);
                    REQUIRE(found != font->end());
                    out.back().text += found->second;
                }
            }
        }
    }
    REQUIRE(open.empty());
    return out;
}

// The letters of `text` (no spaces, punctuation or digits), sorted: right-to-left words
// are drawn in visual order, so the spans are compared by what they hold.
std::u32string letters(const std::string& text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        if (cp > 0x7F ? cp != 0x201C && cp != 0x201D && cp != 0x00B7
                      : ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) {
            out += cp;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every span's letters, by language ("" for the article's own).
std::map<std::string, std::u32string> letters_by_language(const std::vector<LanguageSpan>& spans) {
    std::map<std::string, std::string> text;
    for (const auto& s : spans) {
        text[s.lang] += s.text;
    }
    std::map<std::string, std::u32string> out;
    for (const auto& [lang, t] : text) {
        out[lang] = letters(t);
    }
    return out;
}

Article one_paragraph(const std::string& language, const std::string& headline,
                      const std::string& text) {
    return ArticleBuilder("span-languages", language)
        .headline(headline)
        .created(date(2024, 1, 1))
        .paragraph(text)
        .build();
}

}  // namespace

TEST_CASE("a word's language is its script's likely language unless the article writes it",
          "[pdf][structure][lang]") {
    ScriptLanguages english("en");
    CHECK(language(english, "Shalom").empty());
    CHECK(language(english, "2024,").empty());  // no letters: the article's
    CHECK(language(english, "\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"") == "he");
    CHECK(language(english, "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85") == "ar");
    CHECK(language(english, "\xD0\x9C\xD0\xB8\xD1\x80") == "ru");
    CHECK(language(english, "\xE5\x93\x88\xE5\xB0\x94\xE6\xBB\xA8") == "zh");
    CHECK(language(english, "\xE3\x81\xB2\xE3\x82\x89") == "ja");  // hiragana
    CHECK(language(english, "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1") == "el");
    ScriptLanguages persian("fa");
    CHECK(language(persian, "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85").empty());
    CHECK(language(persian, "Tehran") == "en");
    ScriptLanguages japanese("ja");
    CHECK(language(japanese, "\xE5\x93\x88\xE5\xB0\x94").empty());
    CHECK(language(japanese, "\xE3\x82\xAB\xE3\x83\x8A").empty());  // katakana
    ScriptLanguages traditional("zh-Hant");
    CHECK(language(traditional, "\xE5\x93\x88").empty());
    ScriptLanguages serbian_latin("sr-Latn");
    CHECK(language(serbian_latin, "Beograd").empty());
    CHECK(language(serbian_latin, "\xD0\x91\xD0\xB5\xD0\xBE").empty());  // Serbian too
    ScriptLanguages german("de");
    CHECK(language(german, "\xD0\x91\xD0\xB5\xD0\xBE") == "ru");
    ScriptLanguages unknown("qaa");  // private use: no script known, nothing tagged
    CHECK(language(unknown, "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D").empty());
}

TEST_CASE("words in another script are marked with their language in the content stream",
          "[pdf][structure][lang]") {
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D";
    const std::string russian = "\xD0\x94\xD0\xBE\xD0\xB1\xD1\x80\xD0\xBE "
                                "\xD0\xBF\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0"
                                "\xD1\x82\xD1\x8C";
    const std::string chinese = "\xE5\x93\x88\xE5\xB0\x94\xE6\xBB\xA8";
    const std::string english = "The sign at the gate read and welcomed visitors in";
    const Article a = one_paragraph(
        "en", "Signs",
        "The sign at the gate read \xE2\x80\x9C" + hebrew + "\xE2\x80\x9D and \xE2\x80\x9C" +
            russian + "\xE2\x80\x9D and welcomed visitors in " + chinese + " 2024.");
    PdfFile pdf(render_clean_pdf(a));
    const auto by_language = letters_by_language(language_spans(pdf));
    CHECK(by_language.size() == 4);
    CHECK(by_language.at("he") == letters(hebrew));
    CHECK(by_language.at("ru") == letters(russian));
    CHECK(by_language.at("zh") == letters(chinese));
    // Everything else, the headline and the furniture included, is the article's English.
    const std::u32string own = by_language.at(""), expected = letters(english);
    CHECK(std::includes(own.begin(), own.end(), expected.begin(), expected.end()));
    CHECK(std::none_of(own.begin(), own.end(), [](char32_t cp) { return cp > 0x24F; }));
    // The spans change nothing a reader's engine extracts.
    CHECK(normalize(pdf.text()).find("and welcomed visitors in " + chinese + " 2024.") !=
          std::string::npos);
    auto mutool = pdf.tool({"mutool", "draw", "-q", "-F", "txt", "-o", "-"});
    CHECK(normalize(mutool.out).find("\xE2\x80\x9C" + russian + "\xE2\x80\x9D") !=
          std::string::npos);
}

TEST_CASE("an article's own scripts get no language spans, a Latin name in them does",
          "[pdf][structure][lang]") {
    const std::string persian = "\xD8\xA8\xD9\x86\xD8\xAF\xD8\xB1 "
                                "\xD8\xA8\xD9\x88\xD8\xB4\xD9\x87\xD8\xB1 \xD8\xA8\xD8\xA7\xD8\xB2 "
                                "\xD8\xB4\xD8\xAF";
    PdfFile pdf(
        render_clean_pdf(one_paragraph("fa", persian, persian + " Reuters " + persian + ".")));
    const auto by_language = letters_by_language(language_spans(pdf));
    CHECK(by_language.size() == 2);
    // Galley has no Persian labels yet: the footer's "Page 1 of 1" is English, and says so.
    CHECK(by_language.at("en") == letters("Reuters Page of"));
    const std::u32string own = by_language.at(""), expected = letters(persian);
    CHECK(std::includes(own.begin(), own.end(), expected.begin(), expected.end()));
}
