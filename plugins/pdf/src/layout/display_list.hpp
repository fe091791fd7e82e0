// What layout hands to the PDF writer: per page, a list of drawing operations in PDF
// user space (points, origin at the MediaBox's lower left), glyphs as ids of the full
// faces, plus link areas and outline entries. No libharu type appears here.
#pragma once

#include "fonts/font_catalog.hpp"
#include "layout/structure_tree.hpp"
#include "text/script_language.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace galley::pdf {

/// A colour given both ways; the writer uses the form the `color` option asks for.
struct Ink {
    float c = 0, m = 0, y = 0, k = 1;
    float r = 0, g = 0, b = 0;

    /// Black at `k` (0..1) coverage: pure K in CMYK, the matching grey in RGB.
    static Ink gray(float k) { return Ink{0, 0, 0, k, 1 - k, 1 - k, 1 - k}; }
    static Ink cmyk_rgb(float c, float m, float y, float k, float r, float g, float b) {
        return Ink{c, m, y, k, r, g, b};
    }
    /// Registration colour for printer's marks (all separations; black in RGB).
    static Ink registration() { return Ink{1, 1, 1, 1, 0, 0, 0}; }
    bool operator==(const Ink&) const = default;
};

/// A run of glyphs of one face at one size, drawn from (x, y) on the baseline.
struct TextOp {
    FaceId face = FaceId::LiberationSerif;
    bool fake_bold = false;  ///< stroke the outlines too (faces without a bold weight)
    /// Not painted (render mode 3): the characters of a ligature after its first, so
    /// that extraction finds them after it, in logical order.
    bool invisible = false;
    float size = 10;
    float tracking = 0;  ///< extra space after each glyph, points
    Ink ink;
    double x = 0, y = 0;
    std::uint32_t glyph_begin = 0;  ///< into PageList::glyphs
    std::uint32_t glyph_count = 0;
    std::int32_t actual_text = -1;  ///< into PageList::actual_texts: what the glyphs stand for
    /// Into PageList::adjustments: a pen move (1/1000 em to the right) before each glyph,
    /// for shaped glyphs whose advances are not the font's; -1 when there are none.
    std::int32_t adjust_begin = -1;
    LanguageCode lang{};  ///< /Lang of the glyphs' marked content; none: the document's
};

struct LineOp {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    Ink ink;
};

struct RectOp {
    double x = 0, y = 0, width = 0, height = 0;
    Ink fill;
    double stroke_width = 0;  ///< > 0: an outline instead of a fill
};

/// An image (index into DisplayDocument::images) scaled into a rectangle.
struct ImageOp {
    std::size_t image = 0;
    double x = 0, y = 0, width = 0, height = 0;
};

using DrawOp = std::variant<TextOp, LineOp, RectOp, ImageOp>;

struct LinkArea {
    double left = 0, bottom = 0, right = 0, top = 0;
    std::string url;
    StructId element = artifact;  ///< the Link structure element the annotation belongs to
};

/// From `op_begin` up to the next run's start, the page's operations are one
/// marked-content sequence: content of `element` with `mcid`, or an artifact.
struct MarkedRun {
    std::uint32_t op_begin = 0;
    StructId element = artifact;
    std::int32_t mcid = -1;
    ArtifactKind artifact_kind = ArtifactKind::Layout;
};

struct PageList {
    std::vector<DrawOp> ops;
    std::vector<MarkedRun> marks;  ///< in op order; empty: nothing is marked
    std::vector<std::uint16_t> glyphs;
    std::vector<std::int16_t> adjustments;
    std::vector<std::u32string> actual_texts;
    std::vector<LinkArea> links;
};

struct OutlineItem {
    int level = 1;  ///< 1 headline, 2..4 headings
    std::string title;
    std::size_t page = 0;
    double x = 0, top = 0;
};

/// An image's bytes as the article gave them.
struct ImageSource {
    std::shared_ptr<const std::string> data;
    bool png = true;
};

/// A glyph of a face under a code of its own: extracting as other text than its own
/// character, or with another width than its own.
/// One glyph of a composite variant, moved by (dx, dy) thousandths of an em.
struct VariantPart {
    std::uint16_t gid = 0;
    int dx = 0, dy = 0;
    bool operator==(const VariantPart&) const = default;
};

struct GlyphVariant {
    std::uint16_t gid = 0;  ///< the glyph shown (a composite's first part)
    std::u32string text;
    int width = 0;  ///< 1/1000 em, the code's /W
    /// Not empty: the variant is one composite glyph of these parts, a shaped cluster of
    /// more glyphs than characters (Thai SARA AM, Bengali O) that then extracts as its
    /// characters in engines reading glyph by glyph.
    std::vector<VariantPart> parts{};
};

