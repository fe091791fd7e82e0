// Reading a TrueType face with HarfBuzz into lookup tables for layout and embedding.
#include "fonts/font_face.hpp"

#include <galley/diagnostic.hpp>

#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <new>

namespace galley::pdf {

namespace {

// Big-endian reads from a table blob; 0 when out of range.
int read_i16(const char* data, unsigned size, unsigned offset) {
    if (offset + 2 > size) {
        return 0;
    }
    auto hi = static_cast<unsigned char>(data[offset]);
    auto lo = static_cast<unsigned char>(data[offset + 1]);
    return static_cast<std::int16_t>(static_cast<std::uint16_t>((hi << 8) | lo));
}

std::int32_t read_i32(const char* data, unsigned size, unsigned offset) {
    if (offset + 4 > size) {
        return 0;
    }
    std::uint32_t v = 0;
    for (unsigned i = 0; i < 4; ++i) {
        v = (v << 8) | static_cast<unsigned char>(data[offset + i]);
    }
    return static_cast<std::int32_t>(v);
}

// HarfBuzz interns language tags in one process-wide list, which it extends and walks
// (with strcmp) from hb_language_from_string and from the name table's language lookup.
// Debian's library publishes new entries with atomics that ThreadSanitizer cannot see, so
// two threads opening faces at once look like a race: every call that can add to or walk
// the list holds this lock, which makes the ordering explicit.
std::mutex& harfbuzz_language_list() {
    static std::mutex lock;
    return lock;
}

// HarfBuzz's language for a BCP 47 tag ("und" when empty), interned under that lock.
hb_language_t harfbuzz_language(std::string_view tag) {
    const std::lock_guard lock(harfbuzz_language_list());
    return tag.empty() ? hb_language_from_string("und", 3)
                       : hb_language_from_string(tag.data(), static_cast<int>(tag.size()));
}

// Calls `fn(data, size)` on one table of the face.
template <typename Fn> void with_table(hb_face_t* face, const char* tag, Fn fn) {
    hb_blob_t* blob = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
    unsigned size = 0;
    const char* data = hb_blob_get_data(blob, &size);
    fn(data, size);
    hb_blob_destroy(blob);
}

}  // namespace

FontFace::FontFace(const std::string& path, unsigned index, const std::string& package)
    : m_bmp(static_cast<std::uint16_t*>(std::calloc(0x10000, sizeof(std::uint16_t)))) {
    if (!m_bmp) {
        throw std::bad_alloc();
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw Error(ErrorCode::ExportFailed,
                    "pdf: font file " + path + " is missing (Debian package " + package + ")");
    }
    m_blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!m_blob) {
        throw Error(ErrorCode::ExportFailed, "pdf: cannot read font file " + path);
    }
    m_face = hb_face_create(m_blob, index);
    const unsigned glyphs = hb_face_get_glyph_count(m_face);
    bool has_glyf = false;
    with_table(m_face, "glyf", [&](const char*, unsigned size) { has_glyf = size > 0; });
    // OpenType/CFF (Noto CJK) is embedded as a bare CFF program (FontFile3).
    with_table(m_face, "CFF ", [&](const char*, unsigned size) { m_cff = size > 0; });
    if (glyphs == 0 || !(has_glyf || m_cff) || glyphs > 0xFFFF) {
        hb_face_destroy(m_face);
        hb_blob_destroy(m_blob);
        throw Error(ErrorCode::ExportFailed, "pdf: " + path + " (face " + std::to_string(index) +
                                                 ") has neither TrueType nor CFF outlines");
    }
    const double upem = hb_face_get_upem(m_face);
    auto per_mille = [&](double units) {
        return static_cast<int>(std::lround(units * 1000.0 / upem));
    };

    m_upem = upem;
    m_font = hb_font_create(m_face);
    hb_font_t* font = m_font;

