// PNG: chunk parsing, inflating, unfiltering and de-interlacing, planes for PDF.
#include "images/image_stream.hpp"

#include "support/zlib_streams.hpp"

#include <galley/diagnostic.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace galley::pdf {

namespace {

constexpr std::uint64_t max_pixels = 100'000'000;

[[noreturn]] void bad(const std::string& why) {
    throw Error(ErrorCode::ExportFailed, "not a usable PNG: " + why);
}

std::uint32_t be32(std::string_view b, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    }
    return v;
}

struct Header {
    std::uint32_t width = 0, height = 0;
    int depth = 0, color = 0, interlace = 0;
    int channels() const {
        switch (color) {
        case 0: return 1;
        case 2: return 3;
        case 3: return 1;
        case 4: return 2;
        default: return 4;
        }
    }
    std::size_t row_bytes(std::uint32_t w) const {
        return (static_cast<std::size_t>(w) * static_cast<std::size_t>(channels()) *
                    static_cast<std::size_t>(depth) + 7) / 8;
    }
};

struct Adam7Pass {
    std::uint32_t x0, y0, dx, dy;
};
constexpr std::array<Adam7Pass, 7> adam7{{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                          {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}};

std::uint32_t pass_size(std::uint32_t full, std::uint32_t start, std::uint32_t step) {
    return full > start ? (full - start + step - 1) / step : 0;
}

// A 16-bit colour key of a tRNS chunk.
unsigned key16(const std::string& trns, std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(trns[at])) << 8) |
           static_cast<unsigned char>(trns[at + 1]);
}

int paeth(int a, int b, int c) {
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    if (pa <= pb && pa <= pc) {
        return a;
    }
    return pb <= pc ? b : c;
}

// Undoes one row's filter in place; `prior` is the unfiltered row above (zeros first).
void unfilter(int type, unsigned char* cur, const unsigned char* prior, std::size_t len,
              std::size_t bpp) {
    switch (type) {
    case 0: return;
    case 1:
        for (std::size_t i = bpp; i < len; ++i) {
            cur[i] = static_cast<unsigned char>(cur[i] + cur[i - bpp]);
        }
        return;
    case 2:
        for (std::size_t i = 0; i < len; ++i) {
            cur[i] = static_cast<unsigned char>(cur[i] + prior[i]);
        }
        return;
    case 3:
        for (std::size_t i = 0; i < len; ++i) {
            const int a = i >= bpp ? cur[i - bpp] : 0;
            cur[i] = static_cast<unsigned char>(cur[i] + (a + prior[i]) / 2);
        }
        return;
    case 4:
        for (std::size_t i = 0; i < len; ++i) {
            const int a = i >= bpp ? cur[i - bpp] : 0;
            const int c = i >= bpp ? prior[i - bpp] : 0;
            cur[i] = static_cast<unsigned char>(cur[i] + paeth(a, prior[i], c));
        }
        return;
    default: bad("unknown row filter " + std::to_string(type));
    }
}

// Turns unfiltered rows at the PNG's depth into 8-bit colour (grey or RGB) and alpha.
class RowConverter {
public:
    RowConverter(const Header& h, const std::string& palette, const std::string& trns)
        : m_h(h), m_palette(palette), m_trns(trns), m_max((1u << h.depth) - 1) {}

    bool gray() const { return m_h.color == 0 || m_h.color == 4; }
    std::size_t color_channels() const { return gray() ? 1 : 3; }

