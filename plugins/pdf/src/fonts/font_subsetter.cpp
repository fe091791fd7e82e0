// hb-subset with a bounded cache; results are deflated once and reused.
#include "fonts/font_subsetter.hpp"

#include <galley/diagnostic.hpp>

#include "support/zlib_streams.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>

namespace galley::pdf {

namespace {

// A deterministic subset tag: six capitals from an FNV-1a hash of name and glyphs.
std::string subset_tag(const std::string& name, const std::vector<std::uint16_t>& glyphs) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](unsigned char b) {
        h ^= b;
        h *= 1099511628211ull;
    };
    for (char c : name) {
        mix(static_cast<unsigned char>(c));
    }
    for (auto g : glyphs) {
        mix(static_cast<unsigned char>(g >> 8));
        mix(static_cast<unsigned char>(g & 0xFF));
    }
    std::string tag(6, 'A');
    for (auto& c : tag) {
        c = static_cast<char>('A' + h % 26);
        h /= 26;
    }
    return tag;
}

std::shared_ptr<const SubsetFont> make_subset(const FontFace& face, const GlyphSelection& sel) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) {
        throw Error(ErrorCode::ExportFailed, "pdf: hb-subset is out of memory");
    }
    hb_set_t* glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    for (auto g : sel.glyphs) {
        hb_set_add(glyphs, g);
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (auto u : sel.unicodes) {
        hb_set_add(unicodes, u);
    }
    // We place glyphs ourselves (no shaping in the PDF viewer), so layout tables and
    // hinting only cost bytes; GSUB closure would also pull in unused glyphs.
    // hb-subset empties .notdef unless told; a document that draws it for a character
    // no font has needs its box (ink), one that does not saves the bytes.
    const bool draws_notdef = !sel.glyphs.empty() && sel.glyphs.front() == 0;
    // CFF charstrings are written out whole, without subroutines: with the few hundred
    // glyphs of an article, keeping a CJK font's subroutine closure cost 2.5 times the
    // time and made the program larger (hb-subset on the zh sample: 14.5 against 5.8 ms,
    // 65 against 59 KB). TrueType faces have no subroutines: the flag does nothing there.
    hb_subset_input_set_flags(
        input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE |
                   (draws_notdef ? HB_SUBSET_FLAGS_NOTDEF_OUTLINE : HB_SUBSET_FLAGS_DEFAULT));
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag :
         {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "kern", "morx", "mort", "feat", "DSIG", "hdmx",
          "VDMX", "LTSH", "gasp", "EBDT", "EBLC", "EBSC", "BDF ", "FFTM", "vhea", "vmtx"}) {
        hb_set_add(drop, hb_tag_from_string(tag, 4));
    }
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face.hb_face(), input);
    hb_subset_input_destroy(input);
    if (!plan) {
        throw Error(ErrorCode::ExportFailed,
                    "pdf: hb-subset could not plan a subset of " + face.postscript_name());
    }
    hb_face_t* result = hb_subset_plan_execute_or_fail(plan);
    if (!result) {
        hb_subset_plan_destroy(plan);
        throw Error(ErrorCode::ExportFailed, "pdf: hb-subset failed on " + face.postscript_name());
    }
    auto out = std::make_shared<SubsetFont>();
    const hb_map_t* new_to_old = hb_subset_plan_new_to_old_glyph_mapping(plan);
    const unsigned count = hb_face_get_glyph_count(result);
    out->new_to_old.resize(count, 0);
    for (unsigned n = 0; n < count; ++n) {
        hb_codepoint_t old = hb_map_get(new_to_old, n);
        out->new_to_old[n] = old == HB_MAP_VALUE_INVALID ? 0 : static_cast<std::uint16_t>(old);
        out->old_to_new.emplace_back(out->new_to_old[n], static_cast<std::uint16_t>(n));
    }
    std::sort(out->old_to_new.begin(), out->old_to_new.end());
    // A CFF face is embedded as its CFF table alone (FontFile3 /CIDFontType0C, PDF 1.3);
    // the whole OpenType file would need /OpenType and PDF 1.6.
    out->cff = face.cff();
    hb_blob_t* blob = out->cff ? hb_face_reference_table(result, HB_TAG('C', 'F', 'F', ' '))
                               : hb_face_reference_blob(result);
    unsigned size = 0;
    const char* data = hb_blob_get_data(blob, &size);
    out->program_size = size;
    out->program_deflated = deflate_bytes(std::string_view(data, size));
    hb_blob_destroy(blob);
    hb_face_destroy(result);
    hb_subset_plan_destroy(plan);
    out->tag = subset_tag(face.postscript_name(), sel.glyphs);
    return out;
}

}  // namespace

std::uint16_t SubsetFont::new_gid(std::uint16_t old_gid) const {
    auto it = std::lower_bound(old_to_new.begin(), old_to_new.end(), old_gid,
                               [](const auto& entry, std::uint16_t g) { return entry.first < g; });
    return it != old_to_new.end() && it->first == old_gid ? it->second : 0;
}

FontSubsetter::FontSubsetter(std::size_t capacity) : m_capacity(capacity) {}

std::shared_ptr<const SubsetFont> FontSubsetter::subset(FaceId id, const FontFace& face,
                                                        const GlyphSelection& selection) {
    Key key{id, {}};
    key.second.reserve(selection.glyphs.size() + selection.unicodes.size() + 1);
    key.second.assign(selection.glyphs.begin(), selection.glyphs.end());
    key.second.push_back(0xFFFFFFFFu);  // separates glyphs from code points
    key.second.insert(key.second.end(), selection.unicodes.begin(), selection.unicodes.end());
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_cache.find(key); it != m_cache.end()) {
            return it->second;
        }
    }
    auto result = make_subset(face, selection);
    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_cache.emplace(key, result);
    if (inserted) {
        m_order.push_back(std::move(key));
        if (m_order.size() > m_capacity) {
            m_cache.erase(m_order.front());
            m_order.pop_front();
        }
    }
    return it->second;
}

}  // namespace galley::pdf
