// From display list to PDF: fonts, images, pages, annotations, outline, metadata.
#include "pdf/pdf_writer.hpp"

#include "fonts/glyph_copies.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/to_unicode.hpp"
#include "pdf/xmp_metadata.hpp"
#include "support/zlib_streams.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <list>
#include <optional>

namespace galley::pdf {

namespace {

// A URI action holds 7-bit ASCII: other bytes (UTF-8 in an IRI) and spaces are
// percent-encoded.
std::string ascii_uri(const std::string& url) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : url) {
        if (c <= 0x20 || c >= 0x7F) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// An /ID derived from what the document says: FNV-1a over every content stream and
// the metadata, two 64-bit lanes with different seeds.
class ContentHash {
public:
    void add(std::string_view bytes) {
        for (unsigned char c : bytes) {
            m_a = (m_a ^ c) * 1099511628211ull;
            m_b = (m_b ^ c) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
        }
    }
    std::string digest() const {
        std::string out;
        for (std::uint64_t lane : {m_a, m_b}) {
            for (int i = 7; i >= 0; --i) {
                out += static_cast<char>((lane >> (8 * i)) & 0xFF);
            }
        }
        return out;
    }

private:
    std::uint64_t m_a = 1469598103934665603ull;
    std::uint64_t m_b = 0x84222325CBF29CE4ull;
};

// A subset font program as it was before deflating; empty when it does not inflate.
std::string inflated(const std::string& deflated, std::size_t size) {
    std::string out(size, '\0');
    Inflater inflater(deflated);
    if (!inflater.read(reinterpret_cast<unsigned char*>(out.data()), size)) {
        return {};
    }
    return out;
}

}  // namespace

namespace {

// What a painted page holds, roughly: its vectors' elements.
std::size_t page_bytes(const PageList& page) {
    std::size_t bytes = page.ops.capacity() * sizeof(DrawOp) +
                        page.marks.capacity() * sizeof(MarkedRun) +
                        page.glyphs.capacity() * sizeof(std::uint16_t) +
                        page.adjustments.capacity() * sizeof(std::int16_t) +
                        page.links.capacity() * sizeof(LinkArea);
    for (const auto& text : page.actual_texts) {
        bytes += sizeof text + text.capacity() * sizeof(char32_t);
    }
    return bytes;
}

}  // namespace

PaintedPages::PaintedPages(PageSource& painter, std::size_t keep_bytes) : m_painter(painter) {
    std::size_t kept_bytes = 0;
    bool keeping = true;
    PageList page;
    for (std::size_t p = 0; p < painter.page_count(); ++p) {
        page = PageList{};
        painter.paint(p, page);
        for (const auto& op : page.ops) {
            if (const auto* text = std::get_if<TextOp>(&op)) {
                auto& bits = m_used[static_cast<std::size_t>(text->face)];
                for (std::uint32_t i = 0; i < text->glyph_count; ++i) {
                    bits.set(page.glyphs[text->glyph_begin + i]);
                }
            }
        }
        if (keeping) {
            kept_bytes += page_bytes(page);
            keeping = kept_bytes <= keep_bytes;
            if (keeping) {
                m_kept.push_back(std::move(page));
            } else {
                std::vector<PageList>().swap(m_kept);
            }
        }
    }
}

void PaintedPages::paint(std::size_t index, PageList& page) {
    if (index < m_kept.size()) {
        page = std::move(m_kept[index]);  // handed out once: the writer asks once
        m_kept[index] = PageList{};
    } else {
        m_painter.paint(index, page);
    }
}

std::string write_pdf(const DisplayDocument& document, PageSource& pages, const GlyphUsage& used,
                      const PdfMetadata& metadata, const FontCatalog& catalog,
                      FontSubsetter& subsetter, ImageCache& image_cache, ColorMode color,
                      DiagnosticSink& diagnostics) {
    HpdfDocument pdf;

    // Fonts: one subset per face actually drawn.
    std::array<FontBinding, face_count> fonts{};
    std::array<HpdfDocument::FontRef, face_count> font_refs{};
    std::array<std::shared_ptr<const SubsetFont>, face_count> subsets;
    std::list<std::string> copied_programs;  // subsets with glyph copies, until written
    for (std::size_t f = 0; f < face_count; ++f) {
        if (used[f].empty()) {
            continue;
        }
        const auto id = static_cast<FaceId>(f);
        const FontFace& face = catalog.face(id);
        GlyphSelection selection;
        std::vector<std::pair<std::uint16_t, char32_t>> chars;
        const std::vector<GlyphVariant>& variants = document.unicodes.variants(id);
        auto drawn = [&](std::size_t g) { return used[f].test(g); };
        // The glyphs of the variants drawn (their ids start at first_variant, far past
        // the face's glyphs), then the face's own.
        for (std::size_t v = 0; v < variants.size(); ++v) {
            if (drawn(GlyphUnicodes::first_variant + v)) {
                selection.glyphs.push_back(variants[v].gid);
                for (const VariantPart& part : variants[v].parts) {
                    selection.glyphs.push_back(part.gid);
                }
            }
        }
        used[f].for_each(face.glyph_count(), [&](std::size_t g) {
            selection.glyphs.push_back(static_cast<std::uint16_t>(g));
            if (char32_t cp = document.unicodes.lookup(id, static_cast<std::uint16_t>(g))) {
                selection.unicodes.push_back(cp);
                chars.emplace_back(static_cast<std::uint16_t>(g), cp);
            }
        });
        std::sort(selection.glyphs.begin(), selection.glyphs.end());
        selection.glyphs.erase(std::unique(selection.glyphs.begin(), selection.glyphs.end()),
                               selection.glyphs.end());
        std::sort(selection.unicodes.begin(), selection.unicodes.end());
        selection.unicodes.erase(std::unique(selection.unicodes.begin(), selection.unicodes.end()),
                                 selection.unicodes.end());
        subsets[f] = subsetter.subset(id, face, selection);
        const SubsetFont& subset = *subsets[f];

        FontProgram program;
        program.base_font = subset.tag + "+" + face.postscript_name();
        program.program_deflated = &subset.program_deflated;
        program.program_size = subset.program_size;
        const FaceMetrics& m = face.metrics();
        program.flags = 4 | (m.fixed_pitch ? 1 : 0) | (face_is_serif(id) ? 2 : 0) |
                        (m.italic_angle != 0 ? 64 : 0);
        std::copy(std::begin(m.bbox), std::end(m.bbox), program.bbox);
        program.italic_angle = m.italic_angle;
        program.ascent = m.ascent;
        program.descent = m.descent;
        program.cap_height = m.cap_height;
        program.stem_v = m.weight >= 600 ? 140 : 80;
        program.cff = subset.cff;
        if (subset.cff) {
            // By CID (see SubsetFont::code); CIDs the subset lacks take the common 1000.
            program.widths.assign(static_cast<std::size_t>(subset.old_to_new.back().first) + 1,
                                  1000);
            for (auto old_gid : subset.new_to_old) {
                program.widths[subset.code(old_gid)] = face.advance(old_gid);
            }
        } else {
            program.widths.reserve(subset.new_to_old.size());
            for (auto old_gid : subset.new_to_old) {
                program.widths.push_back(face.advance(old_gid));
            }
        }
        std::vector<std::pair<std::uint16_t, std::u32string>> cmap;
        for (const auto& [old_gid, cp] : chars) {
            cmap.emplace_back(subset.code(old_gid), std::u32string(1, cp));
        }
        // Glyph variants: codes after the subset's glyphs, each with its own text and
        // width, drawn by a copy of its glyph appended to the subset with the variant's
        // width in the font's own metrics too (code = glyph id, CIDToGIDMap Identity).
        // Variants are made for TrueType faces only.
        std::vector<std::uint16_t> variant_codes;
        std::vector<GlyphCopy> copies;
        if (!subset.cff) {
            variant_codes.assign(variants.size(), 0);
            for (std::size_t v = 0; v < variants.size(); ++v) {
                if (!drawn(GlyphUnicodes::first_variant + v)) {
                    continue;
                }
                const auto code =
                    static_cast<std::uint16_t>(subset.new_to_old.size() + copies.size());
                variant_codes[v] = code;
                auto font_units = [&](double thousandths) {
                    return std::lround(thousandths * face.units_per_em() / 1000.0);
                };
                GlyphCopy copy{subset.new_gid(variants[v].gid),
                               static_cast<std::uint16_t>(
                                   std::clamp(font_units(variants[v].width), 0L, 0xFFFFL))};
                for (const VariantPart& part : variants[v].parts) {
                    copy.parts.push_back({subset.new_gid(part.gid),
                                          static_cast<std::int16_t>(
                                              std::clamp(font_units(part.dx), -32768L, 32767L)),
                                          static_cast<std::int16_t>(
                                              std::clamp(font_units(part.dy), -32768L, 32767L))});
                }
                copies.push_back(std::move(copy));
                program.widths.push_back(variants[v].width);
                cmap.emplace_back(code, variants[v].text);
            }
        }
        if (!copies.empty()) {
            const std::string copied =
                append_glyph_copies(inflated(subset.program_deflated, subset.program_size), copies);
            if (copied.empty()) {
                throw Error(ErrorCode::ExportFailed,
                            "pdf: could not append glyph copies to " + face.postscript_name());
            }
            copied_programs.push_back(deflate_bytes(copied));
            program.program_deflated = &copied_programs.back();
            program.program_size = copied.size();
        }
        std::sort(cmap.begin(), cmap.end());
        program.to_unicode = to_unicode_cmap(cmap);
        font_refs[f] = pdf.add_font(program);
        fonts[f].face = &face;
        fonts[f].subset = &subset;
        fonts[f].variants = &variants;
        fonts[f].variant_codes = std::move(variant_codes);
    }

    // Images, each once; one libharu cannot read becomes a frame and a warning.
    std::vector<std::optional<HpdfDocument::ImageInfo>> images(document.images.size());
    for (std::size_t i = 0; i < document.images.size(); ++i) {
        const ImageSource& source = document.images[i];
        try {
            images[i] = pdf.add_image(*image_cache.get(*source.data, source.png));
        } catch (const Error& e) {
            const std::string name = i < metadata.image_names.size() ? metadata.image_names[i] : "";
            diagnostics.warning({metadata.source_name, 0, 0},
                                "image " + name + " could not be embedded (" + e.message() +
                                    "); an empty frame stands in its place");
        }
    }

    ContentHash hash;
    std::optional<PdfBox> trim, bleed;
    if (document.has_trim) {
        trim = PdfBox{document.trim_left, document.trim_bottom, document.trim_right,
                      document.trim_top};
        bleed = PdfBox{document.trim_left - document.bleed, document.trim_bottom - document.bleed,
                       document.trim_right + document.bleed, document.trim_top + document.bleed};
    }
    std::vector<HpdfDocument::PageRef> page_refs;
    std::vector<std::vector<std::optional<HpdfDocument::AnnotRef>>> annotations;  // by page, link
    std::size_t unlinked = 0;  // link areas whose URL is too long for a PDF string
    PageList page;             // one page's display list at a time
    for (std::size_t p = 0; p < pages.page_count(); ++p) {
        page = PageList{};
        pages.paint(p, page);
        const auto ref = pdf.add_page(document.media_width, document.media_height, trim, bleed);
        page_refs.push_back(ref);
        std::array<FontBinding, face_count> bound = fonts;
        std::array<bool, face_count> on_page{};
        std::vector<std::string> image_names(document.images.size());
        PageList drawn;  // the page as drawn: unreadable images replaced by frames
        const PageList* list = &page;
        bool replaced = false;
        for (const auto& op : page.ops) {
            if (const auto* text = std::get_if<TextOp>(&op)) {
                on_page[static_cast<std::size_t>(text->face)] = true;
            } else if (const auto* image = std::get_if<ImageOp>(&op)) {
                if (images[image->image]) {
                    if (image_names[image->image].empty()) {
                        image_names[image->image] =
                            pdf.image_resource(ref, images[image->image]->ref);
                    }
                } else {
                    replaced = true;
                }
            }
        }
        if (replaced) {
            drawn = page;
            for (auto& op : drawn.ops) {
                if (const auto* image = std::get_if<ImageOp>(&op); image && !images[image->image]) {
                    op = RectOp{image->x,      image->y,        image->width,
                                image->height, Ink::gray(0.5f), 0.5};
                }
            }
            list = &drawn;
        }
        for (std::size_t f = 0; f < face_count; ++f) {
            if (on_page[f]) {
                bound[f].resource = pdf.font_resource(ref, font_refs[f]);
            }
        }
        const std::string content =
            page_content(*list, bound, image_names, color, document.structure);
        hash.add(content);
        pdf.append_content(ref, content);
        auto& written = annotations.emplace_back();
        for (const auto& link : page.links) {
            std::string uri = ascii_uri(link.url);
            if (uri.size() > max_pdf_string_bytes) {  // libharu cannot write it
                ++unlinked;
                written.emplace_back();
                continue;
            }
            written.push_back(
                pdf.add_uri_link(ref, PdfBox{link.left, link.bottom, link.right, link.top}, uri));
        }
    }
    if (unlinked > 0) {
        diagnostics.warning(
            {metadata.source_name, 0, 0},
            "pdf: " + std::to_string(unlinked) + " link area(s) with a URL longer than " +
                std::to_string(max_pdf_string_bytes) + " bytes are printed but not clickable");
    }

    // The outline: each entry nests under the nearest earlier entry of a lower level.
    std::vector<std::pair<int, HpdfDocument::OutlineRef>> parents{{0, HpdfDocument::outline_root}};
    for (const auto& item : document.outline) {
        while (parents.size() > 1 && parents.back().first >= item.level) {
            parents.pop_back();
        }
        auto ref = pdf.add_outline(parents.back().second, item.title, page_refs.at(item.page),
                                   item.x, item.top);
        parents.emplace_back(item.level, ref);
    }

    const DocumentInfo& info = metadata.info;
    for (const std::string* field : {&info.title, &info.author, &info.subject, &info.keywords,
                                     &info.creation_date, &info.modification_date}) {
        hash.add(*field);
    }
    pdf.set_info(info);
    pdf.set_language(metadata.language);
    const bool tagged = !document.structure.elements.empty() && !document.structure.overflowed;
    if (document.structure.overflowed) {
        diagnostics.warning({metadata.source_name, 0, 0},
                            "pdf: the article needs more than " +
                                std::to_string(StructureTree::max_elements) +
                                " structure elements (headings, paragraphs, list items); the "
                                "PDF is written untagged");
    }
    if (tagged) {
        pdf.set_structure(document.structure, page_refs, annotations);
        pdf.display_document_title();
        pdf.set_xmp_metadata(xmp_packet(info, metadata.language));
    }
    pdf.set_file_id(hash.digest());
    return pdf.save();
}

}  // namespace galley::pdf
