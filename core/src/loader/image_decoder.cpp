// Decodes PNG (libpng) and JPEG (libjpeg-turbo) images row by row to prove they are whole.
//
// Both libraries report fatal errors through a callback that must not return; we leave
// it with longjmp. The setjmp sits in guarded_jpeg() below and MemoryPngReader::step(), and the
// code between setjmp and the jump (the lambdas, the libraries) holds no object with a destructor,
// so nothing is skipped; buffers are owned by the caller's frame, outside the jump.
#include "loader/image_decoder.hpp"

#include <galley/png/memory_png_reader.hpp>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <new>
#include <vector>

#include <jpeglib.h>
// jerror.h after jpeglib.h, which it needs
#include <jerror.h>

namespace galley::detail {

namespace {

// ---------------------------------------------------------------------------- PNG

bool decode_png(std::string_view bytes, DecodedImage& out, std::string& why) try {
    png::MemoryPngReader reader(bytes);
    png_structp png = reader.png();
    png_infop info = reader.info();
    std::vector<unsigned char> row;
    int passes = 1;
    int palette_size = 0;
    bool ok = reader.step([&] {
        png_set_user_limits(png, max_image_side, max_image_side);
        png_set_chunk_malloc_max(png, 8u << 20);
        png_read_info(png, info);
        out.width = static_cast<int>(png_get_image_width(png, info));
        out.height = static_cast<int>(png_get_image_height(png, info));
        out.channels = png_get_channels(png, info);
        out.bit_depth = png_get_bit_depth(png, info);
        out.png_color_type = png_get_color_type(png, info);
        out.interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
        if (out.png_color_type == PNG_COLOR_TYPE_PALETTE) {
            png_colorp palette = nullptr;
            png_get_PLTE(png, info, &palette, &palette_size);
            png_set_packing(png);  // one byte per index, to check each against the palette
        }
        passes = png_set_interlace_handling(png);
        png_read_update_info(png, info);
    });
    if (ok) {
        row.assign(png_get_rowbytes(png, info), 0);
        const bool indexed = out.png_color_type == PNG_COLOR_TYPE_PALETTE;
        bool index_past_palette = false;
        ok = reader.step([&] {
            for (int pass = 0; pass < passes; ++pass) {
                for (int y = 0; y < out.height; ++y) {
                    png_read_row(png, row.data(), nullptr);
                    if (indexed) {
                        for (int x = 0; x < out.width; ++x) {
                            index_past_palette = index_past_palette ||
                                                 row[static_cast<std::size_t>(x)] >= palette_size;
                        }
                    }
                }
            }
            png_read_end(png, nullptr);
        });
        if (ok && index_past_palette) {
            reader.set_message("a pixel refers past the palette");
            ok = false;
        }
    }
    if (!ok) {
        why = std::string("the PNG data is damaged (") + reader.message() + ")";
    }
    return ok;
} catch (const std::bad_alloc&) {
    why = "out of memory while decoding the PNG";
    return false;
}

// --------------------------------------------------------------------------- JPEG

struct JpegErrors {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX + 64];
    int warnings;
};

[[noreturn]] void jpeg_fail(j_common_ptr cinfo) {
    auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, e->message);
    std::longjmp(e->jump, 1);
}

// Level -1 is corrupt data that libjpeg would paper over (grey blocks, a missing end).
void jpeg_note(j_common_ptr cinfo, int level) {
    auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
    if (level < 0 && e->warnings++ == 0) {
        (*cinfo->err->format_message)(cinfo, e->message);
    }
}

void jpeg_count_scans(j_common_ptr cinfo) {
    if (!cinfo->is_decompressor) {
        return;
    }
    const auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (d->input_scan_number > max_jpeg_scans) {
        auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
        std::snprintf(e->message, sizeof e->message, "more than %d progressive scans",
                      max_jpeg_scans);
        std::longjmp(e->jump, 1);
    }
}

template <class Step> bool guarded_jpeg(JpegErrors& errors, Step&& step) {
    if (setjmp(errors.jump)) {
        return false;
    }
    step();
    return true;
}

bool decode_jpeg(std::string_view bytes, DecodedImage& out, std::string& why) {
    JpegErrors errors{};
    jpeg_decompress_struct cinfo{};
    jpeg_progress_mgr progress{};
    cinfo.err = jpeg_std_error(&errors.mgr);
    errors.mgr.error_exit = jpeg_fail;
    errors.mgr.emit_message = jpeg_note;
    progress.progress_monitor = jpeg_count_scans;
    std::vector<unsigned char> row;
    const char* refused = nullptr;
    bool created = false;
    bool ok = guarded_jpeg(errors, [&] {
        jpeg_create_decompress(&cinfo);
        created = true;
        cinfo.mem->max_memory_to_use = max_jpeg_decoder_memory;
        cinfo.progress = &progress;
        jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
                     static_cast<unsigned long>(bytes.size()));
        jpeg_read_header(&cinfo, TRUE);
        out.width = static_cast<int>(cinfo.image_width);
        out.height = static_cast<int>(cinfo.image_height);
        out.channels = cinfo.num_components;
        out.bit_depth = cinfo.data_precision;
        out.interlaced = cinfo.progressive_mode;
        if (cinfo.arith_code) {
            refused = "it uses arithmetic coding, which browsers and PDF readers do not show";
        } else if (cinfo.num_components != 1 && cinfo.num_components != 3 &&
                   cinfo.num_components != 4) {
            refused = "it has a number of colour components other than 1, 3 or 4";
        } else if (cinfo.data_precision != 8) {
            refused = "its samples are not 8-bit";
        }
    });
    if (ok && !refused) {
        cinfo.dct_method = JDCT_IFAST;  // only proving the data decodes: the fast path
        cinfo.do_fancy_upsampling = FALSE;
        ok = guarded_jpeg(errors, [&] { jpeg_start_decompress(&cinfo); });
        if (ok) {
            row.assign(static_cast<std::size_t>(cinfo.output_width) *
                           static_cast<std::size_t>(cinfo.output_components),
                       0);
            ok = guarded_jpeg(errors, [&] {
                while (cinfo.output_scanline < cinfo.output_height) {
                    JSAMPROW rows[1] = {row.data()};
                    jpeg_read_scanlines(&cinfo, rows, 1);
                }
                jpeg_finish_decompress(&cinfo);
            });
        }
    }
    if (created) {
        jpeg_destroy_decompress(&cinfo);
    }
    if (refused) {
        why = std::string("the JPEG is refused: ") + refused;
        return false;
    }
    if (!ok && errors.mgr.msg_code == JERR_NO_BACKING_STORE) {
        why = "the JPEG needs more than " + std::to_string(max_jpeg_decoder_memory >> 20) +
              " MiB to decode (the limit)";
        return false;
    }
    if (!ok || errors.warnings > 0) {
        why = std::string("the JPEG data is damaged (") + errors.message + ")";
        return false;
    }
    return true;
}

}  // namespace

bool decode_image(std::string_view bytes, bool png, DecodedImage& out, std::string& why) {
    return png ? decode_png(bytes, out, why) : decode_jpeg(bytes, out, why);
}

}  // namespace galley::detail
