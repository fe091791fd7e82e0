// Image blocks: path confinement, PNG/JPEG sniffing and sizes, bytes held in memory.
#include "loader/image_file.hpp"

#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;
using galley::detail::ImageHeader;
using galley::detail::read_image_header;
using Lines = std::vector<std::string>;

namespace {

std::string be16(int v) {
    return {static_cast<char>((v >> 8) & 0xFF), static_cast<char>(v & 0xFF)};
}

// A JPEG with a JFIF header, an optional fill byte and a baseline (or other) frame header.
std::string tiny_jpeg(int width, int height, unsigned char sof = 0xC0) {
    std::string j("\xFF\xD8", 2);
    j += std::string("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    j += std::string("\xFF\xFF", 2);  // a fill byte before the next marker
    j += '\xFF';
    j += static_cast<char>(sof);
    j += be16(17) + '\x08' + be16(height) + be16(width) + '\x03';
    j += std::string("\x01\x22\x00\x02\x11\x01\x03\x11\x01", 9);
    j += std::string("\xFF\xD9", 2);
    return j;
}

std::string chart_png() { return read_file(samples_dir() / "images" / "archive-chart.png"); }

std::string photo_jpeg() {  // 720x450, baseline, 3 components
    return read_file(test_data_dir() / "plugins" / "pdf" / "data" / "photo.jpg");
}

// Where the first SOFn segment of a JPEG starts (its 0xFF), and its length with the marker.
std::pair<std::size_t, std::size_t> first_frame(const std::string& jpeg) {
    std::size_t at = 2;
    while (at + 4 <= jpeg.size()) {
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        const std::size_t length = (static_cast<unsigned char>(jpeg[at + 2]) << 8) |
                                   static_cast<unsigned char>(jpeg[at + 3]);
        if (marker >= 0xC0 && marker <= 0xC3) {
            return {at, 2 + length};
        }
        at += 2 + length;
    }
    FAIL("no frame header");
    return {0, 0};
}

std::uint32_t crc32_of(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : bytes) {
        crc ^= c;
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// The PNG with one byte of its first IDAT chunk's data changed and the CRC made right
// again, so only the decoder can tell.
std::string png_with_bad_pixels(std::string png) {
    const std::size_t idat = png.find("IDAT");
    const std::size_t length = (static_cast<unsigned char>(png[idat - 4]) << 24) |
                               (static_cast<unsigned char>(png[idat - 3]) << 16) |
                               (static_cast<unsigned char>(png[idat - 2]) << 8) |
                               static_cast<unsigned char>(png[idat - 1]);
    png[idat + 4 + length / 2] = static_cast<char>(png[idat + 4 + length / 2] ^ 0x5A);
    png[idat + 4 + 2] = static_cast<char>(png[idat + 4 + 2] ^ 0x01);  // the first deflate block
    const std::uint32_t crc = crc32_of(std::string_view(png).substr(idat, 4 + length));
    for (int k = 0; k < 4; ++k) {
        png[idat + 4 + length + static_cast<std::size_t>(k)] =
            static_cast<char>((crc >> (24 - 8 * k)) & 0xFF);
    }
    return png;
}

// A zlib stream holding `data` in one stored (uncompressed) block.
std::string stored_zlib(const std::string& data) {
    std::string z("\x78\x01\x01", 3);
    const auto n = static_cast<unsigned>(data.size());
    z += static_cast<char>(n & 0xFF);
    z += static_cast<char>(n >> 8);
    z += static_cast<char>(~n & 0xFF);
    z += static_cast<char>((~n >> 8) & 0xFF);
    z += data;
    std::uint32_t a = 1, b = 0;
    for (unsigned char c : data) {
        a = (a + c) % 65521;
        b = (b + a) % 65521;
    }
    const std::uint32_t adler = (b << 16) | a;
    for (int k = 0; k < 4; ++k) {
        z += static_cast<char>((adler >> (24 - 8 * k)) & 0xFF);
    }
    return z;
}

std::string png_chunk(const std::string& type, const std::string& body) {
    std::string out;
    const auto n = static_cast<std::uint32_t>(body.size());
    for (int k = 0; k < 4; ++k) {
        out += static_cast<char>((n >> (24 - 8 * k)) & 0xFF);
    }
    out += type + body;
    const std::uint32_t crc = crc32_of(type + body);
    for (int k = 0; k < 4; ++k) {
        out += static_cast<char>((crc >> (24 - 8 * k)) & 0xFF);
    }
    return out;
}

// A 4x4 8-bit palette PNG with one palette entry whose pixels all use index `index`.
std::string palette_png(int index) {
    std::string rows;
    for (int y = 0; y < 4; ++y) {
        rows += '\0';
        rows += std::string(4, static_cast<char>(index));
    }
    return std::string("\x89PNG\r\n\x1A\n", 8) +
           png_chunk("IHDR", std::string("\0\0\0\x04\0\0\0\x04\x08\x03\0\0\0", 13)) +
           png_chunk("PLTE", std::string("\xFF\0\0", 3)) + png_chunk("IDAT", stored_zlib(rows)) +
           png_chunk("IEND", "");
}

std::string article_with_image(const std::string& path) {
    return "id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\nbody:\n"
           "  - image: " +
           path + "\n    alt: A picture\n";
}

}  // namespace

TEST_CASE("loader images: PNG and JPEG headers give type and size") {
    ImageHeader h;
    REQUIRE(read_image_header(chart_png(), h));
    CHECK(h.media_type == "image/png");
    CHECK(h.width == 640);
    CHECK(h.height == 360);
    REQUIRE(read_image_header(tiny_jpeg(1200, 800), h));
    CHECK(h.media_type == "image/jpeg");
    CHECK(h.width == 1200);
    CHECK(h.height == 800);
    REQUIRE(read_image_header(tiny_jpeg(3, 2, 0xC2), h));  // progressive
    CHECK(h.width == 3);
    CHECK_FALSE(read_image_header(tiny_jpeg(3, 2, 0xC4), h));  // a Huffman table is no frame
    CHECK_FALSE(read_image_header(tiny_jpeg(0, 2), h));
    CHECK_FALSE(read_image_header(tiny_jpeg(1200, 800).substr(0, 24), h));  // cut in the frame
    CHECK_FALSE(read_image_header(std::string("\xFF\xD8\xFF\xD9", 4), h));
    CHECK_FALSE(read_image_header(chart_png().substr(0, 20), h));
    std::string bad_ihdr = chart_png();
    bad_ihdr[12] = 'X';
    CHECK_FALSE(read_image_header(bad_ihdr, h));
    CHECK_FALSE(read_image_header("GIF89a......", h));
    CHECK_FALSE(read_image_header("", h));
}

TEST_CASE("loader images: a PNG and a JPEG beside the article are loaded into memory") {
    TempDir dir;
    write_file(dir / "img" / "chart.png", chart_png());
    write_file(dir / "photo.JPEG", photo_jpeg());
    const LoadResult r = load_yaml(
        "id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\nbody:\n"
        "  - image: img/chart.png\n    alt: A chart\n    caption: The *caption*\n    credit: Desk\n"
        "  - image: ./photo.JPEG\n    alt: A photo\n"
        "  - image: img/../img/chart.png\n    alt: Again\n",
        dir.path());
    INFO(lines_of(r).size());
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    const Image& png = std::get<Image>(r.article->body[0].content);
    CHECK(png.path == "img/chart.png");
    CHECK(png.media_type == "image/png");
    CHECK(png.width == 640);
    CHECK(png.height == 360);
    CHECK(png.alt == "A chart");
    CHECK(png.caption.size() == 2);
    CHECK(png.credit == "Desk");
    REQUIRE(png.data);
    CHECK(*png.data == chart_png());
    const Image& jpeg = std::get<Image>(r.article->body[1].content);
    CHECK(jpeg.media_type == "image/jpeg");
    CHECK(jpeg.width == 720);
    CHECK(jpeg.height == 450);
    // The same file used twice is read once and shared.
    const Image& again = std::get<Image>(r.article->body[2].content);
    CHECK(again.data == png.data);
}

TEST_CASE("loader images: paths that leave the folder or are not files are refused") {
    TempDir root;
    const fs::path dir = root / "article";
    write_file(dir / "inside.png", chart_png());
    write_file(root / "outside.png", chart_png());
    fs::create_directory(dir / "folder.png");
    fs::create_symlink(root / "outside.png", dir / "link-out.png");
    fs::create_symlink("inside.png", dir / "link-in.png");
    fs::create_directory_symlink(root.path(), dir / "up");
    write_file(dir / "fake.png", "this is text, not a picture\n");
    write_file(dir / "photo.jpg", chart_png());
    write_file(dir / "pic.gif", "GIF89a");
    write_file(dir / "damaged.png", chart_png().substr(0, 16));

    auto error_for = [&](const std::string& path) {
        const Lines lines = diagnostics_of(article_with_image(path), dir);
        REQUIRE(lines.size() == 1);
        return lines[0];
    };
    CHECK(error_for("../outside.png") ==
          "t.yaml:6:12: error: image \"../outside.png\" leaves the article's folder ('..')");
    CHECK(error_for("a/../../outside.png") ==
          "t.yaml:6:12: error: image \"a/../../outside.png\" leaves the article's folder ('..')");
    CHECK(error_for("link-out.png") == "t.yaml:6:12: error: image \"link-out.png\" is a symbolic "
                                       "link leading outside the article's folder");
    CHECK(error_for("up/outside.png") == "t.yaml:6:12: error: image \"up/outside.png\" is a "
                                         "symbolic link leading outside the article's folder");
    CHECK(error_for(root.path().string() + "/outside.png") ==
          "t.yaml:6:12: error: image \"" + root.path().string() +
              "/outside.png\" has an absolute path; it must be relative to the article's folder");
    CHECK(error_for("https://example.com/a.png") ==
          "t.yaml:6:12: error: image \"https://example.com/a.png\" is a remote URL; images are not "
          "fetched: "
          "put the file beside the article");
    CHECK(error_for("img\\a.png") ==
          "t.yaml:6:12: error: image \"img\\a.png\": write paths with '/', not '\\'");
    CHECK(error_for("missing.png") == "t.yaml:6:12: error: image \"missing.png\" not found");
    CHECK(error_for("folder.png") ==
          "t.yaml:6:12: error: image \"folder.png\" is not a regular file");
    CHECK(error_for("fake.png") == "t.yaml:6:12: error: image \"fake.png\" is not really a PNG "
                                   "file (its content has no PNG or JPEG signature)");
    CHECK(error_for("photo.jpg") ==
          "t.yaml:6:12: error: image \"photo.jpg\" holds PNG data, but its name ends in '.jpg'");
    CHECK(error_for("pic.gif") == "t.yaml:6:12: error: image \"pic.gif\" must be a PNG or JPEG "
                                  "file named .png, .jpg or .jpeg");
    CHECK(
        error_for("damaged.png") ==
        "t.yaml:6:12: error: image \"damaged.png\" is a damaged image file (no valid size header)");
    // A symbolic link that stays inside the folder is fine.
    CHECK(diagnostics_of(article_with_image("link-in.png"), dir).empty());
}

TEST_CASE("loader images: the size limit and the required alt text") {
    TempDir dir;
    write_file(dir / "chart.png", chart_png());
    LoadLimits limits;
    limits.max_image_bytes = 100;
    CHECK(diagnostics_of(article_with_image("chart.png"), dir.path(), limits) ==
          Lines{"t.yaml:6:12: error: image \"chart.png\" is larger than 100 bytes (the limit)"});
    CHECK(diagnostics_of("id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\nbody:\n"
                         "  - {image: chart.png, alt: ''}\n",
                         dir.path()) ==
          Lines{"t.yaml:6:24: error: 'alt' in an image block must not be empty"});
}

TEST_CASE("loader images: file input resolves images against the article's own folder") {
    TempDir dir;
    write_file(dir / "sub" / "chart.png", chart_png());
    write_file(dir / "sub" / "story.yaml", article_with_image("chart.png"));
    const LoadResult r = load_article_file(dir / "sub" / "story.yaml");
    CHECK(r.diagnostics.empty());
    CHECK(r.ok());
}

TEST_CASE("loader images: every image is decoded in full, and what does not decode is refused") {
    TempDir dir;
    const std::string photo = photo_jpeg();
    const auto [sof, sof_length] = first_frame(photo);
    std::string huge = photo;  // a frame header claiming 65535x65535
    huge.replace(sof + 5, 4, std::string("\xFF\xFF\xFF\xFF", 4));
    std::string two_frames = photo;
    two_frames.insert(sof + sof_length, photo.substr(sof, sof_length));
    std::string wide_png = chart_png();  // IHDR width 40000, CRC not even read
    wide_png.replace(16, 4, std::string("\x00\x00\x9C\x40", 4));
    write_file(dir / "photo.jpg", photo);
    write_file(dir / "no-scan.jpg", tiny_jpeg(3, 2));
    write_file(dir / "two-frames.jpg", two_frames);
    write_file(dir / "huge.jpg", huge);
    write_file(dir / "cut.jpg", photo.substr(0, photo.size() / 2));
    write_file(dir / "bad-pixels.png", png_with_bad_pixels(chart_png()));
    write_file(dir / "no-end.png", chart_png().substr(0, chart_png().size() - 12));
    write_file(dir / "wide.png", wide_png);
    write_file(dir / "palette.png", palette_png(0));
    write_file(dir / "past-palette.png", palette_png(1));

    auto error_for = [&](const std::string& path) {
        const Lines lines = diagnostics_of(article_with_image(path), dir.path());
        REQUIRE(lines.size() == 1);
        return lines[0];
    };
    CHECK(diagnostics_of(article_with_image("photo.jpg"), dir.path()).empty());
    CHECK(error_for("no-scan.jpg") ==
          "t.yaml:6:12: error: image \"no-scan.jpg\" cannot be used: "
          "the JPEG data is damaged (Invalid JPEG file structure: missing SOS marker)");
    CHECK(error_for("two-frames.jpg") ==
          "t.yaml:6:12: error: image \"two-frames.jpg\" cannot be used: the JPEG data is damaged "
          "(Invalid JPEG file structure: two SOF markers)");
    CHECK(error_for("huge.jpg") ==
          "t.yaml:6:12: error: image \"huge.jpg\" is 65535x65535 pixels; the limit is 50 million "
          "pixels and 32768 pixels a side");
    CHECK(error_for("cut.jpg") == "t.yaml:6:12: error: image \"cut.jpg\" cannot be used: the JPEG "
                                  "data is damaged (Premature end of JPEG file)");
    CHECK(error_for("bad-pixels.png")
              .rfind("t.yaml:6:12: error: image \"bad-pixels.png\" cannot be used: the PNG data is "
                     "damaged (",
                     0) == 0);
    CHECK(error_for("no-end.png") == "t.yaml:6:12: error: image \"no-end.png\" cannot be used: "
                                     "the PNG data is damaged (the file ends too early)");
    CHECK(diagnostics_of(article_with_image("palette.png"), dir.path()).empty());
    CHECK(error_for("past-palette.png") ==
          "t.yaml:6:12: error: image \"past-palette.png\" cannot be used: the PNG data is "
          "damaged (a pixel refers past the palette)");
    CHECK(error_for("wide.png") ==
          "t.yaml:6:12: error: image \"wide.png\" is 40000x360 pixels; the limit is 50 million "
          "pixels and 32768 pixels a side");
}