/// Which character each glyph stands for, per face, for the ToUnicode CMaps; and the
/// glyph variants: glyph ids from `first_variant` up in a face that has variants stand
/// for a real glyph shown under a code of its own, whose ToUnicode entry is the
/// variant's text. Shaped Indic text needs them: drawn left to right, Devanagari's short
/// i comes before its consonant, so the i glyph extracts as the consonant and the
/// consonant as the i, and a conjunct's one glyph as its three characters. Engines that
/// read text in drawing order or by position (MuPDF, pdf.js, poppler) then all read the
/// characters as written, where /ActualText would serve poppler alone.
class GlyphUnicodes {
public:
    static constexpr std::uint16_t first_variant = 0xF000;

    void note(FaceId face, std::uint16_t gid, char32_t cp) {
        auto& table = m_faces[static_cast<std::size_t>(face)];
        if (table.size() <= gid) {
            table.resize(gid + 1u, 0);
        }
        if (table[gid] == 0) {
            table[gid] = cp;
        }
    }
    /// The character noted first for the glyph, or 0.
    char32_t lookup(FaceId face, std::uint16_t gid) const {
        const auto& table = m_faces[static_cast<std::size_t>(face)];
        return gid < table.size() ? table[gid] : 0;
    }

    /// The id of `gid` shown as `text` with `width`, made on first use; 0 when no more
    /// fit. Only for TrueType faces of fewer than first_variant glyphs: the writer draws
    /// each variant with a copy of its glyph appended to the subset (fonts/glyph_copies).
    std::uint16_t variant(FaceId face, std::uint16_t gid, std::u32string_view text, int width) {
        std::u32string key{static_cast<char32_t>(gid), static_cast<char32_t>(width)};
        key += text;
        return add_variant(face, std::move(key), {gid, std::u32string(text), width});
    }
    /// The id of a composite of `parts` shown as `text` with `width`, made on first use;
    /// 0 when no more fit. For the same faces as variant().
    std::uint16_t composite(FaceId face, const std::vector<VariantPart>& parts,
                            std::u32string_view text, int width) {
        // Keyed apart from single glyphs by a first element past Unicode.
        std::u32string key{static_cast<char32_t>(0x110000 + parts.size()),
                           static_cast<char32_t>(width)};
        for (const VariantPart& part : parts) {
            key += static_cast<char32_t>(part.gid);
            key += static_cast<char32_t>(part.dx);
            key += static_cast<char32_t>(part.dy);
        }
        key += text;
        return add_variant(face, std::move(key),
                           {parts.front().gid, std::u32string(text), width, parts});
    }
    /// Whether a face can still take a word's variants (a thousand): past that, a
    /// cluster is drawn glyph by glyph rather than risk a composite with no code.
    bool has_room(FaceId face) const {
        return m_variants[static_cast<std::size_t>(face)].size() + 1024 <= 0xFFFFu - first_variant;
    }
    const std::vector<GlyphVariant>& variants(FaceId face) const {
        return m_variants[static_cast<std::size_t>(face)];
    }
    /// The variant a glyph id of the display list stands for among a face's `variants`,
    /// or null for a glyph of the face itself.
    static const GlyphVariant* variant_of(const std::vector<GlyphVariant>& variants,
                                          std::uint16_t id) {
        return id >= first_variant && std::size_t{id} - first_variant < variants.size()
                   ? &variants[id - first_variant]
                   : nullptr;
    }

private:
    std::uint16_t add_variant(FaceId face, std::u32string key, GlyphVariant made) {
        auto& variants = m_variants[static_cast<std::size_t>(face)];
        auto [it, added] = m_variant_ids[static_cast<std::size_t>(face)].try_emplace(
            std::move(key), static_cast<std::uint16_t>(first_variant + variants.size()));
        if (added) {
            if (variants.size() >= 0xFFFFu - first_variant) {
                m_variant_ids[static_cast<std::size_t>(face)].erase(it);
                return 0;
            }
            variants.push_back(std::move(made));
        }
        return it->second;
    }

    std::array<std::vector<char32_t>, face_count> m_faces;
    std::array<std::vector<GlyphVariant>, face_count> m_variants;
    // Each face's variants by glyph, width and text, for variant() (called per glyph).
    std::array<std::unordered_map<std::u32string, std::uint16_t>, face_count> m_variant_ids;
};

/// The pages of a document, painted one at a time when asked for: a long article's
/// display lists would otherwise cost many times its text (a drawing operation per
/// word and per space). The writer paints each page twice, once to learn which glyphs
/// the font subsets need and once to write it, and keeps neither.
class PageSource {
public:
    virtual ~PageSource() = default;
    virtual std::size_t page_count() const = 0;
    /// Paints page `index` into `page`, which the caller has emptied. Pages are asked
    /// for in order, from the first, once or more.
    virtual void paint(std::size_t index, PageList& page) = 0;
};

struct DisplayDocument {
    double media_width = 0, media_height = 0;
    bool has_trim = false;
    double trim_left = 0, trim_bottom = 0, trim_right = 0, trim_top = 0;
    double bleed = 0;
    std::vector<OutlineItem> outline;
    std::vector<ImageSource> images;
    GlyphUnicodes unicodes;
    StructureTree structure;  ///< empty: an untagged document
};

}  // namespace galley::pdf