    // Converts `width` pixels; returns whether any is not fully opaque.
    bool convert(const unsigned char* line, std::uint32_t width, unsigned char* color,
                 unsigned char* alpha) const {
        bool translucent = false;
        const std::size_t ch = static_cast<std::size_t>(m_h.channels());
        if (m_h.depth == 8 && (m_h.color == 6 || m_h.color == 4)) {
            // The common case, without per-sample dispatch.
            const std::size_t cc = color_channels();
            for (std::uint32_t x = 0; x < width; ++x) {
                const unsigned char* p = line + x * ch;
                for (std::size_t k = 0; k < cc; ++k) {
                    color[x * cc + k] = p[k];
                }
                alpha[x] = p[cc];
                translucent = translucent || p[cc] != 255;
            }
            return translucent;
        }
        for (std::uint32_t x = 0; x < width; ++x) {
            unsigned char* c = color + x * color_channels();
            unsigned char a = 255;
            switch (m_h.color) {
            case 0: {
                const unsigned v = sample(line, x);
                c[0] = to8(v);
                if (m_trns.size() >= 2 && v == key16(m_trns, 0)) {
                    a = 0;
                }
                break;
            }
            case 2: {
                bool key = m_trns.size() >= 6;
                for (std::size_t k = 0; k < 3; ++k) {
                    const unsigned v = sample(line, x * 3 + k);
                    c[k] = to8(v);
                    key = key && v == key16(m_trns, 2 * k);
                }
                a = key ? 0 : 255;
                break;
            }
            case 3: {
                const unsigned index = sample(line, x);
                if (index * 3 + 2 >= m_palette.size()) {
                    bad("a pixel refers past the palette");
                }
                for (unsigned k = 0; k < 3; ++k) {
                    c[k] = static_cast<unsigned char>(m_palette[index * 3 + k]);
                }
                a = index < m_trns.size() ? static_cast<unsigned char>(m_trns[index]) : 255;
                break;
            }
            case 4:
                c[0] = to8(sample(line, x * ch));
                a = to8(sample(line, x * ch + 1));
                break;
            default:
                for (std::size_t k = 0; k < 3; ++k) {
                    c[k] = to8(sample(line, x * ch + k));
                }
                a = to8(sample(line, x * ch + 3));
            }
            alpha[x] = a;
            translucent = translucent || a != 255;
        }
        return translucent;
    }

private:
    // The n-th sample of a row at the PNG's depth (16-bit samples keep all 16 bits).
    unsigned sample(const unsigned char* line, std::size_t n) const {
        switch (m_h.depth) {
        case 8: return line[n];
        case 16: return (static_cast<unsigned>(line[2 * n]) << 8) | line[2 * n + 1];
        default: {
            const std::size_t bit = n * static_cast<std::size_t>(m_h.depth);
            return (line[bit / 8] >> (8 - m_h.depth - static_cast<int>(bit % 8))) & m_max;
        }
        }
    }
    unsigned char to8(unsigned v) const {
        return static_cast<unsigned char>(m_h.depth == 16 ? v >> 8 : v * 255 / m_max);
    }

    const Header& m_h;
    const std::string& m_palette;
    const std::string& m_trns;
    unsigned m_max;
};

}  // namespace

