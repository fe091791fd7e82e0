// Turning an article's PNG or JPEG bytes into the content of a PDF image XObject,
// without libharu's image loaders (its PNG path lets libpng abort the process on a
// corrupt file, and stores the alpha mask uncompressed).
//
// JPEG is passed through (DCTDecode); the loader has already decoded it in full. PNGs
// are decoded with libpng (which also validates them) and re-compressed row by row:
// grey, RGB and palette images of 8 bits or fewer without transparency keep their
// samples, the rest become 8-bit colour with the alpha channel as a separate soft mask.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley::pdf {

struct ImageStream {
    enum class Space { Gray, Rgb, Cmyk, Indexed };
    int width = 0, height = 0;
    int bits = 8;  ///< bits per component
    Space space = Space::Rgb;
    std::string palette;               ///< Indexed: RGB triples
    bool dct = false;                  ///< `data` is a JPEG file
    bool invert = false;               ///< Adobe CMYK JPEG: /Decode [1 0 1 0 1 0 1 0]
    std::string data;                  ///< zlib data (or the JPEG)
    int predictor_colors = 0;          ///< > 0: PNG predictors, /DecodeParms with this /Colors
    std::optional<std::string> alpha;  ///< zlib data of an 8-bit soft mask
};

/// Reads `bytes` (a PNG when `png`, else a JPEG). Throws galley::Error(ExportFailed)
/// saying what is wrong when the file is malformed or too large (over 100 megapixels).
ImageStream image_stream(std::string_view bytes, bool png);

/// The two readers image_stream() chooses from.
ImageStream png_stream(std::string_view bytes);
ImageStream jpeg_stream(std::string_view bytes);

}  // namespace galley::pdf
