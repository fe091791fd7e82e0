// Tagged PDF: poppler's view of the structure tree (pdfinfo -struct-text) holds every
// block of the article in article order with its text, figures carry their alt text
// and a BBox, links are Link elements with their annotations, page furniture is left
// out; and every drawing operator of every page sits inside marked content.
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include "pdf/xmp_metadata.hpp"

#include <galley/loader.hpp>
#include <galley/presentation.hpp>
#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <regex>
#include <sstream>
#include <variant>

using namespace galley;
using namespace galley::test;

namespace {

// The samples, and a figure spanning the columns (tagged where its anchor is too).
std::vector<NamedArticle> every_sample() {
    std::vector<NamedArticle> out = pdf_samples();
    out.push_back({"panorama-feature", panorama_article()});
    return out;
}

// Text compared without white space, hyphens and soft hyphens: poppler joins a
// structure element's lines without a space and keeps the hyphens we insert.
std::string squeezed(const std::string& text) {
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-' || c == 0xAD ||
            c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x200B) {
            continue;
        }
        append_utf8(out, c);
    }
    return out;
}

// `text` with soft hyphens dropped and every run of white space made one space: what is
// left shows whether words stay apart and whole (a hyphen inserted at a line end is an
// artifact, so read by structure "promotion" has none).
std::string spaced(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        if (c == 0xAD) {
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
            c == 0x2009 || c == 0x202F) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        append_utf8(out, c);
    }
    return out;
}

/// One element line of `pdfinfo -struct-text`, with the text under it.
struct StructLine {
    int depth = 0;                     ///< 0: the Document element
    std::string type;                  ///< "P", "Figure", ...
    std::string text;                  ///< the quoted strings under it, up to the next element
    std::vector<std::string> details;  ///< attribute and object lines
};

std::vector<StructLine> parse_struct_text(const std::string& out) {
    std::vector<StructLine> lines;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) {
            continue;
        }
        const std::string body = line.substr(indent);
        if (body.front() == '"') {
            REQUIRE(!lines.empty());
            const std::size_t end = body.rfind('"');
            lines.back().text += body.substr(1, end > 0 ? end - 1 : 0);
        } else if (body.front() == '/' || body.rfind("Object ", 0) == 0) {
            REQUIRE(!lines.empty());
            lines.back().details.push_back(body);
        } else {
            StructLine s;
            s.depth = static_cast<int>(indent / 2);
            s.type = body.substr(0, body.find_first_of(" :"));
            lines.push_back(std::move(s));
        }
    }
    return lines;
}

// The top-level element types the article's body, corrections and copyright become.
std::vector<std::string> body_types(const Article& a) {
    std::vector<std::string> out;
    for (const auto& block : a.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph>) {
                    out.push_back("P");
                } else if constexpr (std::is_same_v<T, Heading>) {
                    static const char* const headings[] = {"H2", "H3", "H4"};
                    out.push_back(headings[std::clamp(b.level, 2, 4) - 2]);
                } else if constexpr (std::is_same_v<T, Quote>) {
                    out.push_back("BlockQuote");
                } else if constexpr (std::is_same_v<T, List>) {
                    out.push_back("L");
                } else if constexpr (std::is_same_v<T, Image>) {
                    out.push_back("Figure");
                    if (!b.caption.empty() || !b.credit.empty()) {
                        out.push_back("Caption");
                    }
                }
            },
            block.content);
    }
    for (std::size_t i = 0; i < a.corrections.size(); ++i) {
        out.push_back("P");
    }
    if (a.copyright) {
        out.push_back("P");
    }
    return out;
}

// Every text of the article in article order: headline, body (quotes, list items and
// captions where they stand), corrections, copyright.
std::vector<std::string> article_texts(const Article& a) {
    std::vector<std::string> out{plain_text(a.headline)};
    for (const auto& block : a.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    out.push_back(plain_text(b.content));
                } else if constexpr (std::is_same_v<T, Quote>) {
                    out.push_back(plain_text(b.content));
                    out.push_back(plain_text(b.attribution));
                } else if constexpr (std::is_same_v<T, List>) {
                    for (const auto& item : b.items) {
                        out.push_back(plain_text(item));
                    }
                } else if constexpr (std::is_same_v<T, Image>) {
                    out.push_back(plain_text(b.caption));  // the credit is set in capitals
                }
            },
            block.content);
    }
    for (const auto& c : a.corrections) {
        out.push_back(plain_text(c.text));
    }
    if (a.copyright) {
        out.push_back(presentation::copyright_line(a));
    }
    return out;
}

