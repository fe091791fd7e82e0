// Image files of figures: path rules, PNG/JPEG sniffing, dimensions, bytes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace galley::detail {

/// What the file header says about an image.
struct ImageHeader {
    std::string media_type;  ///< "image/png" or "image/jpeg"
    int width = 0;
    int height = 0;
};

/// Reads the type and size of a PNG (signature + IHDR) or JPEG (SOI + first SOFn frame
/// header) held in `bytes`. Returns false when the bytes are neither, or are damaged
/// before the size is known.
bool read_image_header(std::string_view bytes, ImageHeader& header);

struct LoadedImage {
    ImageHeader header;
    std::shared_ptr<const std::string> data;
};

/// Checks and loads the images of one article. The path written in the article must be
/// relative, stay inside `base_dir` (no "..", no symbolic link leading out), name an
/// existing regular .png/.jpg/.jpeg file no larger than `max_bytes`, and the content
/// must be what the name says. A file used twice is read once.
class ImageLoader {
public:
    ImageLoader(std::filesystem::path base_dir, std::size_t max_bytes)
        : m_base(std::move(base_dir)), m_max_bytes(max_bytes) {}

    /// The image, or nullptr with `error` set to a complete diagnostic message.
    const LoadedImage* load(std::string_view path, std::string& error);

private:
    std::filesystem::path m_base;
    std::filesystem::path m_canonical_base;
    std::size_t m_max_bytes;
    std::map<std::filesystem::path, LoadedImage> m_cache;
};

}  // namespace galley::detail
