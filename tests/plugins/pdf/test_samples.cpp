// Every sample through the real checkers: qpdf --check, pdffonts, pdftotext, pdfinfo,
// pdftoppm, with no warning from poppler, and byte-identical output on a second run.
#include "pdf_check.hpp"
#include "sample_articles.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <variant>

using namespace galley;
using namespace galley::test;

namespace {

bool is_cjk(const Article& a) { return primary_language(a) == "zh"; }

// The texts a reader must find in order: the headline, then every paragraph, heading,
// quote and list item (figures float, so captions are checked separately).
std::vector<std::string> reading_texts(const Article& a) {
    std::vector<std::string> out{plain_text(a.headline)};
    for (const auto& block : a.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading> ||
                              std::is_same_v<T, Quote>) {
                    out.push_back(plain_text(b.content));
                } else if constexpr (std::is_same_v<T, List>) {
                    for (const auto& item : b.items) {
                        out.push_back(plain_text(item));
                    }
                }
            },
            block.content);
    }
    return out;
}

// Running header and footer lines of a sample, as they appear on its pages.
std::vector<std::string> furniture(const std::string& name, const Article& a, int pages) {
    std::vector<std::string> out{a.source, plain_text(a.headline)};
    const std::map<std::string, std::string> section_caps{{"harbin-expo", "FOREIGN EXCHANGES"},
                                                           {"russian", "ГОРОД"},
                                                           {"chinese", "城市"},
                                                           {"feature", "BUSINESS FEATURE"}};
    out.push_back(section_caps.at(name));
    out.push_back(section_caps.at(name) + " " + plain_text(a.headline));  // pdftotext -raw
    for (int p = 1; p <= pages; ++p) {
        const std::string n = std::to_string(p), total = std::to_string(pages);
        out.push_back("Page " + n + " of " + total);
        out.push_back("Стр. " + n + " из " + total);
        out.push_back("第 " + n + " 页，共 " + total + " 页");
    }
    return out;
}

// Extracted and source text compared without white space runs and ASCII hyphens:
// poppler joins a line ending in '-' to the next and drops the hyphen, whether we
// inserted it or the text had it.
std::string comparable(const std::string& text, bool cjk) {
    std::string s = normalize(text, cjk);
    s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
    return s;
}

}  // namespace

TEST_CASE("every sample passes qpdf, pdffonts, pdftotext and pdfinfo", "[pdf][samples]") {
    for (const auto& sample : sample_articles(GALLEY_PDF_TEST_DATA)) {
        DYNAMIC_SECTION(sample.name) {
            DiagnosticCollector warnings;
            const std::string bytes = render_pdf(sample.article, {}, &warnings);
            REQUIRE(bytes.rfind("%PDF-1.4\n", 0) == 0);
            PdfFile pdf(bytes);

            auto check = pdf.tool({"qpdf", "--check"});
            INFO(check.out << check.err);
            CHECK(check.exit_code == 0);
            CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);
            CHECK(check.err.empty());

            // Every font embedded, subset (ABCDEF+ prefix) and with a ToUnicode map.
            auto fonts = pdf.tool({"pdffonts"});
            INFO(fonts.out);
            CHECK(fonts.err.empty());
            std::istringstream rows(fonts.out);
            std::string row;
            int font_rows = 0;
            const std::regex font_row(R"(^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes\s+\d+\s+\d+\s*$)");
            std::getline(rows, row);
            std::getline(rows, row);
            while (std::getline(rows, row)) {
                ++font_rows;
                CHECK(std::regex_match(row, font_row));
            }
            CHECK(font_rows >= 2);

            auto info = pdf.info();
            CHECK(info["Page size"] == "595.276 x 841.89 pts (A4)");
            CHECK(info["PDF version"] == "1.4");
            CHECK(info["Title"] == normalize(plain_text(sample.article.headline)));
            const int pages = std::stoi(info["Pages"]);
            CHECK(pages >= 1);

            // Headline and every paragraph in reading order, hyphenation undone. Content
            // order is reading order, so pdftotext -raw reads the columns as set; the test
            // joins lines that end in a hyphen (poppler's default mode does that itself,
            // checked below, but reorders blocks of multi-column pages by its own rules).
            auto raw = pdf.tool({"pdftotext", "-raw", "-enc", "UTF-8"}, {"-"});
            CHECK(raw.err.empty());
            const bool cjk = is_cjk(sample.article);
            std::string joined = without_lines(raw.out, furniture(sample.name, sample.article, pages));
            for (std::size_t p = joined.find("-\n"); p != std::string::npos; p = joined.find("-\n", p)) {
                joined.erase(p + 1, 1);
            }
            const std::string text = comparable(joined, cjk);
            std::size_t at = 0;
            for (const auto& expected : reading_texts(sample.article)) {
                const std::string want = comparable(expected, cjk);
                const std::size_t found = text.find(want, at);
                INFO("looking for: " << want << "\nafter offset " << at << " in:\n" << text);
                REQUIRE(found != std::string::npos);
                at = found + want.size();
            }

            // Poppler renders every page without a complaint.
            auto raster = pdf.tool({"pdftoppm", "-r", "20", "-png"}, {(pdf.path().parent_path() / "page").string()});
            CHECK(raster.exit_code == 0);
            CHECK(raster.err.empty());

            // Deterministic: the same article and options give the same bytes.
            CHECK(render_pdf(sample.article) == bytes);
        }
    }
}

