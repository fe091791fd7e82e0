// JPEG: the frame header and the Adobe marker, for a pass-through DCTDecode stream.
#include "images/image_stream.hpp"

#include <galley/diagnostic.hpp>

namespace galley::pdf {

namespace {
[[noreturn]] void bad(const std::string& why) {
    throw Error(ErrorCode::ExportFailed, "not a usable JPEG: " + why);
}
unsigned be16(std::string_view b, std::size_t at) {
    return (static_cast<unsigned char>(b[at]) << 8) | static_cast<unsigned char>(b[at + 1]);
}
}  // namespace

ImageStream jpeg_stream(std::string_view b) {
    if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF ||
        static_cast<unsigned char>(b[1]) != 0xD8) {
        bad("no start-of-image marker");
    }
    ImageStream out;
    out.dct = true;
    bool adobe = false;
    int components = 0;
    std::size_t at = 2;
    while (at + 4 <= b.size()) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) {
            bad("marker expected at byte " + std::to_string(at));
        }
        const unsigned marker = static_cast<unsigned char>(b[at + 1]);
        if (marker == 0xFF) {
            ++at;  // fill byte
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) {
            break;  // end of image / start of scan: the headers are behind us
        }
        const unsigned length = be16(b, at + 2);
        if (length < 2 || at + 2 + length > b.size()) {
            bad("segment runs past the end of the file");
        }
        const std::size_t seg = at + 4;
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (length < 8) {
                bad("short frame header");
            }
            out.bits = static_cast<unsigned char>(b[seg]);
            out.height = static_cast<int>(be16(b, seg + 1));
            out.width = static_cast<int>(be16(b, seg + 3));
            components = static_cast<unsigned char>(b[seg + 5]);
        } else if (marker == 0xEE && length >= 14 && b.substr(seg, 5) == "Adobe") {
            adobe = true;
        }
        at += 2 + length;
    }
    if (components == 0) {
        bad("no frame header");
    }
    if (out.width <= 0 || out.height <= 0) {
        bad("zero width or height (DNL-defined heights are not supported)");
    }
    if (out.bits != 8) {
        bad(std::to_string(out.bits) + "-bit samples (PDF readers take 8)");
    }
    switch (components) {
    case 1: out.space = ImageStream::Space::Gray; break;
    case 3: out.space = ImageStream::Space::Rgb; break;
    case 4:
        out.space = ImageStream::Space::Cmyk;
        out.invert = adobe;  // Photoshop writes CMYK JPEGs inverted
        break;
    default: bad(std::to_string(components) + " colour components");
    }
    out.data = std::string(b);
    return out;
}

}  // namespace galley::pdf
