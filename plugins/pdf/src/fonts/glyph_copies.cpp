// TrueType table surgery for glyph copies: read the table directory, extend the tables
// indexed by glyph id, write the font again with fresh checksums.
#include "fonts/glyph_copies.hpp"

#include <algorithm>
#include <map>

namespace galley::pdf {

namespace {

std::uint32_t tag(std::string_view t) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(t[0])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(t[1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(t[2])) << 8) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(t[3]));
}

std::uint32_t u16(std::string_view s, std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) << 8) |
           static_cast<unsigned char>(s[at + 1]);
}

std::uint32_t u32(std::string_view s, std::size_t at) {
    return (u16(s, at) << 16) | u16(s, at + 2);
}

void put16(std::string& s, std::size_t at, std::uint32_t v) {
    s[at] = static_cast<char>((v >> 8) & 0xFF);
    s[at + 1] = static_cast<char>(v & 0xFF);
}

void put32(std::string& s, std::size_t at, std::uint32_t v) {
    put16(s, at, v >> 16);
    put16(s, at + 2, v & 0xFFFF);
}

void append16(std::string& s, std::uint32_t v) {
    s += static_cast<char>((v >> 8) & 0xFF);
    s += static_cast<char>(v & 0xFF);
}

void append32(std::string& s, std::uint32_t v) {
    append16(s, v >> 16);
    append16(s, v & 0xFFFF);
}

std::uint32_t checksum(std::string_view data) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < data.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            word =
                (word << 8) | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
        }
        sum += word;
    }
    return sum;
}

}  // namespace

