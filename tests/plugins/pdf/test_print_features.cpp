// Print features: paper sizes, bleed boxes, crop marks, CMYK text in pure K, images at
// native resolution with soft masks, PDF version.
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

using namespace galley;
using namespace galley::test;

namespace {

// Four numbers of a pdfinfo -box line ("TrimBox:  8.50  8.50  603.78  850.39").
std::vector<double> box(const std::map<std::string, std::string>& info, const std::string& key) {
    std::vector<double> v;
    std::istringstream in(info.at(key));
    double x;
    while (in >> x) {
        v.push_back(x);
    }
    return v;
}

// Every content stream of the file, uncompressed, concatenated.
std::string contents(const PdfFile& pdf) {
    TempDir dir;
    const auto qdf = dir / "qdf.pdf";
    auto r = run({"qpdf", "--qdf", "--object-streams=disable", pdf.path().string(), qdf.string()});
    REQUIRE(r.exit_code == 0);
    return read_file(qdf);
}

constexpr double mm = 72.0 / 25.4;

}  // namespace

TEST_CASE("paper sizes reach pdfinfo", "[pdf][print]") {
    const Article seed = load_sample("harbin-expo");
    CHECK(PdfFile(render_pdf(seed, {{"paper", "letter"}})).info()["Page size"] ==
          "612 x 792 pts (letter)");
    CHECK(PdfFile(render_pdf(seed, {{"paper", "tabloid"}})).info()["Page size"] ==
          "792 x 1224 pts");
    CHECK(PdfFile(render_pdf(seed, {{"paper", "200x250mm"}})).info()["Page size"] ==
          "566.929 x 708.661 pts");
}

TEST_CASE("bleed grows the MediaBox and writes TrimBox and BleedBox", "[pdf][print]") {
    PdfFile pdf(render_pdf(load_sample("harbin-expo"), {{"bleed", "3mm"}}));
    auto info = pdf.info({"-box"});
    const auto media = box(info, "MediaBox");
    const auto trim = box(info, "TrimBox");
    const auto bleed = box(info, "BleedBox");
    REQUIRE(media.size() == 4);
    REQUIRE(trim.size() == 4);
    REQUIRE(bleed.size() == 4);
    CHECK(trim[2] - trim[0] == Approx(210 * mm).margin(0.01));
    CHECK(trim[3] - trim[1] == Approx(297 * mm).margin(0.01));
    CHECK(trim[0] == Approx(3 * mm).margin(0.01));
    CHECK(bleed[0] == Approx(0).margin(0.01));
    CHECK(bleed[2] == Approx(media[2]).margin(0.01));
    CHECK(media[2] == Approx(216 * mm).margin(0.01));

    // Without bleed: no boxes but the MediaBox.
    auto plain = PdfFile(render_pdf(load_sample("harbin-expo"))).info({"-box"});
    CHECK(box(plain, "TrimBox") == box(plain, "MediaBox"));
}

TEST_CASE("crop marks are drawn in the slug, outside the bleed", "[pdf][print]") {
    PdfFile pdf(render_pdf(load_sample("harbin-expo"), {{"bleed", "3mm"}, {"marks", "crop"}}));
    auto info = pdf.info({"-box"});
    const auto media = box(info, "MediaBox");
    const auto trim = box(info, "TrimBox");
    CHECK(trim[0] > 10 * mm);  // room for the marks
    // The top-left corner of the slug, outside the bleed: the horizontal mark sits on the
    // trim's top edge, left of the bleed. Rendered at 72 dpi, y counts from the top.
    const int x = static_cast<int>(trim[0] - 3 * mm - 6 * mm);
    const int y = static_cast<int>(media[3] - trim[3]) - 2;
    auto crop =
        pdf.tool({"pdftoppm", "-r", "72", "-gray", "-x", std::to_string(x), "-y", std::to_string(y),
                  "-W", std::to_string(static_cast<int>(6 * mm)), "-H", "5"},
                 {});
    CHECK(crop.err.empty());
    CHECK(dark_pixels(crop.out) > 3);
    // Without marks the same spot is empty.
    PdfFile unmarked(render_pdf(load_sample("harbin-expo"), {{"bleed", "12mm"}}));
    auto blank = unmarked.tool({"pdftoppm", "-r", "72", "-gray", "-x", std::to_string(x), "-y",
                                std::to_string(y), "-W", std::to_string(static_cast<int>(6 * mm)),
                                "-H", "5"});
    CHECK(dark_pixels(blank.out) == 0);
}