std::size_t count_links(const Article& a) {
    std::size_t n = 0;
    std::function<void(const InlineText&)> walk = [&](const InlineText& text) {
        for (const auto& run : text) {
            n += run.kind == Inline::Kind::Link;
            walk(run.children);
        }
    };
    walk(a.headline);
    walk(a.subheadline);
    for (const auto& block : a.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    walk(b.content);
                } else if constexpr (std::is_same_v<T, Quote>) {
                    walk(b.content);
                    walk(b.attribution);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (const auto& item : b.items) {
                        walk(item);
                    }
                } else if constexpr (std::is_same_v<T, Image>) {
                    walk(b.caption);
                }
            },
            block.content);
    }
    for (const auto& c : a.corrections) {
        walk(c.text);
    }
    return n;
}

// Each page's content stream, decoded.
std::vector<std::string> content_streams(const PdfFile& pdf) {
    auto pages = pdf.tool({"qpdf", "--show-pages"});
    REQUIRE(pages.exit_code == 0);
    std::vector<std::string> out;
    const std::regex content(R"(^\s+(\d+) 0 R$)");
    std::istringstream in(pages.out);
    std::string line;
    bool in_content = false;
    while (std::getline(in, line)) {
        std::smatch m;
        if (line.find("content:") != std::string::npos) {
            in_content = true;
        } else if (in_content && std::regex_match(line, m, content)) {
            auto stream =
                pdf.tool({"qpdf", "--show-object=" + m[1].str(), "--filtered-stream-data"});
            REQUIRE(stream.exit_code == 0);
            out.push_back(stream.out);
        } else {
            in_content = false;
        }
    }
    return out;
}

// Undoes qpdf's JSON string escapes for \" and \\ (enough for alt texts).
std::string json_unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            ++i;
        }
        out += s[i];
    }
    return out;
}

}  // namespace