TEST_CASE("poppler's default mode undoes the hyphenation itself", "[pdf][samples]") {
    // Single-block pages (and one column) leave poppler no ordering to guess.
    auto feature_one_column = [] {
        return render_pdf(feature_article(GALLEY_PDF_TEST_DATA), {{"columns", "1"}});
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {"harbin-expo", render_pdf(seed_article())},
        {"russian", render_pdf(russian_article())},
        {"feature", feature_one_column()}};
    for (const auto& [name, bytes] : cases) {
        DYNAMIC_SECTION(name) {
            PdfFile pdf(bytes);
            const Article article =
                name == "harbin-expo" ? seed_article()
                                      : (name == "russian" ? russian_article()
                                                           : feature_article(GALLEY_PDF_TEST_DATA));
            const int pages = std::stoi(pdf.info()["Pages"]);
            const std::string text =
                normalize(without_lines(pdf.text(), furniture(name, article, pages)));
            std::size_t at = 0;
            for (const auto& expected : reading_texts(article)) {
                if (expected.find('-') != std::string::npos) {
                    continue;  // poppler also drops a hyphen the text had at a line end
                }
                const std::string want = normalize(expected);
                const std::size_t found = text.find(want, at);
                INFO("looking for: " << want << "\nin:\n" << text);
                REQUIRE(found != std::string::npos);
                at = found + want.size();
            }
        }
    }
}

TEST_CASE("the seed sample fits on one A4 page", "[pdf][samples]") {
    PdfFile pdf(render_pdf(seed_article()));
    CHECK(pdf.info()["Pages"] == "1");
}

TEST_CASE("the Chinese sample is small and keeps the line-start rules", "[pdf][samples][cjk]") {
    const std::string bytes = render_pdf(chinese_article());
    CHECK(bytes.size() < 100 * 1024);
    PdfFile pdf(bytes);
    auto fonts = pdf.tool({"pdffonts"});
    CHECK(fonts.out.find("+WenQuanYiZenHei") != std::string::npos);
    // No line begins with closing punctuation.
    std::istringstream lines(pdf.text());
    std::string line;
    int checked = 0;
    while (std::getline(lines, line)) {
        for (const char* bad : {"，", "。", "、", "」", "）", "》", "！", "？", "：", "；", "”"}) {
            INFO(line);
            CHECK(line.rfind(bad, 0) != 0);
        }
        ++checked;
    }
    CHECK(checked > 20);
}

TEST_CASE("captions and credits of the feature are printed", "[pdf][samples]") {
    PdfFile pdf(render_pdf(feature_article(GALLEY_PDF_TEST_DATA)));
    const std::string text = comparable(pdf.text(), false);
    CHECK(text.find(comparable("Evening over the Songhua: the new warehouses of the river "
                               "terminal stand on the north bank, opposite the old town.",
                               false)) != std::string::npos);
    CHECK(text.find("SOURCE: HARBIN MUNICIPAL COMMERCE BUREAU") != std::string::npos);
    CHECK(pdf.info()["Pages"] == "2");
}