TEST_CASE("text is pure K in CMYK and RGB elsewhere", "[pdf][print]") {
    const Article feature = load_sample("newsroom-archives-feature");
    const std::string cmyk = contents(PdfFile(render_pdf(feature, {{"color", "cmyk"}})));
    // Inside text objects every fill colour is 0 0 0 K.
    const std::regex text_object(R"(BT\n([\s\S]*?)\nET)");
    const std::regex fill(R"((\S+) (\S+) (\S+) (\S+) k\n)");
    int objects = 0, fills = 0;
    for (auto it = std::sregex_iterator(cmyk.begin(), cmyk.end(), text_object);
         it != std::sregex_iterator(); ++it) {
        ++objects;
        const std::string body = (*it)[1];
        for (auto f = std::sregex_iterator(body.begin(), body.end(), fill);
             f != std::sregex_iterator(); ++f) {
            ++fills;
            CHECK((*f)[1] == "0");
            CHECK((*f)[2] == "0");
            CHECK((*f)[3] == "0");
        }
    }
    CHECK(objects > 5);
    CHECK(fills > 0);
    CHECK(cmyk.find(" rg\n") == std::string::npos);
    CHECK(cmyk.find(" RG\n") == std::string::npos);

    const std::string rgb = contents(PdfFile(render_pdf(feature, {{"color", "rgb"}})));
    CHECK(rgb.find(" rg\n") != std::string::npos);
    CHECK(rgb.find(" k\n") == std::string::npos);
    CHECK(rgb.find(" K\n") == std::string::npos);
}

TEST_CASE("images keep their native resolution, PNG alpha becomes a soft mask", "[pdf][print]") {
    PdfFile pdf(render_pdf(figures_article()));
    auto list = pdf.tool({"pdfimages", "-list"});
    INFO(list.out);
    CHECK(list.err.empty());
    const std::regex jpeg(R"(image\s+720\s+450\s+rgb\s+3\s+8\s+jpeg)");
    const std::regex png(R"(image\s+600\s+340\s+rgb\s+3\s+8\s+image)");
    const std::regex mask(R"(smask\s+600\s+340\s+gray\s+1\s+8\s+image)");
    CHECK(std::regex_search(list.out, jpeg));
    CHECK(std::regex_search(list.out, png));
    CHECK(std::regex_search(list.out, mask));
    // Soft masks need PDF 1.4; the mask is compressed, like everything else.
    CHECK(pdf.info()["PDF version"] == "1.5");  // 1.4 for soft masks, 1.5 for tagged pages' /Tabs
    const std::string qdf = contents(pdf);
    CHECK(qdf.find("/SMask") != std::string::npos);
    auto detail = pdf.tool({"qpdf", "--show-object=trailer"});
    CHECK(detail.exit_code == 0);
}

TEST_CASE("an image libharu cannot read becomes a frame and a warning", "[pdf][print]") {
    Article a = load_sample("harbin-expo");
    Image broken;
    broken.path = "broken.png";
    broken.media_type = "image/png";
    broken.width = 400;
    broken.height = 300;
    broken.data = std::make_shared<const std::string>("\x89PNG\r\n\x1a\nthis is not a png");
    broken.alt = "nothing";
    a.body.insert(a.body.begin() + 2, Block{broken, {30, 3}});
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));
    CHECK(pdf.tool({"qpdf", "--check"}).exit_code == 0);
    bool reported = false;
    for (const auto& d : warnings.diagnostics()) {
        reported = reported || d.message.find("broken.png") != std::string::npos;
    }
    CHECK(reported);
}

TEST_CASE("an image printed below pdf.min-image-ppi is named with its resolution", "[pdf][print]") {
    auto ppi_warnings = [](const std::map<std::string, std::string>& options) {
        DiagnosticCollector warnings;
        PdfFile pdf(render_pdf(figures_article(), options, &warnings));
        std::vector<std::string> out;
        for (const auto& d : warnings.diagnostics()) {
            if (d.message.find(" ppi") != std::string::npos) {
                out.push_back(d.message);
            }
        }
        return out;
    };
    // 720 and 600 pixels across a column of about 80 mm: about 215 and 180 ppi.
    CHECK(ppi_warnings({}).empty());
    const auto strict = ppi_warnings({{"min-image-ppi", "300"}});
    INFO(Catch::Detail::stringify(strict));
    REQUIRE(strict.size() == 2);
    const std::regex named(
        R"(pdf: image \S+\.(jpg|png) prints at (1[5-9]\d|2[0-4]\d) ppi, below the 300 ppi)");
    CHECK(std::regex_search(strict[0], named));
    CHECK(std::regex_search(strict[1], named));
    CHECK(ppi_warnings({{"min-image-ppi", "0"}}).empty());
}

TEST_CASE("the Author field holds the authors' names, never the byline text", "[pdf][print]") {
    Article a = load_sample("harbin-expo");
    a.authors.clear();
    a.byline = "By ( e.my399.com )";
    CHECK(PdfFile(render_pdf(a)).info()["Author"] == a.source);
    Person p;
    p.name = "Wei Zhang";
    a.authors.push_back(p);
    CHECK(PdfFile(render_pdf(a)).info()["Author"] == "Wei Zhang");
}

TEST_CASE("footer items are read apart: source, then folio", "[pdf][print]") {
    const Article seed = load_sample("harbin-expo");
    PdfFile pdf(render_pdf(seed));
    auto raw = pdf.tool({"pdftotext", "-raw", "-enc", "UTF-8"}, {"-"});
    INFO(raw.out);
    CHECK(raw.out.find(seed.source + " Page 1 of 1") != std::string::npos);
    CHECK(raw.out.find("of 1" + seed.source) == std::string::npos);
}