TEST_CASE("every sample's structure tree holds the article in order", "[pdf][structure]") {
    for (const auto& sample : every_sample()) {
        DYNAMIC_SECTION(sample.name) {
            const Article& a = sample.article;
            const std::string bytes = render_pdf(a);
            PdfFile pdf(bytes);
            auto result = pdf.tool({"pdfinfo", "-struct-text"});
            INFO(result.out << result.err);
            REQUIRE(result.exit_code == 0);
            CHECK(result.err.empty());
            const auto tree = parse_struct_text(result.out);
            REQUIRE(!tree.empty());
            CHECK(tree.front().type == "Document");
            CHECK(tree.front().depth == 0);

            // The top-level elements: the masthead around one H1, then the article's
            // blocks in the article's order.
            std::vector<std::string> top;
            for (const auto& s : tree) {
                if (s.depth == 1) {
                    top.push_back(s.type);
                }
            }
            CHECK(std::count(top.begin(), top.end(), "H1") == 1);
            const auto h1 = std::find(top.begin(), top.end(), "H1");
            REQUIRE(h1 != top.end());
            const auto expected = body_types(a);
            REQUIRE(static_cast<std::size_t>(top.end() - h1) > expected.size());
            CHECK(std::vector<std::string>(top.end() - static_cast<std::ptrdiff_t>(expected.size()),
                                           top.end()) == expected);
            CHECK(std::all_of(top.begin(), top.end() - static_cast<std::ptrdiff_t>(expected.size()),
                              [](const std::string& t) { return t == "P" || t == "H1"; }));

            // Every text in article order, floats where the article has them.
            std::string all;
            for (const auto& s : tree) {
                all += s.text;
            }
            const std::string text = squeezed(all);
            std::size_t at = 0;
            for (const auto& expected_text : article_texts(a)) {
                const std::string want = squeezed(expected_text);
                const std::size_t found = text.find(want, at);
                INFO("looking for: " << want << "\nafter offset " << at << " in:\n" << text);
                REQUIRE(found != std::string::npos);
                at = found + want.size();
            }

            // With their spaces: the words either side of a line break stay apart
            // (structure text joins a paragraph's lines as they are drawn).
            std::string joined;
            for (const auto& s : tree) {
                joined += s.text;
                joined += ' ';
            }
            const std::string words = spaced(joined);
            at = 0;
            for (const auto& expected_text : article_texts(a)) {
                const std::string want = spaced(expected_text);
                const std::size_t found = words.find(want, at);
                INFO("looking for: " << want << "\nafter offset " << at << " in:\n" << words);
                CHECK(found != std::string::npos);
                at = found == std::string::npos ? at : found + want.size();
            }

            // Page furniture is no content: neither folio nor running header.
            const int pages = std::stoi(pdf.info()["Pages"]);
            CHECK(text.find(squeezed(presentation::page_of(1, pages, a.language))) ==
                  std::string::npos);
            if (pages > 1) {
                // The headline appears once: in the H1, not in the running header.
                const std::string headline = squeezed(plain_text(a.headline));
                CHECK(text.find(headline, text.find(headline) + 1) == std::string::npos);
            }

            // Figures: one per image, each with its alt text and a BBox on its page.
            std::vector<std::string> alts;
            for (const auto& block : a.body) {
                if (const auto* image = std::get_if<Image>(&block.content)) {
                    alts.push_back(image->alt);
                }
            }
            std::size_t figures = 0;
            for (const auto& s : tree) {
                if (s.type == "Figure") {
                    ++figures;
                    CHECK(std::any_of(s.details.begin(), s.details.end(), [](const std::string& d) {
                        return d.rfind("/BBox [", 0) == 0;
                    }));
                }
            }
            CHECK(figures == alts.size());
            auto json = pdf.tool({"qpdf", "--json"});
            REQUIRE(json.exit_code == 0);
            std::vector<std::string> found_alts;
            const std::regex alt(R"re("/Alt": "u:((?:[^"\\]|\\.)*)")re");
            for (auto it = std::sregex_iterator(json.out.begin(), json.out.end(), alt);
                 it != std::sregex_iterator(); ++it) {
                found_alts.push_back(json_unescape((*it)[1]));
            }
            std::sort(found_alts.begin(), found_alts.end());
            std::sort(alts.begin(), alts.end());
            CHECK(found_alts == alts);

            // Links: a Link element with an annotation (OBJR) for each link of the text.
            std::size_t link_elements = 0;
            for (const auto& s : tree) {
                if (s.type == "Link") {
                    ++link_elements;
                    CHECK(!s.text.empty());
                    CHECK(std::any_of(s.details.begin(), s.details.end(), [](const std::string& d) {
                        return d.rfind("Object ", 0) == 0;
                    }));
                }
            }
            CHECK(link_elements == count_links(a));
        }
    }
}

TEST_CASE("every drawing operator is marked content or an artifact", "[pdf][structure]") {
    for (const auto& sample : every_sample()) {
        DYNAMIC_SECTION(sample.name) {
            PdfFile pdf(render_pdf(sample.article, {{"marks", "crop"}}));
            const auto streams = content_streams(pdf);
            REQUIRE(!streams.empty());
            for (std::size_t p = 0; p < streams.size(); ++p) {
                INFO("page " << p + 1 << ":\n" << streams[p]);
                int depth = 0, unmarked = 0, mcids = 0;
                std::istringstream in(streams[p]);
                std::string line;
                while (std::getline(in, line)) {
                    if (line.ends_with(" BDC") || line.ends_with(" BMC")) {
                        ++depth;
                        mcids += line.find("/MCID ") != std::string::npos;
                    } else if (line == "EMC") {
                        --depth;
                        CHECK(depth >= 0);
                    } else if (line.ends_with(" TJ") || line.ends_with(" Do Q") ||
                               line.ends_with(" re f") || line.ends_with(" re S") ||
                               line.ends_with(" l S")) {
                        unmarked += depth == 0;
                    }
                }
                CHECK(depth == 0);
                CHECK(unmarked == 0);
                CHECK(mcids > 0);
                CHECK(streams[p].find("/Artifact <</Type /Pagination /Subtype /Footer>> BDC") !=
                      std::string::npos);
                CHECK(streams[p].find("/Artifact <</Type /Page>> BDC") !=
                      std::string::npos);  // crop marks
                if (p > 0) {
                    CHECK(streams[p].find("/Artifact <</Type /Pagination /Subtype /Header>> BDC") !=
                          std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("the catalog says the document is tagged and shows its title", "[pdf][structure]") {
    PdfFile pdf(render_pdf(load_sample("newsroom-archives-feature")));
    auto catalog = run({"mutool", "show", pdf.path().string(), "trailer/Root"});
    INFO(catalog.out << catalog.err);
    REQUIRE(catalog.exit_code == 0);
    CHECK(catalog.out.find("/StructTreeRoot ") != std::string::npos);
    CHECK(std::regex_search(catalog.out, std::regex(R"(/MarkInfo\s*<<\s*/Marked true\s*>>)")));
    CHECK(std::regex_search(catalog.out,
                            std::regex(R"(/ViewerPreferences\s*<<\s*/DisplayDocTitle true\s*>>)")));
    CHECK(catalog.out.find("/Lang (") != std::string::npos);
    // XMP: the title again, and the PDF/UA identification.
    auto xmp = run({"mutool", "show", "-b", pdf.path().string(), "trailer/Root/Metadata"});
    INFO(xmp.out);
    REQUIRE(xmp.exit_code == 0);
    const Article feature = load_sample("newsroom-archives-feature");
    CHECK(xmp.out.find("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                       plain_text(feature.headline) + "</rdf:li>") != std::string::npos);
    CHECK(xmp.out.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    CHECK(xmp.out.rfind("<?xpacket begin=", 0) == 0);
    auto tree_root = run({"mutool", "show", pdf.path().string(), "trailer/Root/StructTreeRoot"});
    CHECK(tree_root.out.find("/ParentTree ") != std::string::npos);
    // Every page is in the ParentTree with tab order by structure; every link
    // annotation points back into the tree and describes its target.
    auto objects = run({"mutool", "show", pdf.path().string(), "grep"});
    REQUIRE(objects.exit_code == 0);
    std::istringstream in(objects.out);
    std::string line;
    int pages = 0, links = 0;
    while (std::getline(in, line)) {
        INFO(line);
        if (line.find("/Type/Page") != std::string::npos &&
            line.find("/Type/Pages") == std::string::npos) {
            ++pages;
            CHECK(line.find("/StructParents ") != std::string::npos);
            CHECK(line.find("/Tabs/S") != std::string::npos);
        } else if (line.find("/Subtype/Link") != std::string::npos) {
            ++links;
            CHECK(line.find("/StructParent ") != std::string::npos);
            CHECK(line.find("/Contents(") != std::string::npos);
        }
    }
    CHECK(pages >= 2);
    CHECK(links >= 1);
}

TEST_CASE("XMP dates are the information dictionary's dates in ISO 8601", "[pdf][structure]") {
    using galley::pdf::xmp_date;
    CHECK(xmp_date("D:20230915083000+02'00'") == "2023-09-15T08:30:00+02:00");
    CHECK(xmp_date("D:20240101120000Z") == "2024-01-01T12:00:00Z");
    CHECK(xmp_date("D:20231231") == "2023-12-31");
    CHECK(xmp_date("").empty());
}

TEST_CASE("XMP values are escaped", "[pdf][structure]") {
    galley::pdf::DocumentInfo info;
    info.title = "Fish & <chips> \"now\"";
    const std::string xmp = galley::pdf::xmp_packet(info, "en");
    CHECK(xmp.find("Fish &amp; &lt;chips&gt; &quot;now&quot;") != std::string::npos);
    CHECK(xmp.find("<rdf:li>en</rdf:li>") != std::string::npos);
}

TEST_CASE("the ParentTree maps every MCID and link annotation back to its element",
          "[pdf][structure]") {
    for (const auto& sample : every_sample()) {
        DYNAMIC_SECTION(sample.name) {
            PdfFile pdf(render_pdf(sample.article));
            // mutool prints every object on one line: "12 0 obj <<...>>".
            auto objects = run({"mutool", "show", pdf.path().string(), "grep"});
            REQUIRE(objects.exit_code == 0);
            const std::regex object(R"(^(\d+) 0 obj (.*)$)");
            const std::regex key_value(R"(/StructParents? (\d+))");
            const std::regex kid(R"((<<[^>]*>>)|(\d+) 0 R|(\d+))");
            const std::regex mcid(R"(/MCID (\d+))");
            const std::regex objr(R"(/Obj (\d+) 0 R)");
            const std::regex page_ref(R"(/Pg (\d+) 0 R)");
            std::map<int, int> page_for_key, annotation_for_key;
            std::map<std::pair<int, int>, int> element_of_content;  // (page, MCID) -> element
            std::map<int, int> element_of_annotation;
            std::string nums;
            std::istringstream in(objects.out);
            std::string line;
            while (std::getline(in, line)) {
                std::smatch m;
                if (!std::regex_match(line, m, object)) {
                    continue;
                }
                const int number = std::stoi(m[1]);
                const std::string body = m[2];
                std::smatch k;
                if (body.find("/Type/Page>>") != std::string::npos &&
                    std::regex_search(body, k, key_value)) {
                    page_for_key[std::stoi(k[1])] = number;
                } else if (body.find("/Subtype/Link") != std::string::npos &&
                           std::regex_search(body, k, key_value)) {
                    annotation_for_key[std::stoi(k[1])] = number;
                } else if (body.find("/Type/StructElem") != std::string::npos) {
                    // The kids hold no arrays, so the first ']' ends them; the element's
                    // own /Pg is outside them.
                    const std::size_t begin = body.find("/K[");
                    REQUIRE(begin != std::string::npos);
                    const std::size_t end = body.find(']', begin);
                    const std::string kids = body.substr(begin + 3, end - begin - 3);
                    const std::string rest = body.substr(0, begin) + body.substr(end + 1);
                    int home = -1;
                    if (std::regex_search(rest, k, page_ref)) {
                        home = std::stoi(k[1]);
                    }
                    for (auto it = std::sregex_iterator(kids.begin(), kids.end(), kid);
                         it != std::sregex_iterator(); ++it) {
                        const std::string dict = (*it)[1];
                        std::smatch d;
                        std::smatch p;
                        if (std::regex_search(dict, d, mcid) &&
                            std::regex_search(dict, p, page_ref)) {
                            element_of_content[{std::stoi(p[1]), std::stoi(d[1])}] = number;
                        } else if (std::regex_search(dict, d, objr)) {
                            element_of_annotation[std::stoi(d[1])] = number;
                        } else if ((*it)[3].matched) {
                            element_of_content[{home, std::stoi((*it)[3])}] = number;
                        }
                    }
                } else if (const std::size_t at = body.find("/Nums["); at != std::string::npos) {
                    nums = body.substr(at + 6);
                }
            }
            REQUIRE(!nums.empty());
            REQUIRE(!page_for_key.empty());
            // /Nums [key [element ...] ... key element ...]
            const std::regex entry(R"((\d+)\s*(?:\[([^\]]*)\]|(\d+) 0 R))");
            const std::regex ref(R"((\d+) 0 R)");
            std::size_t contents = 0, annotations = 0;
            for (auto it = std::sregex_iterator(nums.begin(), nums.end(), entry);
                 it != std::sregex_iterator(); ++it) {
                const int key = std::stoi((*it)[1]);
                if ((*it)[2].matched) {
                    REQUIRE(page_for_key.count(key) == 1);
                    const std::string refs = (*it)[2];
                    int mcid = 0;
                    for (auto r = std::sregex_iterator(refs.begin(), refs.end(), ref);
                         r != std::sregex_iterator(); ++r, ++mcid) {
                        INFO("page key " << key << " MCID " << mcid);
                        CHECK(element_of_content[{page_for_key[key], mcid}] == std::stoi((*r)[1]));
                        ++contents;
                    }
                } else {
                    INFO("annotation key " << key);
                    REQUIRE(annotation_for_key.count(key) == 1);
                    CHECK(element_of_annotation[annotation_for_key[key]] == std::stoi((*it)[3]));
                    ++annotations;
                }
            }
            CHECK(contents == element_of_content.size());
            CHECK(annotations == element_of_annotation.size());
            CHECK(annotations == annotation_for_key.size());
        }
    }
}

TEST_CASE("heading levels in the structure tree never skip one", "[pdf][structure]") {
    // The article's levels 3, 2, 4, 4, 3, 2, 4: tagged at most one below the heading
    // before (the headline is H1), as PDF/UA asks; the look and the outline keep them.
    test::ArticleBuilder built("heading-levels");
    built.headline("Heading levels").created(date(2024, 1, 1));
    for (int level : {3, 2, 4, 4, 3, 2, 4}) {
        built.heading("Level " + std::to_string(level), level).paragraph("Text under it.");
    }
    PdfFile pdf(render_clean_pdf(built.build()));
    auto result = pdf.tool({"pdfinfo", "-struct-text"});
    REQUIRE(result.exit_code == 0);
    std::vector<std::string> headings;
    for (const auto& s : parse_struct_text(result.out)) {
        if (s.type.size() == 2 && s.type[0] == 'H') {
            headings.push_back(s.type + " " + s.text);
        }
    }
    CHECK(headings == std::vector<std::string>{"H1 Heading levels", "H2 Level 3", "H2 Level 2",
                                               "H3 Level 4", "H3 Level 4", "H3 Level 3",
                                               "H2 Level 2", "H3 Level 4"});
}
