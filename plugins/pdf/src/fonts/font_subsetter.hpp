// Cutting a face down to the glyphs one document uses (hb-subset), with a per-process
// cache keyed by the glyph set so a batch of similar articles subsets each set once.
#pragma once

#include "fonts/font_catalog.hpp"

#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace galley::pdf {

/// A subset font ready to embed.
struct SubsetFont {
    std::string program_deflated;           ///< the TrueType program, zlib-compressed
    std::size_t program_size = 0;           ///< its size before compression (/Length1)
    std::vector<std::uint16_t> new_to_old;  ///< new glyph id -> glyph id in the full face
    std::vector<std::pair<std::uint16_t, std::uint16_t>> old_to_new;  ///< sorted by old id
    std::string tag;  ///< six capitals, e.g. "KQWBZA", from the glyph set
    /// The program is a bare CID-keyed CFF (FontFile3 /CIDFontType0C), not TrueType.
    bool cff = false;

    /// The new glyph id of `old_gid`; 0 when it is not in the subset.
    std::uint16_t new_gid(std::uint16_t old_gid) const;
    /// The CID the content stream shows for `old_gid`: the subset's glyph id for
    /// TrueType (CIDToGIDMap /Identity); for CFF the glyph's CID, which hb-subset keeps
    /// in the charset and which is the full face's glyph id in Noto CJK (Adobe-Identity-0,
    /// CID = GID). 0 when the glyph is not in the subset.
    std::uint16_t code(std::uint16_t old_gid) const {
        const std::uint16_t n = new_gid(old_gid);
        return cff && n != 0 ? old_gid : n;
    }
};

/// The glyphs and characters a document uses from one face.
struct GlyphSelection {
    std::vector<std::uint16_t> glyphs;  ///< sorted, unique; .notdef is always kept
    std::vector<char32_t> unicodes;     ///< sorted, unique; for the subset's own cmap
};

class FontSubsetter {
public:
    explicit FontSubsetter(std::size_t capacity = 128);

    /// The subset of `face` holding `selection` (glyph closure included, layout tables
    /// and hinting dropped). Thread-safe. Throws galley::Error when hb-subset fails.
    std::shared_ptr<const SubsetFont> subset(FaceId id, const FontFace& face,
                                             const GlyphSelection& selection);

private:
    using Key = std::pair<FaceId, std::vector<std::uint32_t>>;
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::map<Key, std::shared_ptr<const SubsetFont>> m_cache;
    std::list<Key> m_order;  // oldest first, for eviction
};

}  // namespace galley::pdf