std::string append_glyph_copies(std::string_view font, const std::vector<GlyphCopy>& copies) {
    if (font.size() < 12) {
        return {};
    }
    const std::uint32_t tables = u16(font, 4);
    if (font.size() < 12 + 16 * static_cast<std::size_t>(tables)) {
        return {};
    }
    std::map<std::uint32_t, std::string> table;  // by tag: sorted, as the directory wants
    for (std::uint32_t i = 0; i < tables; ++i) {
        const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
        const std::uint32_t offset = u32(font, record + 8), length = u32(font, record + 12);
        if (offset > font.size() || length > font.size() - offset) {
            return {};
        }
        table[u32(font, record)] = std::string(font.substr(offset, length));
    }
    auto find = [&](std::string_view t) -> std::string* {
        auto it = table.find(tag(t));
        return it == table.end() ? nullptr : &it->second;
    };
    std::string* head = find("head");
    std::string* maxp = find("maxp");
    std::string* hhea = find("hhea");
    std::string* hmtx = find("hmtx");
    std::string* loca = find("loca");
    std::string* glyf = find("glyf");
    if (!head || !maxp || !hhea || !hmtx || !loca || !glyf || head->size() < 54 ||
        maxp->size() < 6 || hhea->size() < 36) {
        return {};
    }
    const std::uint32_t glyphs = u16(*maxp, 4);
    const std::uint32_t metrics = u16(*hhea, 34);
    const bool long_loca = u16(*head, 50) != 0;
    if (glyphs + copies.size() > 0xFFFF || metrics == 0 || metrics > glyphs ||
        hmtx->size() < 4 * metrics + 2 * (glyphs - metrics) ||
        loca->size() < (long_loca ? 4u : 2u) * (glyphs + 1)) {
        return {};
    }
    auto location = [&](std::uint32_t g) {
        return long_loca ? u32(*loca, 4 * g) : 2 * u16(*loca, 2 * g);
    };
    auto advance = [&](std::uint32_t g) { return u16(*hmtx, 4 * std::min(g, metrics - 1)); };
    auto side_bearing = [&](std::uint32_t g) {
        return g < metrics ? u16(*hmtx, 4 * g + 2) : u16(*hmtx, 4 * metrics + 2 * (g - metrics));
    };

    // Every glyph gets a full metric, the copies their own advance; outlines are copied
    // as they are (a composite's components keep their ids), each 4-byte aligned, with
    // long offsets.
    std::string new_hmtx, new_loca, new_glyf;
    std::uint32_t widest = 0;
    for (std::uint32_t g = 0; g < glyphs; ++g) {
        append16(new_hmtx, advance(g));
        append16(new_hmtx, side_bearing(g));
        widest = std::max(widest, advance(g));
    }
    auto add_outline = [&](std::uint32_t g) -> bool {
        const std::uint32_t from = location(g), to = location(g + 1);
        if (from > to || to > glyf->size()) {
            return false;
        }
        append32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
        new_glyf.append(*glyf, from, to - from);
        new_glyf.resize((new_glyf.size() + 3) & ~std::size_t{3}, '\0');
        return true;
    };
    for (std::uint32_t g = 0; g < glyphs; ++g) {
        if (!add_outline(g)) {
            return {};
        }
    }
    // A composite glyph (OpenType glyf, "Composite Glyph Description"): each part by
    // glyph id with word-sized x/y offsets; its box the union of the parts' boxes.
    // `side`: its left side bearing (xMin), for hmtx.
    auto add_composite = [&](const std::vector<GlyphPart>& parts, std::int32_t& side) -> bool {
        std::int32_t x_min = 0x7FFF, y_min = 0x7FFF, x_max = -0x8000, y_max = -0x8000;
        for (const GlyphPart& part : parts) {
            if (part.glyph >= glyphs) {
                return false;
            }
            const std::uint32_t from = location(part.glyph), to = location(part.glyph + 1);
            if (from > to || to > glyf->size()) {
                return false;
            }
            if (to - from >= 10) {  // an empty glyph (a space) has no box
                auto s16 = [&](std::size_t at) {
                    return static_cast<std::int32_t>(static_cast<std::int16_t>(u16(*glyf, at)));
                };
                x_min = std::min(x_min, s16(from + 2) + part.dx);
                y_min = std::min(y_min, s16(from + 4) + part.dy);
                x_max = std::max(x_max, s16(from + 6) + part.dx);
                y_max = std::max(y_max, s16(from + 8) + part.dy);
            }
        }
        if (x_min > x_max) {
            x_min = y_min = x_max = y_max = 0;
        }
        append32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
        append16(new_glyf, 0xFFFF);  // numberOfContours -1: composite
        for (std::int32_t v : {x_min, y_min, x_max, y_max}) {
            append16(new_glyf, static_cast<std::uint32_t>(v) & 0xFFFF);
        }
        constexpr std::uint32_t words = 0x0001, xy_values = 0x0002, more = 0x0020;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            append16(new_glyf, words | xy_values | (i + 1 < parts.size() ? more : 0));
            append16(new_glyf, parts[i].glyph);
            append16(new_glyf, static_cast<std::uint16_t>(parts[i].dx));
            append16(new_glyf, static_cast<std::uint16_t>(parts[i].dy));
        }
        new_glyf.resize((new_glyf.size() + 3) & ~std::size_t{3}, '\0');
        side = x_min;
        return true;
    };
    std::uint32_t most_parts = 0;
    for (const GlyphCopy& copy : copies) {
        if (!copy.parts.empty()) {
            std::int32_t side = 0;
            if (!add_composite(copy.parts, side)) {
                return {};
            }
            most_parts =
                std::max<std::uint32_t>(most_parts, static_cast<std::uint32_t>(copy.parts.size()));
            append16(new_hmtx, copy.advance);
            append16(new_hmtx, static_cast<std::uint32_t>(side) & 0xFFFF);
        } else {
            if (copy.glyph >= glyphs || !add_outline(copy.glyph)) {
                return {};
            }
            append16(new_hmtx, copy.advance);
            append16(new_hmtx, side_bearing(copy.glyph));
        }
        widest = std::max<std::uint32_t>(widest, copy.advance);
    }
    append32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
    const auto total = static_cast<std::uint32_t>(glyphs + copies.size());
    *hmtx = std::move(new_hmtx);
    *loca = std::move(new_loca);
    *glyf = std::move(new_glyf);
    put16(*head, 50, 1);  // long loca
    put32(*head, 8, 0);   // checkSumAdjustment, set below
    put16(*maxp, 4, total);
    if (most_parts > 0 && maxp->size() >= 32) {
        // maxComponentElements, maxComponentDepth: one level above the deepest part.
        put16(*maxp, 28, std::max(u16(*maxp, 28), most_parts));
        put16(*maxp, 30, u16(*maxp, 30) + 1);
    }
    put16(*hhea, 34, total);
    put16(*hhea, 10, widest);
    if (std::string* post = find("post"); post && post->size() >= 32 && u32(*post, 0) != 0x30000) {
        post->resize(32);  // version 3: no glyph names to extend
        put32(*post, 0, 0x30000);
    }
    for (const char* dropped : {"hdmx", "LTSH", "VDMX", "vhea", "vmtx"}) {
        table.erase(tag(dropped));
    }

    // The font again: directory, then the tables 4-byte aligned.
    const auto count = static_cast<std::uint32_t>(table.size());
    std::uint32_t power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    std::string out;
    append32(out, u32(font, 0));
    append16(out, count);
    append16(out, power * 16);
    append16(out, log2);
    append16(out, count * 16 - power * 16);
    std::size_t offset = 12 + 16 * static_cast<std::size_t>(count);
    std::size_t head_offset = 0;
    for (const auto& [t, data] : table) {
        append32(out, t);
        append32(out, checksum(data));
        append32(out, static_cast<std::uint32_t>(offset));
        append32(out, static_cast<std::uint32_t>(data.size()));
        if (t == tag("head")) {
            head_offset = offset;
        }
        offset += (data.size() + 3) & ~std::size_t{3};
    }
    for (const auto& [t, data] : table) {
        out += data;
        out.resize((out.size() + 3) & ~std::size_t{3}, '\0');
    }
    put32(out, head_offset + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace galley::pdf
