// Full decoding of figure images at load time (libpng, libjpeg-turbo), so a file that
// only looks like a PNG or JPEG never reaches an exporter.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace galley::detail {

/// Images larger than this are refused before any pixel is decoded.
inline constexpr std::uint64_t max_image_pixels = 50'000'000;
/// The longest side an image may have, in pixels.
inline constexpr std::uint32_t max_image_side = 32'768;
/// What libjpeg may allocate for one image (a progressive JPEG keeps its coefficients).
inline constexpr long max_jpeg_decoder_memory = 256L << 20;
/// Progressive JPEGs with more scans than this are refused (each scan re-reads the image).
inline constexpr int max_jpeg_scans = 1000;

/// What a full decode learned about an image.
struct DecodedImage {
    int width = 0;
    int height = 0;
    int channels = 0;         ///< samples per pixel as stored (PNG: 1-4, JPEG: 1, 3 or 4)
    int bit_depth = 0;        ///< bits per sample as stored
    int png_color_type = -1;  ///< PNG only
    bool interlaced = false;  ///< PNG Adam7 or progressive JPEG
};

/// Decodes every pixel of the PNG (`png`) or JPEG in `bytes`, row by row, without
/// keeping the image. Returns false with `why` (a phrase such as "the PNG data is
/// corrupt (incorrect data check)") when the file does not decode completely, is
/// larger than the limits above, or is a kind PDF readers and browsers do not show
/// (12-bit or arithmetic-coded JPEG, a JPEG with 2 colour components).
bool decode_image(std::string_view bytes, bool png, DecodedImage& out, std::string& why);

}  // namespace galley::detail
