// Shrinking set paragraphs to what painting reads, so that a whole article's worth of
// set text can wait for pagination without costing many times the article's size.
#pragma once

#include "layout/line_setter.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace galley::pdf {

/// The fragments (with their glyphs, links and actual texts) of every paragraph of a
/// document, each distinct fragment once: every space, every repeated word is one
/// 60-byte fragment for the whole article instead of one per paragraph.
class FragmentPool {
public:
    FragmentPool() : m_material(std::make_shared<ItemList>()) {}

    /// The index in the pool of a fragment of `from` (an equal one if there is one).
    /// `pooled_links` maps `from`'s link indices to the pool's (-1: not pooled yet), so
    /// the fragments of one link keep one link index: one Link element in the tagged PDF.
    std::int32_t add(const Fragment& fragment, const ItemList& from,
                     std::vector<std::int32_t>& pooled_links);
    std::shared_ptr<const ItemList> material() const { return m_material; }

private:
    /// Fragments pooled before any is shared: a news article's few thousand fragments
    /// cost little memory unshared, and hashing each was 2 % of a corpus export.
    static constexpr std::size_t share_after = 20000;
    /// Distinct fragments remembered for sharing; beyond that new fragments are still
    /// pooled, only not shared, so that text of ever new words cannot grow the table.
    static constexpr std::size_t max_remembered = 1u << 17;

    std::shared_ptr<ItemList> m_material;
    std::unordered_map<std::string, std::int32_t> m_index;
    std::string m_key;
};

/// Moves what the lines of `text` draw into `pool` and drops the rest: the breaking
/// material (boxes, glue, penalties) and fragments no line draws (hyphens at breaks not
/// taken). Afterwards `text.shared_material` holds the fragments and `text.material` is
/// empty. What the lines draw is unchanged, piece for piece.
void compact_set_text(SetText& text, FragmentPool& pool);

/// Appends the lines of `part` after those of `text`, both compacted into the same pool,
/// as one paragraph set in pieces.
void append_set_text(SetText& text, SetText&& part);

}  // namespace galley::pdf