    // Advances, in 1/1000 em, for every glyph.
    std::vector<hb_codepoint_t> gids(glyphs);
    std::vector<hb_position_t> advances(glyphs);
    for (unsigned g = 0; g < glyphs; ++g) {
        gids[g] = g;
    }
    hb_font_get_glyph_h_advances(font, glyphs, gids.data(), sizeof(hb_codepoint_t), advances.data(),
                                 sizeof(hb_position_t));
    m_advances.resize(glyphs);
    for (unsigned g = 0; g < glyphs; ++g) {
        m_advances[g] = static_cast<std::uint16_t>(std::clamp(per_mille(advances[g]), 0, 0xFFFF));
    }

    // The cmap is read per character on first use (lookup_glyph()). One lookup here makes
    // HarfBuzz build its cmap accelerator now, in this one thread.
    (void)glyph(U' ');

    // Descriptor metrics.
    hb_font_extents_t extents{};
    hb_font_get_h_extents(font, &extents);
    m_metrics.ascent = per_mille(extents.ascender);
    m_metrics.descent = per_mille(extents.descender);
    hb_position_t cap = 0;
    m_metrics.cap_height =
        hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0
            ? per_mille(cap)
            : m_metrics.ascent * 7 / 10;
    with_table(m_face, "head", [&](const char* d, unsigned n) {
        for (int i = 0; i < 4; ++i) {
            m_metrics.bbox[i] = per_mille(read_i16(d, n, 36 + 2 * static_cast<unsigned>(i)));
        }
    });
    with_table(m_face, "post", [&](const char* d, unsigned n) {
        m_metrics.italic_angle = read_i32(d, n, 4) / 65536.0;
        m_metrics.fixed_pitch = read_i32(d, n, 12) != 0;
    });
    with_table(m_face, "OS/2", [&](const char* d, unsigned n) {
        int w = read_i16(d, n, 4);
        m_metrics.weight = w > 0 ? w : 400;
    });

    char name[128];
    unsigned len = sizeof name;
    {
        std::lock_guard lock(harfbuzz_language_list());
        hb_ot_name_get_utf8(m_face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name);
    }
    for (unsigned i = 0; i < len; ++i) {
        // A PDF name may hold only regular characters; PostScript names are ASCII anyway.
        char c = name[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        m_postscript_name += ok ? c : '-';
    }
    if (m_postscript_name.empty()) {
        m_postscript_name = std::filesystem::path(path).stem().string();
    }
}

FontFace::~FontFace() {
    hb_font_destroy(m_font);
    hb_face_destroy(m_face);
    hb_blob_destroy(m_blob);
}

std::uint16_t FontFace::lookup_glyph(char32_t cp) const noexcept {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(m_font, cp, &gid) || gid >= m_advances.size()) {
        gid = 0;
    }
    if (cp < 0x10000) {
        std::atomic_ref(m_bmp[cp]).store(static_cast<std::uint16_t>(gid + 1),
                                         std::memory_order_relaxed);
    }
    return static_cast<std::uint16_t>(gid);
}

}  // namespace galley::pdf

