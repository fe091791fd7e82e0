// Writing a laid-out document as PDF bytes: subsets and embeds the fonts it uses, its
// images, pages with their boxes, links, outline and metadata.
#pragma once

#include "fonts/font_subsetter.hpp"
#include "images/image_cache.hpp"
#include "layout/display_list.hpp"
#include "options/page_setup.hpp"
#include "pdf/hpdf_document.hpp"

#include <galley/diagnostic.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace galley::pdf {

struct PdfMetadata {
    DocumentInfo info;
    std::string language;                  ///< BCP 47, for /Lang
    std::string source_name;               ///< the article, for warnings
    std::vector<std::string> image_names;  ///< by image index, for warnings
};

/// The glyph ids one face draws, as bits. The writer walks the set ones a word at a
/// time: a CJK face has 65,000 glyphs and a page draws a few hundred.
class GlyphBits {
public:
    void set(std::uint16_t id) {
        const std::size_t word = id / 64u;
        if (m_words.size() <= word) {
            m_words.resize(word + 1, 0);
        }
        m_words[word] |= std::uint64_t{1} << (id % 64u);
    }
    bool test(std::size_t id) const {
        return id / 64u < m_words.size() && ((m_words[id / 64u] >> (id % 64u)) & 1u) != 0;
    }
    bool empty() const { return m_words.empty(); }
    /// Calls `visit(id)` for each id below `end` that is set, in increasing order.
    template <typename Visit> void for_each(std::size_t end, Visit&& visit) const {
        for (std::size_t w = 0; w < m_words.size() && w * 64u < end; ++w) {
            for (std::uint64_t bits = m_words[w]; bits != 0; bits &= bits - 1) {
                const std::size_t id = w * 64u + static_cast<std::size_t>(std::countr_zero(bits));
                if (id >= end) {
                    return;
                }
                visit(id);
            }
        }
    }

private:
    std::vector<std::uint64_t> m_words;
};

/// The glyphs each face draws.
using GlyphUsage = std::array<GlyphBits, face_count>;

/// The pages of `painter`, each painted once for the glyphs the document draws (the
/// font subsets must be known before the first page is written). When all the pages
/// together fit in `keep_bytes` they are kept and handed out again instead of being
/// painted twice; a longer document is painted again, page by page, so its memory
/// stays bounded by one page.
class PaintedPages final : public PageSource {
public:
    PaintedPages(PageSource& painter, std::size_t keep_bytes);

    const GlyphUsage& used() const { return m_used; }
    std::size_t page_count() const override { return m_painter.page_count(); }
    /// Each page once, in order, when the pages were kept; otherwise as the painter does.
    void paint(std::size_t index, PageList& page) override;

private:
    PageSource& m_painter;
    GlyphUsage m_used;
    std::vector<PageList> m_kept;  // every page, or none
};

/// The PDF for `document` with the pages `pages` paints, one at a time; `used` is what
/// they draw (PaintedPages::used(), for the font subsets). Throws galley::Error when libharu
/// or hb-subset fail; an image libharu cannot read becomes an empty frame and a warning.
std::string write_pdf(const DisplayDocument& document, PageSource& pages, const GlyphUsage& used,
                      const PdfMetadata& metadata, const FontCatalog& catalog,
                      FontSubsetter& subsetter, ImageCache& images, ColorMode color,
                      DiagnosticSink& diagnostics);

}  // namespace galley::pdf
