// Every sample through the real checkers: qpdf --check, pdffonts, pdftotext, pdfinfo,
// pdftoppm, with no warning from poppler, and byte-identical output on a second run.
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <variant>

using namespace galley;
using namespace galley::test;

namespace {

bool is_cjk(const Article& a) { return primary_language(a) == "zh"; }

// The texts a reader must find in order: the headline, then every paragraph, heading
// and list item. Figures and pull quotes float to the next column, so their text is
// checked for presence only (floating_texts).
std::vector<std::string> reading_texts(const Article& a) {
    std::vector<std::string> out{plain_text(a.headline)};
    for (const auto& block : a.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
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

std::vector<std::string> floating_texts(const Article& a) {
    std::vector<std::string> out;
    for (const auto& block : a.body) {
        if (const auto* q = std::get_if<Quote>(&block.content)) {
            out.push_back(plain_text(q->content));
        } else if (const auto* i = std::get_if<Image>(&block.content)) {
            if (!i->caption.empty()) {
                out.push_back(plain_text(i->caption));
            }
        }
    }
    return out;
}

std::string comparable(const std::string& text, bool cjk);

// Each float's text with the text of the last non-floating block before it in the
// article (its anchor): content order is article order, so a float is never extracted
// before its anchor.
std::vector<std::pair<std::string, std::string>> anchored_floats(const Article& a) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string anchor = plain_text(a.headline);
    for (const auto& block : a.body) {
        if (const auto* q = std::get_if<Quote>(&block.content)) {
            out.emplace_back(plain_text(q->content), anchor);
        } else if (const auto* i = std::get_if<Image>(&block.content)) {
            if (!i->caption.empty()) {
                out.emplace_back(plain_text(i->caption), anchor);
            }
        } else if (const auto* p = std::get_if<Paragraph>(&block.content)) {
            anchor = plain_text(p->content);
        } else if (const auto* h = std::get_if<Heading>(&block.content)) {
            anchor = plain_text(h->content);
        } else if (const auto* l = std::get_if<List>(&block.content); l && !l->items.empty()) {
            anchor = plain_text(l->items.back());
        }
    }
    return out;
}

// Checks that every float of `a` comes after its anchor in extracted `text`.
void check_floats_follow_anchors(const std::string& text, const Article& a, bool cjk,
                                 const std::string& engine) {
    for (const auto& [body, anchor] : anchored_floats(a)) {
        const std::size_t anchor_at = text.find(comparable(anchor, cjk));
        const std::size_t float_at = text.find(comparable(body, cjk));
        INFO(engine << ": float \"" << body << "\" after \"" << anchor << "\"\n" << text);
        REQUIRE(anchor_at != std::string::npos);
        REQUIRE(float_at != std::string::npos);
        CHECK(float_at > anchor_at);
    }
}

std::string upper(const std::string& text) {
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        append_utf8(out, galley::pdf::to_upper(next_code_point(text, pos)));
    }
    return out;
}

// Running header and footer lines of an article, as pdftotext gives them.
std::vector<std::string> header_lines(const Article& a) {
    return {plain_text(a.headline), upper(a.section),
            upper(a.section) + " " + plain_text(a.headline)};
}
std::vector<std::string> footer_lines(const Article& a, int pages) {
    std::vector<std::string> sources{a.source};
    if (a.copyright) {
        sources.push_back(a.copyright->holder);
    }
    std::vector<std::string> out = sources;
    for (int p = 1; p <= pages; ++p) {
        const std::string n = std::to_string(p), total = std::to_string(pages);
        for (const std::string& folio : {"Page " + n + " of " + total, "Стр. " + n + " из " + total,
                                         "第 " + n + " 页，共 " + total + " 页"}) {
            out.push_back(folio);
            for (const auto& s : sources) {
                out.push_back(s + " " + folio);  // -raw joins a line's pieces
            }
        }
    }
    return out;
}
std::string without_furniture(const std::string& text, const Article& a, int pages) {
    return galley::test::without_furniture(text, header_lines(a), footer_lines(a, pages));
}

// Every sample: samples/*.yaml through the loader, and the figures the samples lack
// (a JPEG photo, a PNG with alpha) built in C++.
std::vector<NamedArticle> every_sample() {
    std::vector<NamedArticle> out = pdf_samples();
    REQUIRE(out.size() >= 6);
    out.push_back({"panorama-feature", panorama_article()});  // a figure spanning the columns
    return out;
}

// Extracted and source text compared without white space runs and ASCII hyphens:
// poppler joins a line ending in '-' to the next and drops the hyphen, whether we
// inserted it or the text had it. A URL or e-mail address broken after '/', '.' or '@'
// extracts with a line break there, so a space after those is dropped on both sides.
std::string comparable(const std::string& text, bool cjk) {
    std::string s = normalize(text, cjk);
    s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        const char before = out.empty() ? '\0' : out.back();
        if (c == ' ' && (before == '.' || before == '/' || before == '@')) {
            continue;
        }
        out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("every sample passes qpdf, pdffonts, pdftotext and pdfinfo", "[pdf][samples]") {
    for (const auto& sample : every_sample()) {
        DYNAMIC_SECTION(sample.name) {
            DiagnosticCollector warnings;
            const std::string bytes = render_pdf(sample.article, {}, &warnings);
            REQUIRE(bytes.rfind("%PDF-1.5\n", 0) == 0);
            PdfFile pdf(bytes);

            auto check = pdf.tool({"qpdf", "--check"});
            INFO(check.out << check.err);
            CHECK(check.exit_code == 0);
            CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);
            CHECK(check.err.empty());

            // Every font embedded (TrueType, or CFF for Noto CJK), subset (ABCDEF+ prefix) and
            // with a ToUnicode map.
            auto fonts = pdf.tool({"pdffonts"});
            INFO(fonts.out);
            CHECK(fonts.err.empty());
            std::istringstream rows(fonts.out);
            std::string row;
            int font_rows = 0;
            const std::regex font_row(
                R"(^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes\s+\d+\s+\d+\s*$)");
            std::getline(rows, row);
            std::getline(rows, row);
            while (std::getline(rows, row)) {
                ++font_rows;
                CHECK(std::regex_match(row, font_row));
            }
            CHECK(font_rows >= 2);

            CHECK(pdf.tool({"pdfinfo", "-box", "-url"}).err.empty());
            auto info = pdf.info();
            CHECK(info["Page size"] == "595.276 x 841.89 pts (A4)");
            CHECK(info["PDF version"] == "1.5");  // /Tabs of the tagged pages
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
            std::string joined = without_furniture(raw.out, sample.article, pages);
            for (std::size_t p = joined.find("-\n"); p != std::string::npos;
                 p = joined.find("-\n", p)) {
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
            for (const auto& expected : floating_texts(sample.article)) {
                INFO("looking for: " << expected);
                CHECK(text.find(comparable(expected, cjk)) != std::string::npos);
            }
            check_floats_follow_anchors(text, sample.article, cjk, "pdftotext -raw");
            // An independent engine: MuPDF's text device also follows content order.
            auto mu = run({"mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.path().string()});
            REQUIRE(mu.exit_code == 0);
            std::string mu_text = without_furniture(mu.out, sample.article, pages);
            for (std::size_t p = mu_text.find("-\n"); p != std::string::npos;
                 p = mu_text.find("-\n", p)) {
                mu_text.erase(p + 1, 1);
            }
            check_floats_follow_anchors(comparable(mu_text, cjk), sample.article, cjk,
                                        "mutool draw -F txt");

            // Nothing sticks out of the text area (17 mm side margins by default).
            auto bbox = pdf.tool({"pdftotext", "-bbox", "-enc", "UTF-8"}, {"-"});
            const std::regex word(R"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)")re");
            const double left = 17 * 72 / 25.4, right = 595.276 - left;
            int words = 0;
            for (auto it = std::sregex_iterator(bbox.out.begin(), bbox.out.end(), word);
                 it != std::sregex_iterator(); ++it, ++words) {
                INFO("word box " << (*it)[0]);
                CHECK(std::stod((*it)[1]) >= left - 0.5);
                CHECK(std::stod((*it)[2]) <= right + 0.5);
            }
            CHECK(words > 30);  // CJK text has few spaces, so few "words"

            // Poppler renders every page without a complaint.
            auto raster = pdf.tool({"pdftoppm", "-r", "20", "-png"},
                                   {(pdf.path().parent_path() / "page").string()});
            CHECK(raster.exit_code == 0);
            CHECK(raster.err.empty());

            // Deterministic: the same article and options give the same bytes.
            CHECK(render_pdf(sample.article) == bytes);
        }
    }
}

TEST_CASE("poppler's default mode undoes the hyphenation itself", "[pdf][samples]") {
    // Single-block pages (and one column) leave poppler no ordering to guess.
    const std::vector<std::pair<std::string, std::map<std::string, std::string>>> cases{
        {"harbin-expo", {}},
        {"moscow-metro-ru", {}},
        {"newsroom-archives-feature", {{"columns", "1"}}}};
    for (const auto& [name, options] : cases) {
        DYNAMIC_SECTION(name) {
            const Article article = load_sample(name);
            PdfFile pdf(render_pdf(article, options));
            const int pages = std::stoi(pdf.info()["Pages"]);
            const std::string text = normalize(without_furniture(pdf.text(), article, pages));
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
    PdfFile pdf(render_pdf(load_sample("harbin-expo")));
    CHECK(pdf.info()["Pages"] == "1");
}

TEST_CASE("the Chinese sample is small and keeps the line-start rules", "[pdf][samples][cjk]") {
    const std::string bytes = render_pdf(load_sample("harbin-ice-festival-zh"));
    CHECK(bytes.size() < 100 * 1024);
    PdfFile pdf(bytes);
    auto fonts = pdf.tool({"pdffonts"});
    CHECK(fonts.out.find("+NotoSerifCJKsc-Regular") != std::string::npos);
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
    PdfFile pdf(render_pdf(load_sample("newsroom-archives-feature")));
    const std::string text = comparable(pdf.text(), false);
    CHECK(text.find(comparable("Pages digitised per year, in thousands. Volunteers working from "
                               "home in 2020 nearly doubled the pace.",
                               false)) != std::string::npos);
    CHECK(text.find("NORTHERN COURIER DATA DESK") != std::string::npos);
    CHECK(pdf.info()["Pages"] == "3");

    PdfFile figures(render_pdf(figures_article()));
    const std::string figures_text = comparable(figures.text(), false);
    CHECK(figures_text.find(comparable("Evening over the Songhua: the new warehouses of the river "
                                       "terminal stand on the north bank, opposite the old town.",
                                       false)) != std::string::npos);
    CHECK(figures_text.find("SOURCE: HARBIN MUNICIPAL COMMERCE BUREAU") != std::string::npos);
    CHECK(figures.info()["Pages"] == "1");
}