namespace galley::pdf {

bool FontFace::kerning(std::u32string_view word, std::vector<int>& kerns) const {
    const std::size_t n = word.size();
    kerns.assign(n, 0);
    if (n < 2) {
        return false;
    }
    const std::lock_guard lock(m_kerning_mutex);
    auto it = m_kerning_cache.find(word);
    if (it == m_kerning_cache.end()) {
        it = m_kerning_cache.try_emplace(std::u32string(word)).first;
        std::vector<std::int16_t>& out = it->second;
        out.assign(n + 1, 0);
        hb_buffer_t* buffer = hb_buffer_create();
        hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(word.data()),
                            static_cast<int>(n), 0, static_cast<int>(n));
        // A fixed language, made once: left unset, HarfBuzz would take the process
        // locale's (output that depends on the environment), and create that language
        // object on first use from whichever thread gets there.
        static const hb_language_t language = harfbuzz_language({});
        hb_buffer_set_language(buffer, language);
        hb_buffer_guess_segment_properties(buffer);
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
        // Kerning and standard ligatures: a word with a ligature is drawn by the shaper
        // (with its extraction); contextual forms stay off, so every other word is one
        // glyph per character.
        static const hb_feature_t features[] = {{HB_TAG('c', 'l', 'i', 'g'), 0, 0, ~0u},
                                                {HB_TAG('c', 'a', 'l', 't'), 0, 0, ~0u},
                                                {HB_TAG('r', 'l', 'i', 'g'), 0, 0, ~0u},
                                                {HB_TAG('c', 'c', 'm', 'p'), 0, 0, ~0u},
                                                {HB_TAG('l', 'o', 'c', 'l'), 0, 0, ~0u}};
        hb_shape(m_font, buffer, features, sizeof features / sizeof features[0]);
        unsigned count = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
        bool one_to_one = count == n;
        for (unsigned i = 0; one_to_one && i < count; ++i) {
            one_to_one = info[i].cluster == i && info[i].codepoint == glyph(word[i]) &&
                         pos[i].y_offset == 0 && pos[i].x_offset == 0;
        }
        for (unsigned i = 1; one_to_one && i < count; ++i) {
            const hb_position_t nominal =
                hb_font_get_glyph_h_advance(m_font, info[i - 1].codepoint);
            const long delta = std::lround((pos[i - 1].x_advance - nominal) * 1000.0 / m_upem);
            out[i] = static_cast<std::int16_t>(std::clamp(delta, -500L, 500L));
        }
        out[n] = count < n ? 1 : 0;
        hb_buffer_destroy(buffer);
    }
    for (std::size_t i = 0; i < n; ++i) {
        kerns[i] = it->second[i];
    }
    return it->second[n] != 0;
}

}  // namespace galley::pdf

namespace galley::pdf {

void FontFace::shape(std::u32string_view run, bool right_to_left, std::string_view language,
                     std::vector<ShapedGlyph>& glyphs) const {
    glyphs.clear();
    if (run.empty()) {
        return;
    }
    // Words recur within an article and across a batch in one language: the shaped
    // result is kept per direction, language and run (bounded; cleared when full).
    std::u32string key(1, right_to_left ? U'R' : U'L');
    key.append(language.begin(), language.end());
    key += U'\0';
    key += run;
    {
        const std::lock_guard lock(m_shaping_mutex);
        if (const auto it = m_shape_cache.find(key); it != m_shape_cache.end()) {
            glyphs = it->second;
            return;
        }
    }
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_set_language(buffer, harfbuzz_language(language));
    hb_buffer_guess_segment_properties(buffer);
    hb_buffer_set_direction(buffer, right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    // Joiners and other default-ignorable characters shape their neighbours but get no
    // glyph (a zero-width space glyph would extract as a space).
    hb_buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
    {
        const std::lock_guard lock(m_shaping_mutex);
        hb_shape(m_font, buffer, nullptr, 0);
    }
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    glyphs.reserve(count);
    const double scale = 1000.0 / m_upem;
    for (unsigned i = 0; i < count; ++i) {
        ShapedGlyph g;
        g.gid = static_cast<std::uint16_t>(info[i].codepoint < m_advances.size() ? info[i].codepoint
                                                                                 : 0);
        g.cluster = info[i].cluster;
        g.advance = pos[i].x_advance * scale;
        g.x_offset = pos[i].x_offset * scale;
        g.y_offset = pos[i].y_offset * scale;
        glyphs.push_back(g);
    }
    hb_buffer_destroy(buffer);
    const std::lock_guard lock(m_shaping_mutex);
    if (m_shape_cache.size() >= 50000) {
        m_shape_cache.clear();
    }
    m_shape_cache.emplace(std::move(key), glyphs);
}

}  // namespace galley::pdf
