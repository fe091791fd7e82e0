// Pooling the fragments of set paragraphs.
#include "layout/set_text_compaction.hpp"

#include <cstring>

namespace galley::pdf {

namespace {

template <typename T> void append_bytes(std::string& key, const T& value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    key.append(bytes, sizeof value);
}

// Everything a fragment draws, as bytes: two fragments with the same key paint the
// same. Floats are compared by their bits, so only truly equal values merge.
void fragment_key(std::string& key, const Fragment& f, const ItemList& from) {
    key.clear();
    append_bytes(key, f.face);
    append_bytes(key, f.fake_bold);
    append_bytes(key, f.shaped);
    append_bytes(key, f.invisible);
    append_bytes(key, f.size);
    append_bytes(key, f.tracking);
    for (float v : {f.ink.c, f.ink.m, f.ink.y, f.ink.k, f.ink.r, f.ink.g, f.ink.b}) {
        append_bytes(key, v);
    }
    append_bytes(key, f.width);
    append_bytes(key, f.rise);
    append_bytes(key, f.lang);
    key.append(reinterpret_cast<const char*>(from.glyphs.data() + f.glyph_begin),
               std::size_t{f.glyph_count} * sizeof(std::uint16_t));
    if (f.shaped) {
        key.append(reinterpret_cast<const char*>(from.adjustments.data() + f.glyph_begin),
                   std::size_t{f.glyph_count} * sizeof(std::int16_t));
    }
}

template <typename T> void release(std::vector<T>& v) { std::vector<T>().swap(v); }

}  // namespace

std::int32_t FragmentPool::add(const Fragment& f, const ItemList& from,
                               std::vector<std::int32_t>& pooled_links) {
    ItemList& pool = *m_material;
    // Links and placeholder glyphs (with their actual text) are rare: pooled unshared.
    const bool plain = f.link < 0 && f.actual_text < 0 && pool.fragments.size() >= share_after;
    if (plain) {
        fragment_key(m_key, f, from);
        if (auto it = m_index.find(m_key); it != m_index.end()) {
            return it->second;
        }
    }
    const auto index = static_cast<std::int32_t>(pool.fragments.size());
    Fragment copy = f;
    copy.glyph_begin = static_cast<std::uint32_t>(pool.glyphs.size());
    pool.glyphs.insert(pool.glyphs.end(), from.glyphs.begin() + f.glyph_begin,
                       from.glyphs.begin() + f.glyph_begin + f.glyph_count);
    if (f.shaped) {
        // The shaper's pen moves sit at their glyphs' indices (zero for unshaped ones).
        pool.adjustments.resize(copy.glyph_begin, 0);
        pool.adjustments.insert(pool.adjustments.end(), from.adjustments.begin() + f.glyph_begin,
                                from.adjustments.begin() + f.glyph_begin + f.glyph_count);
    }
    if (f.link >= 0) {
        std::int32_t& link = pooled_links[static_cast<std::size_t>(f.link)];
        if (link < 0) {
            pool.links.push_back(from.links[static_cast<std::size_t>(f.link)]);
            link = static_cast<std::int32_t>(pool.links.size() - 1);
        }
        copy.link = link;
    }
    if (f.actual_text >= 0) {
        pool.actual_texts.push_back(from.actual_texts[static_cast<std::size_t>(f.actual_text)]);
        copy.actual_text = static_cast<std::int32_t>(pool.actual_texts.size() - 1);
    }
    pool.fragments.push_back(copy);
    if (plain && m_index.size() < max_remembered) {
        m_index.emplace(m_key, index);
    }
    return index;
}

void compact_set_text(SetText& text, FragmentPool& pool) {
    ItemList& m = text.material;
    // Old fragment index -> pooled one, filled as the lines reach each fragment.
    std::vector<std::int32_t> pooled(m.fragments.size(), -1);
    std::vector<std::int32_t> pooled_links(m.links.size(), -1);
    for (auto& piece : text.pieces) {
        auto& index = pooled[static_cast<std::size_t>(piece.fragment)];
        if (index < 0) {
            index =
                pool.add(m.fragments[static_cast<std::size_t>(piece.fragment)], m, pooled_links);
        }
        piece.fragment = index;
    }
    text.material = ItemList{};
    text.shared_material = pool.material();
    text.pieces.shrink_to_fit();
    text.lines.shrink_to_fit();
}

void append_set_text(SetText& text, SetText&& part) {
    const auto piece_base = static_cast<std::uint32_t>(text.pieces.size());
    text.shared_material = part.shared_material;
    text.pieces.insert(text.pieces.end(), part.pieces.begin(), part.pieces.end());
    for (SetLine line : part.lines) {
        line.piece_begin += piece_base;
        text.lines.push_back(line);
    }
    release(part.pieces);
}

}  // namespace galley::pdf
