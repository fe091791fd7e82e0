// Image path confinement and PNG/JPEG header parsing.
#include "loader/image_file.hpp"

#include "loader/image_decoder.hpp"
#include "loader/quote.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {

std::uint32_t be32(std::string_view b, std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

unsigned be16(std::string_view b, std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(b[at])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(b[at + 1]));
}

bool read_png(std::string_view b, ImageHeader& h) {
    // Signature, then the IHDR chunk: length 13, type, width, height.
    if (b.size() < 8 + 8 + 13 || be32(b, 8) != 13 || b.substr(12, 4) != "IHDR") {
        return false;
    }
    const std::uint32_t w = be32(b, 16), hgt = be32(b, 20);
    if (w == 0 || hgt == 0 || w > 0x7FFFFFFF || hgt > 0x7FFFFFFF) {
        return false;
    }
    h = {"image/png", static_cast<int>(w), static_cast<int>(hgt)};
    return true;
}

bool read_jpeg(std::string_view b, ImageHeader& h) {
    std::size_t pos = 2;  // after SOI
    while (pos + 4 <= b.size()) {
        if (static_cast<unsigned char>(b[pos]) != 0xFF) {
            return false;
        }
        const auto marker = static_cast<unsigned char>(b[pos + 1]);
        if (marker == 0xFF) {  // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) {  // end of image / scan before any frame
            return false;
        }
        const std::size_t length = be16(b, pos + 2);
        if (length < 2) {
            return false;
        }
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (length < 7 || pos + 9 > b.size()) {
                return false;
            }
            const unsigned hgt = be16(b, pos + 5), w = be16(b, pos + 7);
            if (w == 0 || hgt == 0) {
                return false;
            }
            h = {"image/jpeg", static_cast<int>(w), static_cast<int>(hgt)};
            return true;
        }
        pos += 2 + length;
    }
    return false;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool inside(const fs::path& base, const fs::path& p) {
    auto b = base.begin(), q = p.begin();
    for (; b != base.end(); ++b, ++q) {
        if (q == p.end() || *b != *q) {
            return false;
        }
    }
    return true;
}

}  // namespace

bool read_image_header(std::string_view bytes, ImageHeader& header) {
    if (bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") {
        return read_png(bytes, header);
    }
    if (bytes.substr(0, 3) == "\xFF\xD8\xFF") {
        return read_jpeg(bytes, header);
    }
    return false;
}

const LoadedImage* ImageLoader::load(std::string_view written, std::string& error) {
    const std::string shown = "image " + quote(written);
    if (written.find("://") != std::string_view::npos || written.rfind("data:", 0) == 0) {
        error = shown + " is a remote URL; images are not fetched: put the file beside the article";
        return nullptr;
    }
    if (written.find('\\') != std::string_view::npos) {
        error = shown + ": write paths with '/', not '\\'";
        return nullptr;
    }
    const fs::path rel(written);
    if (rel.is_absolute() || (written.size() >= 2 && written[1] == ':')) {
        error = shown + " has an absolute path; it must be relative to the article's folder";
        return nullptr;
    }
    int depth = 0;
    for (const auto& part : rel) {
        if (part == "..") {
            if (--depth < 0) {
                error = shown + " leaves the article's folder ('..')";
                return nullptr;
            }
        } else if (part != "." && !part.empty()) {
            ++depth;
        }
    }
    const std::string ext = lower(rel.extension().string());
    const char* named = ext == ".png"                     ? "image/png"
                        : ext == ".jpg" || ext == ".jpeg" ? "image/jpeg"
                                                          : nullptr;
    if (!named) {
        error = shown + " must be a PNG or JPEG file named .png, .jpg or .jpeg";
        return nullptr;
    }
    std::error_code ec;
    if (m_canonical_base.empty()) {
        m_canonical_base = fs::canonical(m_base.empty() ? fs::path(".") : m_base, ec);
        if (ec) {
            error = shown + ": the article's folder cannot be resolved (" + ec.message() + ")";
            return nullptr;
        }
    }
    const fs::path full = fs::canonical(m_canonical_base / rel, ec);
    if (ec) {
        error = shown + " not found" +
                (ec == std::errc::no_such_file_or_directory ? "" : " (" + ec.message() + ")");
        return nullptr;
    }
    if (!inside(m_canonical_base, full)) {
        error = shown + " is a symbolic link leading outside the article's folder";
        return nullptr;
    }
    if (auto it = m_cache.find(full); it != m_cache.end()) {
        return &it->second;
    }
    if (!fs::is_regular_file(full, ec)) {
        error = shown + " is not a regular file";
        return nullptr;
    }
    const std::uintmax_t size = fs::file_size(full, ec);
    if (ec || size > m_max_bytes) {
        error = shown + " is larger than " + std::to_string(m_max_bytes) + " bytes (the limit)";
        return nullptr;
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::ifstream in(full, std::ios::binary);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        error = shown + " cannot be read";
        return nullptr;
    }
    ImageHeader header;
    if (!read_image_header(bytes, header)) {
        const std::string_view head(bytes.data(), std::min<std::size_t>(bytes.size(), 8));
        const bool signature = head == "\x89PNG\r\n\x1A\n" || head.substr(0, 3) == "\xFF\xD8\xFF";
        error = signature ? shown + " is a damaged image file (no valid size header)"
                          : shown + " is not really a " + (ext == ".png" ? "PNG" : "JPEG") +
                                " file (its content has no PNG or JPEG signature)";
        return nullptr;
    }
    if (header.media_type != named) {
        error = shown + " holds " + (header.media_type == "image/png" ? "PNG" : "JPEG") +
                " data, but its name ends in '" + rel.extension().string() + "'";
        return nullptr;
    }
    if (static_cast<std::uint32_t>(header.width) > max_image_side ||
        static_cast<std::uint32_t>(header.height) > max_image_side ||
        static_cast<std::uint64_t>(header.width) * static_cast<std::uint64_t>(header.height) >
            max_image_pixels) {
        error = shown + " is " + std::to_string(header.width) + "x" +
                std::to_string(header.height) + " pixels; the limit is " +
                std::to_string(max_image_pixels / 1'000'000) + " million pixels and " +
                std::to_string(max_image_side) + " pixels a side";
        return nullptr;
    }
    DecodedImage decoded;
    std::string why;
    if (!decode_image(bytes, header.media_type == "image/png", decoded, why)) {
        error = shown + " cannot be used: " + why;
        return nullptr;
    }
    LoadedImage& loaded = m_cache[full];
    loaded.header = header;
    loaded.data = std::make_shared<const std::string>(std::move(bytes));
    return &loaded;
}

}  // namespace galley::detail
