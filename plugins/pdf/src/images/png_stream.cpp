// PNG: decoded with libpng, rows re-compressed for PDF (colour, and alpha as a soft mask).
//
// libpng's fatal errors end a MemoryPngReader::step(); buffers live in png_stream()'s
// frame, outside the steps, so the jump skips no destructor.
#include "images/image_stream.hpp"

#include "support/zlib_streams.hpp"

#include <galley/diagnostic.hpp>
#include <galley/png/memory_png_reader.hpp>

#include <cstdint>
#include <vector>

namespace galley::pdf {

namespace {

constexpr std::uint64_t max_pixels = 100'000'000;

[[noreturn]] void bad(const std::string& why) {
    throw Error(ErrorCode::ExportFailed, "not a usable PNG: " + why);
}

}  // namespace

ImageStream png_stream(std::string_view b) {
    png::MemoryPngReader reader(b);
    png_structp png = reader.png();
    png_infop info = reader.info();
    std::uint32_t width = 0, height = 0;
    int depth = 0, color = 0, passes = 1;
    bool keyed = false;
    if (!reader.step([&] {
            png_read_info(png, info);
            width = png_get_image_width(png, info);
            height = png_get_image_height(png, info);
            depth = png_get_bit_depth(png, info);
            color = png_get_color_type(png, info);
            keyed = png_get_valid(png, info, PNG_INFO_tRNS) != 0;
        })) {
        bad(reader.message());
    }
    if (static_cast<std::uint64_t>(width) * height > max_pixels) {
        bad("the size " + std::to_string(width) + "x" + std::to_string(height) +
            " is above 100 megapixels");
    }

    ImageStream out;
    out.width = static_cast<int>(width);
    out.height = static_cast<int>(height);
    // Grey, RGB or palette images of 8 bits or fewer without transparency go to PDF as
    // they are (PDF takes 1, 2, 4 and 8-bit samples); the rest become 8-bit colour and
    // an 8-bit alpha plane.
    const bool native = !keyed && depth <= 8 &&
                        (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_RGB ||
                         color == PNG_COLOR_TYPE_PALETTE);
    if (native && color == PNG_COLOR_TYPE_PALETTE) {
        png_colorp palette = nullptr;
        int entries = 0;
        png_get_PLTE(png, info, &palette, &entries);
        for (int i = 0; i < entries; ++i) {
            out.palette += static_cast<char>(palette[i].red);
            out.palette += static_cast<char>(palette[i].green);
            out.palette += static_cast<char>(palette[i].blue);
        }
    }
    if (!reader.step([&] {
            if (!native) {
                png_set_expand(png);  // palette -> RGB, low grey -> 8 bits, tRNS -> alpha
                png_set_strip_16(png);
            }
            passes = png_set_interlace_handling(png);
            png_read_update_info(png, info);
        })) {
        bad(reader.message());
    }
    const std::size_t row_bytes = png_get_rowbytes(png, info);
    const std::size_t channels = png_get_channels(png, info);
    // Interlaced rows are complete only after the last pass: keep the whole image then.
    std::vector<unsigned char> pixels(row_bytes * (passes > 1 ? height : 1));
    auto row_at = [&](std::uint32_t y) { return pixels.data() + (passes > 1 ? y * row_bytes : 0); };

    const bool alpha = channels == 2 || channels == 4;
    const std::size_t color_channels = alpha ? channels - 1 : channels;
    Deflater color_out, alpha_out;
    std::vector<unsigned char> color_row(alpha ? width * color_channels : 0),
        alpha_row(alpha ? width : 0);
    bool translucent = false;
    auto emit = [&](const unsigned char* row) {
        if (!alpha) {
            color_out.add(row, row_bytes);
            return;
        }
        for (std::uint32_t x = 0; x < width; ++x) {
            const unsigned char* p = row + x * channels;
            for (std::size_t k = 0; k < color_channels; ++k) {
                color_row[x * color_channels + k] = p[k];
            }
            alpha_row[x] = p[color_channels];
            translucent = translucent || p[color_channels] != 255;
        }
        color_out.add(color_row.data(), color_row.size());
        alpha_out.add(alpha_row.data(), alpha_row.size());
    };
    for (int pass = 0; pass < passes; ++pass) {
        for (std::uint32_t y = 0; y < height; ++y) {
            unsigned char* row = row_at(y);
            if (!reader.step([&] { png_read_row(png, row, nullptr); })) {
                bad(reader.message());
            }
            if (passes == 1) {
                emit(row);
            }
        }
    }
    if (!reader.step([&] { png_read_end(png, nullptr); })) {
        bad(reader.message());
    }
    if (passes > 1) {
        for (std::uint32_t y = 0; y < height; ++y) {
            emit(row_at(y));
        }
    }

    out.bits = native ? depth : 8;
    out.space = native && color == PNG_COLOR_TYPE_PALETTE ? ImageStream::Space::Indexed
                : color_channels == 1                     ? ImageStream::Space::Gray
                                                          : ImageStream::Space::Rgb;
    out.data = color_out.finish();
    if (translucent) {
        out.alpha = alpha_out.finish();
    }
    return out;
}

}  // namespace galley::pdf
