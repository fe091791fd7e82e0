// One TrueType face read from disk once per process: its cmap, advance widths and the
// metrics a PDF font descriptor needs, pair kerning and shaping by HarfBuzz. Immutable
// after construction apart from the kerning cache and HarfBuzz's shaping state (each
// behind a mutex) and the character-to-glyph table (filled on first use with atomics),
// so any number of renders may read it at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace galley::pdf {

/// What a PDF FontDescriptor says about a face, in 1/1000 em.
struct FaceMetrics {
    int ascent = 0;
    int descent = 0;  ///< negative
    int cap_height = 0;
    int bbox[4] = {0, 0, 0, 0};  ///< xMin, yMin, xMax, yMax
    double italic_angle = 0;
    int weight = 400;  ///< OS/2 usWeightClass
    bool fixed_pitch = false;
};

class FontFace {
public:
    /// Reads face `index` of the TrueType or TrueType-collection file at `path`.
    /// Throws galley::Error(ExportFailed) naming the file and `package` when the file is
    /// missing or has no TrueType outlines.
    FontFace(const std::string& path, unsigned index, const std::string& package);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    /// The glyph for `cp`, or 0 (.notdef) when the face has none.
    std::uint16_t glyph(char32_t cp) const noexcept {
        if (cp < 0x10000) {
            // 0 until looked up, then the glyph + 1; see lookup_glyph().
            const std::uint16_t known = std::atomic_ref(m_bmp[cp]).load(std::memory_order_relaxed);
            return known ? static_cast<std::uint16_t>(known - 1) : lookup_glyph(cp);
        }
        return lookup_glyph(cp);
    }
    bool has(char32_t cp) const noexcept { return glyph(cp) != 0; }

    /// Advance width of `gid` in 1/1000 em, rounded as the PDF /W array gives it.
    int advance(std::uint16_t gid) const noexcept {
        return gid < m_advances.size() ? m_advances[gid] : 0;
    }

    /// The font's pair kerning inside `word` (characters set in this face, one glyph
    /// each): `kerns[i]` is the space added between character i-1 and i, in 1/1000 em
    /// (negative brings them closer). Shaped by HarfBuzz with the font's GPOS or kern
    /// table; all zero where the shaper would not give one glyph per character.
    /// Cached per word because the same words recur; thread-safe. Returns whether the
    /// font's standard ligatures (`liga`) join some of the characters (then the kerns
    /// are zero and the word is for shape()).
    bool kerning(std::u32string_view word, std::vector<int>& kerns) const;

    /// One glyph of a shaped run, in 1/1000 em.
    struct ShapedGlyph {
        std::uint16_t gid = 0;
        std::uint32_t cluster = 0;  ///< index of the first character it stands for
        double advance = 0;
        double x_offset = 0;
        double y_offset = 0;  ///< up from the baseline (a mark stacked on another)
    };
    /// `run` (characters all set in this face) shaped by HarfBuzz with the font's
    /// substitutions and positioning: joining forms, marks, ligatures, mirrored
    /// brackets when `right_to_left`. Glyphs come in visual order (left to right).
    /// `language` is a BCP 47 tag (for `locl`). Thread-safe (one shaping at a time per
    /// face).
    void shape(std::u32string_view run, bool right_to_left, std::string_view language,
               std::vector<ShapedGlyph>& glyphs) const;

    const FaceMetrics& metrics() const noexcept { return m_metrics; }
    double units_per_em() const noexcept { return m_upem; }
    /// The PostScript name, e.g. "LiberationSerif-Bold".
    const std::string& postscript_name() const noexcept { return m_postscript_name; }
    unsigned glyph_count() const noexcept { return static_cast<unsigned>(m_advances.size()); }
    /// Whether the outlines are CFF (OpenType/CFF) rather than TrueType.
    bool cff() const noexcept { return m_cff; }
    /// The HarfBuzz face, for hb-subset (which only reads it).
    hb_face_t* hb_face() const noexcept { return m_face; }

private:
    std::uint16_t lookup_glyph(char32_t cp) const noexcept;
    struct FreeTable {
        void operator()(std::uint16_t* p) const noexcept { std::free(p); }
    };

    hb_blob_t* m_blob = nullptr;
    hb_face_t* m_face = nullptr;
    hb_font_t* m_font = nullptr;
    bool m_cff = false;
    double m_upem = 1000;
    mutable std::mutex m_kerning_mutex;
    // hb_shape on one font from two threads: HarfBuzz caches shape plans per face with
    // atomics ThreadSanitizer cannot see (and compares them with memcmp, which it does).
    mutable std::mutex m_shaping_mutex;
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::u32string_view s) const noexcept {
            return std::hash<std::u32string_view>{}(s);
        }
    };
    // shape() results by direction, language and run; guarded by m_shaping_mutex.
    mutable std::unordered_map<std::u32string, std::vector<ShapedGlyph>, WordHash, std::equal_to<>>
        m_shape_cache;
    // Per word: the kern before each character, then 1 when a ligature forms.
    mutable std::unordered_map<std::u32string, std::vector<std::int16_t>, WordHash, std::equal_to<>>
        m_kerning_cache;
    // U+0000..U+FFFF -> gid + 1, filled from the cmap as characters are first met (an
    // article uses a few hundred; reading the whole cmap cost more than the lookups).
    // Zeroed by calloc, so only the pages of characters met are ever touched; written
    // and read with relaxed atomics (two threads may store the same value).
    std::unique_ptr<std::uint16_t[], FreeTable> m_bmp;
    std::vector<std::uint16_t> m_advances;
    FaceMetrics m_metrics;
    std::string m_postscript_name;
};

}  // namespace galley::pdf
