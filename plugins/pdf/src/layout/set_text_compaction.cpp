// Deduplicating the fragments of a set paragraph.
#include "layout/set_text_compaction.hpp"

#include <cstring>
#include <string>
#include <unordered_map>

namespace galley::pdf {

namespace {

template <typename T>
void append_bytes(std::string& key, const T& value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    key.append(bytes, sizeof value);
}

// Everything a fragment draws, as bytes: two fragments with the same key paint the
// same. Floats are compared by their bits, so only truly equal values merge.
void fragment_key(std::string& key, const Fragment& f, const std::vector<std::uint16_t>& glyphs) {
    key.clear();
    append_bytes(key, f.face);
    append_bytes(key, f.fake_bold);
    append_bytes(key, f.size);
    append_bytes(key, f.tracking);
    for (float v : {f.ink.c, f.ink.m, f.ink.y, f.ink.k, f.ink.r, f.ink.g, f.ink.b}) {
        append_bytes(key, v);
    }
    append_bytes(key, f.width);
    append_bytes(key, f.link);
    append_bytes(key, f.actual_text);
    key.append(reinterpret_cast<const char*>(glyphs.data() + f.glyph_begin),
               std::size_t{f.glyph_count} * sizeof(std::uint16_t));
}

template <typename T>
void release(std::vector<T>& v) {
    std::vector<T>().swap(v);
}

}  // namespace

void compact_set_text(SetText& text) {
    ItemList& m = text.material;
    release(m.items);

    std::vector<Fragment> fragments;
    std::vector<std::uint16_t> glyphs;
    // Old fragment index -> new one, filled as the lines reach each fragment.
    std::vector<std::int32_t> renumbered(m.fragments.size(), -1);
    std::unordered_map<std::string, std::int32_t> seen;
    std::string key;
    for (auto& piece : text.pieces) {
        const auto old = static_cast<std::size_t>(piece.fragment);
        if (renumbered[old] < 0) {
            const Fragment& f = m.fragments[old];
            fragment_key(key, f, m.glyphs);
            auto [it, added] = seen.try_emplace(key, static_cast<std::int32_t>(fragments.size()));
            if (added) {
                Fragment copy = f;
                copy.glyph_begin = static_cast<std::uint32_t>(glyphs.size());
                glyphs.insert(glyphs.end(), m.glyphs.begin() + f.glyph_begin,
                              m.glyphs.begin() + f.glyph_begin + f.glyph_count);
                fragments.push_back(copy);
            }
            renumbered[old] = it->second;
        }
        piece.fragment = renumbered[old];
    }
    fragments.shrink_to_fit();
    glyphs.shrink_to_fit();
    m.fragments = std::move(fragments);
    m.glyphs = std::move(glyphs);
    text.pieces.shrink_to_fit();
    text.lines.shrink_to_fit();
}

void append_set_text(SetText& text, SetText&& part) {
    ItemList& to = text.material;
    ItemList& from = part.material;
    const auto fragment_base = static_cast<std::int32_t>(to.fragments.size());
    const auto glyph_base = static_cast<std::uint32_t>(to.glyphs.size());
    const auto link_base = static_cast<std::int32_t>(to.links.size());
    const auto actual_base = static_cast<std::int32_t>(to.actual_texts.size());
    const auto piece_base = static_cast<std::uint32_t>(text.pieces.size());
    for (Fragment f : from.fragments) {
        f.glyph_begin += glyph_base;
        f.link = f.link >= 0 ? f.link + link_base : f.link;
        f.actual_text = f.actual_text >= 0 ? f.actual_text + actual_base : f.actual_text;
        to.fragments.push_back(f);
    }
    to.glyphs.insert(to.glyphs.end(), from.glyphs.begin(), from.glyphs.end());
    for (auto& link : from.links) {
        to.links.push_back(std::move(link));
    }
    for (auto& actual : from.actual_texts) {
        to.actual_texts.push_back(std::move(actual));
    }
    for (PlacedPiece piece : part.pieces) {
        piece.fragment += fragment_base;
        text.pieces.push_back(piece);
    }
    for (SetLine line : part.lines) {
        line.piece_begin += piece_base;
        text.lines.push_back(line);
    }
}

}  // namespace galley::pdf
