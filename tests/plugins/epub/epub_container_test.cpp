// The OCF container byte by byte: mimetype first, stored, with no extra field; entries
// in a fixed order with the article's timestamp; the same bytes on every run.
#include "exporter_harness.hpp"
#include "test_articles.hpp"
#include "zip_reader.hpp"

#include <catch2/catch.hpp>

#include <future>

using namespace galley;
using namespace galley::test;

namespace {

const ExporterHarness& epub() { return ExporterHarness::shared("epub"); }

std::uint16_t u16(const std::string& s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                      static_cast<unsigned char>(s[at + 1]) << 8);
}

// The DOS date/time of every local file header, walking the archive from the start.
std::vector<std::pair<std::uint16_t, std::uint16_t>>
local_header_times(const std::string& zip, const std::vector<ZipEntry>& entries) {
    std::vector<std::pair<std::uint16_t, std::uint16_t>> out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        REQUIRE(zip.compare(at, 4, "PK\x03\x04") == 0);
        REQUIRE((u16(zip, at + 6) & 0x08) == 0);  // sizes in the header, no data descriptor
        out.emplace_back(u16(zip, at + 12), u16(zip, at + 10));
        const std::uint32_t compressed =
            u16(zip, at + 18) | static_cast<std::uint32_t>(u16(zip, at + 20)) << 16;
        at += 30 + u16(zip, at + 26) + u16(zip, at + 28) + compressed;
    }
    return out;
}

}  // namespace

TEST_CASE("the mimetype entry comes first, stored, without an extra field", "[epub][ocf]") {
    const std::string zip = epub().render(feature_article()).output.bytes;
    REQUIRE(zip.size() > 100);
    // The local file header at offset 0 (OCF 3.3 §4.3): what a reading system sniffs.
    CHECK(zip.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(u16(zip, 8) == 0);   // compression: stored
    CHECK(u16(zip, 26) == 8);  // name length
    CHECK(u16(zip, 28) == 0);  // extra field length
    CHECK(zip.compare(30, 8, "mimetype") == 0);
    CHECK(zip.compare(38, 20, "application/epub+zip") == 0);
}

TEST_CASE("the container holds its files in a fixed order, images stored", "[epub][ocf]") {
    const std::vector<ZipEntry> entries = read_zip(epub().render(feature_article()).output.bytes);
    std::vector<std::string> names;
    for (const auto& e : entries) {
        names.push_back(e.name);
    }
    CHECK(names == std::vector<std::string>{"mimetype", "META-INF/container.xml",
                                            "EPUB/package.opf", "EPUB/nav.xhtml",
                                            "EPUB/content.xhtml", "EPUB/style.css", "EPUB/toc.ncx",
                                            "EPUB/images/skyline.png"});
    CHECK(entries[0].method == 0);
    CHECK(entries[1].method == 8);
    CHECK(entries[7].method == 0);
    CHECK(entries[7].bytes == fixture_png());
}

TEST_CASE("every entry carries the article's last change as its time", "[epub][ocf]") {
    const std::string zip = epub().render(feature_article()).output.bytes;
    const auto times = local_header_times(zip, read_zip(zip));
    // updated: 2024-01-16T18:05:00+08:00 = 10:05:00 UTC
    const std::uint16_t date = (2024 - 1980) << 9 | 1 << 5 | 16;
    const std::uint16_t time = 10 << 11 | 5 << 5 | 0;
    for (const auto& [d, t] : times) {
        CHECK(d == date);
        CHECK(t == time);
    }
}

TEST_CASE("the same article gives the same EPUB bytes, on any thread", "[epub][ocf]") {
    const Article article = feature_article();
    const std::string first = epub().render(article).output.bytes;
    std::vector<std::future<std::string>> runs;
    for (int i = 0; i < 4; ++i) {
        runs.push_back(
            std::async(std::launch::async, [&] { return epub().render(article).output.bytes; }));
    }
    for (auto& run : runs) {
        CHECK(run.get() == first);
    }
}