ImageStream png_stream(std::string_view b) {
    if (b.size() < 8 || b.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        bad("no PNG signature");
    }
    Header h;
    std::string idat, palette, trns;
    bool have_header = false, ended = false;
    for (std::size_t at = 8; at + 12 <= b.size() && !ended;) {
        const std::uint32_t length = be32(b, at);
        const std::string_view type = b.substr(at + 4, 4);
        if (length > b.size() - at - 12) {
            bad("a chunk runs past the end of the file");
        }
        const std::string_view body = b.substr(at + 8, length);
        if (type == "IHDR") {
            if (length != 13) {
                bad("bad header chunk");
            }
            h.width = be32(body, 0);
            h.height = be32(body, 4);
            h.depth = static_cast<unsigned char>(body[8]);
            h.color = static_cast<unsigned char>(body[9]);
            h.interlace = static_cast<unsigned char>(body[12]);
            if (body[10] != 0 || body[11] != 0 || h.interlace > 1) {
                bad("unknown compression, filter or interlace method");
            }
            have_header = true;
        } else if (type == "PLTE") {
            palette = std::string(body);
        } else if (type == "tRNS") {
            trns = std::string(body);
        } else if (type == "IDAT") {
            idat.append(body);
        } else if (type == "IEND") {
            ended = true;
        }
        at += 12 + length;
    }
    if (!have_header) {
        bad("no header chunk");
    }
    if (h.width == 0 || h.height == 0 ||
        static_cast<std::uint64_t>(h.width) * h.height > max_pixels) {
        bad("the size " + std::to_string(h.width) + "x" + std::to_string(h.height) +
            " is empty or above 100 megapixels");
    }
    const bool depth_ok = (h.color == 0 && (h.depth == 1 || h.depth == 2 || h.depth == 4 ||
                                            h.depth == 8 || h.depth == 16)) ||
                          (h.color == 3 && (h.depth == 1 || h.depth == 2 || h.depth == 4 || h.depth == 8)) ||
                          ((h.color == 2 || h.color == 4 || h.color == 6) && (h.depth == 8 || h.depth == 16));
    if (!depth_ok) {
        bad("colour type " + std::to_string(h.color) + " with " + std::to_string(h.depth) + "-bit samples");
    }
    if (h.color == 3 && (palette.empty() || palette.size() % 3 != 0 || palette.size() > 768)) {
        bad("missing or malformed palette");
    }
    if (idat.empty()) {
        bad("no image data");
    }

    ImageStream out;
    out.width = static_cast<int>(h.width);
    out.height = static_cast<int>(h.height);
    const std::size_t row = h.row_bytes(h.width);
    const std::size_t bpp = std::max<std::size_t>(1, static_cast<std::size_t>(h.channels() * h.depth / 8));
    Inflater in(idat);

    // Pass-through: PDF's FlateDecode with PNG predictors reads IDAT as it is. The data
    // is still inflated once, row by row, to be sure it is whole.
    const bool passthrough = h.interlace == 0 && trns.empty() && h.depth <= 8 &&
                             (h.color == 0 || h.color == 2 || h.color == 3);
    if (passthrough) {
        std::vector<unsigned char> line(row + 1);
        for (std::uint32_t y = 0; y < h.height; ++y) {
            if (!in.read(line.data(), line.size())) {
                bad("the image data is corrupt or truncated");
            }
            if (line[0] > 4) {
                bad("unknown row filter " + std::to_string(line[0]));
            }
        }
        out.bits = h.depth;
        out.space = h.color == 0 ? ImageStream::Space::Gray
                                 : (h.color == 2 ? ImageStream::Space::Rgb : ImageStream::Space::Indexed);
        out.palette = palette;
        out.predictor_colors = h.channels();
        out.data = std::move(idat);
        return out;
    }

    // Decode to 8-bit colour and alpha planes, compressed as they are produced.
    const RowConverter convert(h, palette, trns);
    const std::size_t cc = convert.color_channels();
    Deflater color, alpha;
    bool translucent = false;
    std::vector<unsigned char> cur(row + 1), prior(row + 1), crow(h.width * cc), arow(h.width);
    if (h.interlace == 0) {
        for (std::uint32_t y = 0; y < h.height; ++y) {
            if (!in.read(cur.data(), cur.size())) {
                bad("the image data is corrupt or truncated");
            }
            unfilter(cur[0], cur.data() + 1, prior.data() + 1, row, bpp);
            translucent = convert.convert(cur.data() + 1, h.width, crow.data(), arow.data()) || translucent;
            color.add(crow.data(), crow.size());
            alpha.add(arow.data(), arow.size());
            std::swap(cur, prior);
        }
    } else {
        // Adam7: each pass is a small image of its own; pixels land on the full grid.
        const std::size_t pixels = static_cast<std::size_t>(h.width) * h.height;
        std::vector<unsigned char> cplane(pixels * cc), aplane(pixels);
        for (const auto& p : adam7) {
            const std::uint32_t pw = pass_size(h.width, p.x0, p.dx);
            const std::uint32_t ph = pass_size(h.height, p.y0, p.dy);
            if (!pw || !ph) {
                continue;
            }
            const std::size_t prow = h.row_bytes(pw);
            std::fill(prior.begin(), prior.end(), 0);
            for (std::uint32_t y = 0; y < ph; ++y) {
                if (!in.read(cur.data(), prow + 1)) {
                    bad("the image data is corrupt or truncated");
                }
                unfilter(cur[0], cur.data() + 1, prior.data() + 1, prow, bpp);
                translucent = convert.convert(cur.data() + 1, pw, crow.data(), arow.data()) || translucent;
                const std::size_t yy = p.y0 + y * p.dy;
                for (std::uint32_t x = 0; x < pw; ++x) {
                    const std::size_t px = yy * h.width + p.x0 + x * p.dx;
                    for (std::size_t k = 0; k < cc; ++k) {
                        cplane[px * cc + k] = crow[x * cc + k];
                    }
                    aplane[px] = arow[x];
                }
                std::swap(cur, prior);
            }
        }
        for (std::uint32_t y = 0; y < h.height; ++y) {
            color.add(cplane.data() + static_cast<std::size_t>(y) * h.width * cc, h.width * cc);
            alpha.add(aplane.data() + static_cast<std::size_t>(y) * h.width, h.width);
        }
    }
    out.bits = 8;
    out.space = cc == 1 ? ImageStream::Space::Gray : ImageStream::Space::Rgb;
    out.data = color.finish();
    if (translucent) {
        out.alpha = alpha.finish();
    }
    return out;
}

}  // namespace galley::pdf
