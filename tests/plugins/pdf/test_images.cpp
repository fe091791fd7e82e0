// PNG images through libpng: every colour type and depth PDF gets right, damaged data
// refused, the image cache keyed by SHA-256; document information past libharu's
// string limit.
#include "images/image_cache.hpp"
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include <catch2/catch.hpp>

#include <zlib.h>

#include <regex>

using namespace galley;
using namespace galley::test;

namespace {

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

std::string chunk(const std::string& type, const std::string& body) {
    const std::string typed = type + body;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size())));
    return be32(static_cast<std::uint32_t>(body.size())) + typed + be32(crc);
}

// A non-interlaced PNG whose rows (filter byte 0, then `row_bytes` bytes) count up.
std::string make_png(std::uint32_t w, std::uint32_t h, int depth, int color, std::size_t row_bytes,
                     const std::string& plte = {}, const std::string& trns = {}) {
    std::string raw;
    for (std::uint32_t y = 0; y < h; ++y) {
        raw += '\0';
        for (std::size_t x = 0; x < row_bytes; ++x) {
            raw += static_cast<char>(color == 3 ? (x + y) % 2 : (x * 37 + y * 11) % 256);
        }
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string z(size, '\0');
    compress(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
             static_cast<uLong>(raw.size()));
    z.resize(size);
    std::string ihdr = be32(w) + be32(h);
    ihdr += static_cast<char>(depth);
    ihdr += static_cast<char>(color);
    ihdr += std::string(3, '\0');
    std::string png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", ihdr);
    if (!plte.empty()) {
        png += chunk("PLTE", plte);
    }
    if (!trns.empty()) {
        png += chunk("tRNS", trns);
    }
    return png + chunk("IDAT", z) + chunk("IEND", "");
}

Article with_image(const std::string& name, const std::string& bytes, int w, int h) {
    Article a = load_sample("harbin-expo");
    Image img;
    img.path = name;
    img.media_type = "image/png";
    img.width = w;
    img.height = h;
    img.data = std::make_shared<const std::string>(bytes);
    img.alt = "test image";
    a.body.insert(a.body.begin() + 1, Block{img, {30, 3}});
    return a;
}

}  // namespace

TEST_CASE("PNGs of every colour type and depth become valid PDF images", "[pdf][images]") {
    struct Case {
        const char* name;
        std::string png;
        const char* listed;  // pdfimages -list: type, width, height, colour, comp, bpc
    };
    const std::string red_green("\xFF\x00\x00\x00\xFF\x00", 6);
    const std::vector<Case> cases = {
        {"grey-1bit", make_png(40, 20, 1, 0, 5), R"(image\s+40\s+20\s+gray\s+1\s+1\s)"},
        {"palette-2bit", make_png(40, 20, 2, 3, 10, red_green),
         R"(image\s+40\s+20\s+index\s+1\s+2\s)"},
        {"palette-tRNS", make_png(40, 20, 8, 3, 40, red_green, std::string("\x00", 1)),
         R"(smask\s+40\s+20\s+gray\s+1\s+8\s)"},
        {"rgba-16bit", make_png(40, 20, 16, 6, 40 * 8), R"(smask\s+40\s+20\s+gray\s+1\s+8\s)"},
        {"grey-alpha", make_png(40, 20, 8, 4, 80), R"(image\s+40\s+20\s+gray\s+1\s+8\s)"},
        {"rgb-16bit", make_png(40, 20, 16, 2, 40 * 6), R"(image\s+40\s+20\s+rgb\s+3\s+8\s)"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        DiagnosticCollector warnings;
        PdfFile pdf(
            render_pdf(with_image(std::string(c.name) + ".png", c.png, 40, 20), {}, &warnings));
        // The alt-text note is expected, and so is the print check's low-resolution
        // warning (a 40-pixel test image prints at a few ppi); no other word on the image.
        for (const auto& d : warnings.diagnostics()) {
            if (d.message.find(" ppi") == std::string::npos) {
                CHECK(d.message.find(c.name) == std::string::npos);
            }
        }
        CHECK(pdf.tool({"qpdf", "--check"}).exit_code == 0);
        const auto list = pdf.tool({"pdfimages", "-list"});
        INFO(list.out);
        CHECK(std::regex_search(list.out, std::regex(c.listed)));
    }
}

TEST_CASE("a PNG whose data chunk fails its CRC is refused, not drawn", "[pdf][images]") {
    std::string png = make_png(40, 20, 8, 2, 120);
    const std::size_t crc_at = png.find("IEND") - 8;  // the IDAT chunk's CRC, before IEND's length
    png[crc_at] = static_cast<char>(png[crc_at] ^ 0x10);  // the data is fine, its CRC is not
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(with_image("crc.png", png, 40, 20), {}, &warnings));
    CHECK(pdf.tool({"qpdf", "--check"}).exit_code == 0);
    bool reported = false;
    for (const auto& d : warnings.diagnostics()) {
        INFO(d.message);
        reported = reported || (d.message.find("crc.png") != std::string::npos &&
                                d.message.find("CRC") != std::string::npos);
    }
    CHECK(reported);
    CHECK_FALSE(std::regex_search(pdf.tool({"pdfimages", "-list"}).out,
                                  std::regex(R"(image\s+40\s+20\s)")));
}

TEST_CASE("the image cache is keyed by the bytes' SHA-256", "[pdf][images]") {
    const auto digest = pdf::ImageCache::digest("abc");
    std::string hex;
    for (unsigned char c : digest) {
        hex += "0123456789abcdef"[c >> 4];
        hex += "0123456789abcdef"[c & 15];
    }
    CHECK(hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // Two images of one size and format, different bytes: two entries; the same bytes: one.
    pdf::ImageCache cache;
    const std::string a = make_png(4, 4, 8, 0, 4);
    const std::string b = make_png(4, 4, 8, 0, 4, {}, std::string("\x00\x01", 2));
    CHECK(cache.get(a, true) == cache.get(std::string(a), true));
    CHECK(cache.get(a, true) != cache.get(b, true));
}

TEST_CASE("document information over PDF's 64 KiB string limit is cut with a warning",
          "[pdf][metadata]") {
    Article a = load_sample("harbin-expo");
    a.keywords.clear();
    for (int i = 0; i < 12000; ++i) {
        a.keywords.push_back("keyword" + std::to_string(i));
    }
    DiagnosticCollector warnings;
    PdfFile pdf(render_pdf(a, {}, &warnings));  // threw "libharu error 0x105B" before
    CHECK(pdf.tool({"qpdf", "--check"}).exit_code == 0);
    const std::string keywords = pdf.info()["Keywords"];
    CHECK(keywords.rfind("keyword0, keyword1, ", 0) == 0);
    CHECK(keywords.size() < 65536);
    bool warned = false;
    for (const auto& d : warnings.diagnostics()) {
        warned = warned ||
                 d.message.find("Keywords is longer than a PDF string may be") != std::string::npos;
    }
    CHECK(warned);
}
