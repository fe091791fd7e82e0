// libharu 2.3.0 behind RAII: document, pages, our own Type0 fonts, images, links,
// outlines, metadata, and saving to memory.
#include "pdf/hpdf_document.hpp"

#include "support/zlib_streams.hpp"

#include <galley/diagnostic.hpp>
#include <galley/text.hpp>

#include <hpdf.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

static_assert(HPDF_VERSION_ID == 20300,
              "galley's pdf exporter uses libharu 2.3.0 internals; check hpdf_document.cpp "
              "before building with another version");

namespace galley::pdf {

// zlib level for page content. Level 6 (zlib's default) spent about a sixth of a
// one-page export compressing its content stream; level 4 takes under half that time
// for streams about a tenth larger (docs/performance.md).
constexpr int content_compression = 4;

namespace {

// Streams we compress ourselves (fonts, cached across documents) keep libharu's
// filter at NONE, which makes it drop /Filter; this hook writes the key back.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

// Page contents we compress ourselves, as each page is finished (libharu would keep
// every page's operators uncompressed until save()): the same bytes libharu writes
// for a FlateDecode content stream, whose filter it writes as an array.
HPDF_STATUS write_flate_filter_array(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

// The first error libharu reports through its handler.
struct ErrorSlot {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void on_hpdf_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* slot = static_cast<ErrorSlot*>(user);
    if (slot->code == HPDF_OK) {
        slot->code = code;
        slot->detail = detail;
    }
}

}  // namespace

struct HpdfDocument::Impl {
    HPDF_Doc doc = nullptr;
    ErrorSlot reported;
    std::vector<HPDF_Page> pages;
    std::vector<HPDF_Dict> fonts;
    std::vector<HPDF_Dict> images;
    std::vector<HPDF_Annotation> annotations;
    std::vector<HPDF_Outline> outlines{nullptr};

    // Throws if libharu reported an error, through the handler or the sticky state.
    void check(const char* what) {
        const bool handled = reported.code != HPDF_OK;
        HPDF_STATUS code = handled ? reported.code : HPDF_GetError(doc);
        if (code == HPDF_OK) {
            return;
        }
        HPDF_STATUS d = handled ? reported.detail : HPDF_GetErrorDetail(doc);
        char buf[64];
        std::snprintf(buf, sizeof buf, " (libharu error 0x%04X, detail %d)",
                      static_cast<unsigned>(code), static_cast<int>(d));
        reported = {};
        HPDF_ResetError(doc);
        throw Error(ErrorCode::ExportFailed, std::string("pdf: ") + what + " failed" + buf);
    }
    template <typename T> T checked(T value, const char* what) {
        check(what);
        if (!value) {
            throw Error(ErrorCode::ExportFailed, std::string("pdf: ") + what + " failed");
        }
        return value;
    }

    HPDF_MMgr mmgr() const { return doc->mmgr; }

    HPDF_Dict new_indirect_dict() {
        HPDF_Dict d = checked(HPDF_Dict_New(mmgr()), "creating a dictionary");
        if (HPDF_Xref_Add(doc->xref, d) != HPDF_OK) {
            check("registering an object");
        }
        return d;
    }
    HPDF_Dict new_stream(bool compress) {
        HPDF_Dict s = checked(HPDF_DictStream_New(mmgr(), doc->xref), "creating a stream");
        s->filter = compress ? HPDF_STREAM_FILTER_FLATE_DECODE : HPDF_STREAM_FILTER_NONE;
        return s;
    }
    void add(HPDF_Dict dict, const char* key, void* value) {
        if (!value || HPDF_Dict_Add(dict, key, value) != HPDF_OK) {
            check(key);
            throw Error(ErrorCode::ExportFailed, std::string("pdf: cannot set /") + key);
        }
    }
    void add_name(HPDF_Dict dict, const char* key, const std::string& name) {
        add(dict, key, HPDF_Name_New(mmgr(), name.c_str()));
    }
    void add_int(HPDF_Dict dict, const char* key, int value) {
        add(dict, key, HPDF_Number_New(mmgr(), value));
    }
    void add_real(HPDF_Dict dict, const char* key, double value) {
        add(dict, key, HPDF_Real_New(mmgr(), static_cast<HPDF_REAL>(value)));
    }
    HPDF_Array int_array(std::initializer_list<int> values) {
        HPDF_Array a = checked(HPDF_Array_New(mmgr()), "creating an array");
        for (int v : values) {
            HPDF_Array_AddNumber(a, v);
        }
        return a;
    }
    // A text string object: literal for printable ASCII, UTF-16BE hex otherwise.
    void* text_string(const std::string& utf8) {
        bool literal = false, cut = false;
        std::string bytes = pdf_text_string(fit_pdf_text(utf8, cut), literal);
        if (literal) {
            return HPDF_String_New(mmgr(), bytes.c_str(), nullptr);
        }
        return HPDF_Binary_New(mmgr(), reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                               static_cast<HPDF_UINT>(bytes.size()));
    }
    void write(HPDF_Stream stream, std::string_view bytes) {
        if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                              static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK) {
            check("writing a stream");
        }
    }
    HPDF_Page page(PageRef ref) const { return pages.at(ref); }

    // The page whose operators are being compressed, if any; each page's content is
    // one zlib stream, so a page whose content was written takes no more.
    static constexpr std::size_t no_page = static_cast<std::size_t>(-1);
    std::size_t open_content = no_page;
    Deflater content_deflater{content_compression};
    std::vector<bool> content_written;

    void finish_content() {
        if (open_content == no_page) {
            return;
        }
        auto* attr = static_cast<HPDF_PageAttr>(page(open_content)->attr);
        write(attr->stream, content_deflater.finish());
        attr->contents->filter = HPDF_STREAM_FILTER_NONE;
        attr->contents->write_fn = write_flate_filter_array;
        content_written[open_content] = true;
        open_content = no_page;
    }
};

HpdfDocument::HpdfDocument() : m(std::make_unique<Impl>()) {
    m->doc = HPDF_New(on_hpdf_error, &m->reported);
    if (!m->doc) {
        throw Error(ErrorCode::ExportFailed, "pdf: libharu could not create a document");
    }
    HPDF_SetCompressionMode(m->doc, HPDF_COMP_ALL);
    m->check("setting compression");
}

HpdfDocument::~HpdfDocument() {
    if (m && m->doc) {
        HPDF_Free(m->doc);
    }
}

HpdfDocument::PageRef HpdfDocument::add_page(double width, double height,
                                             const std::optional<PdfBox>& trim,
                                             const std::optional<PdfBox>& bleed) {
    HPDF_Page page = m->checked(HPDF_AddPage(m->doc), "adding a page");
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height));
    // 2.3.0 has no API for TrimBox/BleedBox; the page is a dictionary we can extend.
    auto box = [&](const char* key, const PdfBox& b) {
        HPDF_Box hb{static_cast<HPDF_REAL>(b.left), static_cast<HPDF_REAL>(b.bottom),
                    static_cast<HPDF_REAL>(b.right), static_cast<HPDF_REAL>(b.top)};
        m->add(page, key, HPDF_Box_Array_New(page->mmgr, hb));
    };
    if (bleed) {
        box("BleedBox", *bleed);
    }
    if (trim) {
        box("TrimBox", *trim);
    }
    m->check("setting the page size");
    m->pages.push_back(page);
    return m->pages.size() - 1;
}

HpdfDocument::FontRef HpdfDocument::add_font(const FontProgram& font) {
    Impl& d = *m;
    HPDF_Dict file = d.new_stream(false);
    if (font.cff) {
        d.add_name(file, "Subtype", "CIDFontType0C");
    } else {
        d.add_int(file, "Length1", static_cast<int>(font.program_size));
    }
    file->write_fn = write_flate_filter;
    d.write(file->stream, *font.program_deflated);

    HPDF_Dict descriptor = d.new_indirect_dict();
    d.add_name(descriptor, "Type", "FontDescriptor");
    d.add_name(descriptor, "FontName", font.base_font);
    d.add_int(descriptor, "Flags", font.flags);
    d.add(descriptor, "FontBBox",
          d.int_array({font.bbox[0], font.bbox[1], font.bbox[2], font.bbox[3]}));
    d.add_real(descriptor, "ItalicAngle", font.italic_angle);
    d.add_int(descriptor, "Ascent", font.ascent);
    d.add_int(descriptor, "Descent", font.descent);
    d.add_int(descriptor, "CapHeight", font.cap_height);
    d.add_int(descriptor, "StemV", font.stem_v);
    d.add(descriptor, font.cff ? "FontFile3" : "FontFile2", file);

    // /W lists only glyphs whose width differs from /DW, the most common width
    // (a CJK subset is then almost all /DW 1000). Counted by runs of equal widths: a CJK
    // subset's widths run over every CID up to its last, tens of thousands.
    std::map<int, std::size_t> frequency;
    for (std::size_t i = 0; i < font.widths.size();) {
        std::size_t end = i + 1;
        while (end < font.widths.size() && font.widths[end] == font.widths[i]) {
            ++end;
        }
        frequency[font.widths[i]] += end - i;
        i = end;
    }
    int dw = 1000;
    std::size_t best = 0;
    for (const auto& [w, n] : frequency) {
        if (n > best) {
            best = n;
            dw = w;
        }
    }
    HPDF_Array widths = d.checked(HPDF_Array_New(d.mmgr()), "creating /W");
    for (std::size_t cid = 0; cid < font.widths.size();) {
        if (font.widths[cid] == dw) {
            ++cid;
            continue;
        }
        HPDF_Array run = d.checked(HPDF_Array_New(d.mmgr()), "creating /W");
        HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(cid));
        while (cid < font.widths.size() && font.widths[cid] != dw) {
            HPDF_Array_AddNumber(run, font.widths[cid]);
            ++cid;
        }
        HPDF_Array_Add(widths, run);
    }

    HPDF_Dict system_info = d.checked(HPDF_Dict_New(d.mmgr()), "creating CIDSystemInfo");
    d.add(system_info, "Registry", HPDF_String_New(d.mmgr(), "Adobe", nullptr));
    d.add(system_info, "Ordering", HPDF_String_New(d.mmgr(), "Identity", nullptr));
    d.add_int(system_info, "Supplement", 0);

    HPDF_Dict cid_font = d.new_indirect_dict();
    d.add_name(cid_font, "Type", "Font");
    d.add_name(cid_font, "Subtype", font.cff ? "CIDFontType0" : "CIDFontType2");
    d.add_name(cid_font, "BaseFont", font.base_font);
    d.add(cid_font, "CIDSystemInfo", system_info);
    d.add(cid_font, "FontDescriptor", descriptor);
    d.add_int(cid_font, "DW", dw);
    d.add(cid_font, "W", widths);
    if (!font.cff) {
        d.add_name(cid_font, "CIDToGIDMap", "Identity");
    }

    HPDF_Dict to_unicode = d.new_stream(true);
    d.write(to_unicode->stream, font.to_unicode);

    HPDF_Dict type0 = d.new_indirect_dict();
    d.add_name(type0, "Type", "Font");
    d.add_name(type0, "Subtype", "Type0");
    d.add_name(type0, "BaseFont", font.base_font);
    d.add_name(type0, "Encoding", "Identity-H");
    HPDF_Array descendants = d.checked(HPDF_Array_New(d.mmgr()), "creating DescendantFonts");
    HPDF_Array_Add(descendants, cid_font);
    d.add(type0, "DescendantFonts", descendants);
    d.add(type0, "ToUnicode", to_unicode);
    d.check("embedding a font");
    d.fonts.push_back(type0);
    return d.fonts.size() - 1;
}

HpdfDocument::ImageInfo HpdfDocument::add_image(const ImageStream& image) {
    Impl& d = *m;
    auto image_object = [&](const std::string& data, bool dct) {
        HPDF_Dict x = d.new_stream(false);
        if (dct) {
            x->filter = HPDF_STREAM_FILTER_DCT_DECODE;  // written as is, labelled DCTDecode
        } else {
            x->write_fn = write_flate_filter;
        }
        d.add_name(x, "Type", "XObject");
        d.add_name(x, "Subtype", "Image");
        d.add_int(x, "Width", image.width);
        d.add_int(x, "Height", image.height);
        d.write(x->stream, data);
        return x;
    };
    HPDF_Dict x = image_object(image.data, image.dct);
    d.add_int(x, "BitsPerComponent", image.bits);
    switch (image.space) {
    case ImageStream::Space::Gray: d.add_name(x, "ColorSpace", "DeviceGray"); break;
    case ImageStream::Space::Rgb: d.add_name(x, "ColorSpace", "DeviceRGB"); break;
    case ImageStream::Space::Cmyk: d.add_name(x, "ColorSpace", "DeviceCMYK"); break;
    case ImageStream::Space::Indexed: {
        HPDF_Array space = d.checked(HPDF_Array_New(d.mmgr()), "creating a colour space");
        HPDF_Array_AddName(space, "Indexed");
        HPDF_Array_AddName(space, "DeviceRGB");
        HPDF_Array_AddNumber(space, static_cast<HPDF_INT32>(image.palette.size() / 3) - 1);
        std::string palette = image.palette;
        HPDF_Array_Add(space,
                       HPDF_Binary_New(d.mmgr(), reinterpret_cast<HPDF_BYTE*>(palette.data()),
                                       static_cast<HPDF_UINT>(palette.size())));
        d.add(x, "ColorSpace", space);
        break;
    }
    }
    if (image.invert) {
        d.add(x, "Decode", d.int_array({1, 0, 1, 0, 1, 0, 1, 0}));
    }
    if (image.predictor_colors > 0) {
        HPDF_Dict parms = d.checked(HPDF_Dict_New(d.mmgr()), "creating DecodeParms");
        d.add_int(parms, "Predictor", 15);
        d.add_int(parms, "Colors", image.predictor_colors);
        d.add_int(parms, "BitsPerComponent", image.bits);
        d.add_int(parms, "Columns", image.width);
        d.add(x, "DecodeParms", parms);
    }
    ImageInfo info;
    info.width = image.width;
    info.height = image.height;
    if (image.alpha) {
        HPDF_Dict mask = image_object(*image.alpha, false);
        d.add_int(mask, "BitsPerComponent", 8);
        d.add_name(mask, "ColorSpace", "DeviceGray");
        d.add(x, "SMask", mask);
        info.soft_mask = true;
        require_version(4);
    }
    d.check("embedding an image");
    d.images.push_back(x);
    info.ref = d.images.size() - 1;
    return info;
}

std::string HpdfDocument::font_resource(PageRef page, FontRef font) {
    const char* name = HPDF_Page_GetLocalFontName(m->page(page), m->fonts.at(font));
    return m->checked(name, "registering a font resource");
}

std::string HpdfDocument::image_resource(PageRef page, ImageRef image) {
    const char* name = HPDF_Page_GetXObjectName(m->page(page), m->images.at(image));
    return m->checked(name, "registering an image resource");
}

void HpdfDocument::append_content(PageRef page, std::string_view operators) {
    m->page(page);  // a valid page
    if (page != m->open_content) {
        m->finish_content();
        if (m->content_written.size() <= page) {
            m->content_written.resize(page + 1, false);
        }
        if (m->content_written[page]) {
            throw Error(ErrorCode::ExportFailed,
                        "pdf: a page's content was appended to after another page's");
        }
        m->open_content = page;
    }
    m->content_deflater.add(operators);
}

HpdfDocument::AnnotRef HpdfDocument::add_uri_link(PageRef page, const PdfBox& rect,
                                                  const std::string& uri) {
    HPDF_Rect r{static_cast<HPDF_REAL>(rect.left), static_cast<HPDF_REAL>(rect.bottom),
                static_cast<HPDF_REAL>(rect.right), static_cast<HPDF_REAL>(rect.top)};
    HPDF_Annotation annot =
        m->checked(HPDF_Page_CreateURILinkAnnot(m->page(page), r, uri.c_str()), "adding a link");
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
    m->add_int(annot, "F", 4);
    m->add(annot, "Contents", m->text_string(uri));
    m->check("adding a link");
    m->annotations.push_back(annot);
    return m->annotations.size() - 1;
}

void HpdfDocument::set_structure(
    const StructureTree& tree, const std::vector<PageRef>& pages,
    const std::vector<std::vector<std::optional<AnnotRef>>>& annotations) {
    Impl& d = *m;
    if (tree.elements.empty()) {
        return;
    }
    HPDF_Dict root = d.new_indirect_dict();
    d.add_name(root, "Type", "StructTreeRoot");
    std::vector<HPDF_Dict> elements;
    elements.reserve(tree.elements.size());
    for (std::size_t i = 0; i < tree.elements.size(); ++i) {
        elements.push_back(d.new_indirect_dict());
    }
    auto new_array = [&] {
        return d.checked(HPDF_Array_New(d.mmgr()), "creating a structure array");
    };
    auto append = [&](HPDF_Array array, void* value) {
        if (HPDF_Array_Add(array, value) != HPDF_OK) {
            d.check("filling a structure array");
        }
    };
    // The parent of each MCID on each page, and of each annotation (StructParent keys
    // after the pages').
    std::vector<std::vector<HPDF_Dict>> content_parents(pages.size());
    std::vector<std::pair<HPDF_Annotation, HPDF_Dict>> annotation_parents;

    // libharu refuses arrays of more than 8191 entries (PDF 1.4's implementation limit):
    // an element with more kids (a list of 200,000 items) holds them in NonStruct
    // groups, which reading software treats as if their kids were the element's own.
    constexpr std::size_t max_kids = 8000;
    std::vector<HPDF_Dict> parent_of(tree.elements.size(), nullptr);
    std::vector<std::vector<HPDF_Dict>> groups(tree.elements.size());
    for (std::size_t i = 0; i < tree.elements.size(); ++i) {
        const StructElement& e = tree.elements[i];
        if (e.kids.size() <= max_kids) {
            continue;
        }
        for (std::size_t k = 0; k < e.kids.size(); ++k) {
            if (k % max_kids == 0) {
                HPDF_Dict group = d.new_indirect_dict();
                d.add_name(group, "Type", "StructElem");
                d.add_name(group, "S", "NonStruct");
                d.add(group, "P", elements[i]);
                groups[i].push_back(group);
            }
            if (e.kids[k].kind == StructKid::Kind::Element) {
                parent_of.at(static_cast<std::size_t>(e.kids[k].index)) = groups[i].back();
            }
        }
    }

    for (std::size_t i = 0; i < tree.elements.size(); ++i) {
        const StructElement& e = tree.elements[i];
        HPDF_Dict dict = elements[i];
        d.add_name(dict, "Type", "StructElem");
        d.add_name(dict, "S", e.type);
        d.add(dict, "P",
              parent_of[i]           ? parent_of[i]
              : e.parent == artifact ? root
                                     : elements.at(static_cast<std::size_t>(e.parent)));
        // /Pg: the page of the first marked content; kids on other pages name theirs.
        std::optional<std::size_t> home;
        for (const auto& kid : e.kids) {
            if (kid.kind != StructKid::Kind::Element) {
                home = kid.page;
                break;
            }
        }
        if (home) {
            d.add(dict, "Pg", d.page(pages.at(*home)));
        }
        HPDF_Array kids = new_array();
        HPDF_Dict owner = dict;  // the element, or its current NonStruct group
        HPDF_Array owner_kids = kids;
        for (std::size_t k = 0; k < e.kids.size(); ++k) {
            const StructKid& kid = e.kids[k];
            if (!groups[i].empty() && k % max_kids == 0) {
                owner = groups[i][k / max_kids];
                owner_kids = new_array();
                d.add(owner, "K", owner_kids);
                append(kids, owner);
            }
            switch (kid.kind) {
            case StructKid::Kind::Element:
                append(owner_kids, elements.at(static_cast<std::size_t>(kid.index)));
                break;
            case StructKid::Kind::Content: {
                auto& parents = content_parents.at(kid.page);
                const auto mcid = static_cast<std::size_t>(kid.index);
                if (parents.size() <= mcid) {
                    parents.resize(mcid + 1, nullptr);
                }
                parents[mcid] = owner;
                if (kid.page == *home && owner == dict) {
                    append(owner_kids, HPDF_Number_New(d.mmgr(), kid.index));
                } else {
                    HPDF_Dict mcr = d.checked(HPDF_Dict_New(d.mmgr()), "creating an MCR");
                    d.add_name(mcr, "Type", "MCR");
                    d.add(mcr, "Pg", d.page(pages.at(kid.page)));
                    d.add_int(mcr, "MCID", kid.index);
                    append(owner_kids, mcr);
                }
                break;
            }
            case StructKid::Kind::Annotation: {
                const auto& written =
                    annotations.at(kid.page).at(static_cast<std::size_t>(kid.index));
                if (!written) {
                    break;  // a link whose URL was too long to write
                }
                HPDF_Annotation annot = d.annotations.at(*written);
                HPDF_Dict objr = d.checked(HPDF_Dict_New(d.mmgr()), "creating an OBJR");
                d.add_name(objr, "Type", "OBJR");
                d.add(objr, "Pg", d.page(pages.at(kid.page)));
                d.add(objr, "Obj", annot);
                append(owner_kids, objr);
                annotation_parents.emplace_back(annot, owner);
                break;
            }
            }
        }
        d.add(dict, "K", kids);
        if (!e.alt.empty()) {
            d.add(dict, "Alt", d.text_string(e.alt));
        }
        if (!e.list_numbering.empty() || e.has_bbox) {
            HPDF_Dict attributes = d.checked(HPDF_Dict_New(d.mmgr()), "creating attributes");
            if (e.has_bbox) {
                d.add_name(attributes, "O", "Layout");
                HPDF_Array bbox = new_array();
                for (double v : e.bbox) {
                    HPDF_Array_AddReal(bbox, static_cast<HPDF_REAL>(v));
                }
                d.add(attributes, "BBox", bbox);
                d.add_name(attributes, "Placement", "Block");
            } else {
                d.add_name(attributes, "O", "List");
                d.add_name(attributes, "ListNumbering", e.list_numbering);
            }
            d.add(dict, "A", attributes);
        }
    }

    // The ParentTree: a number tree whose keys are each page's /StructParents (an
    // array of the elements owning its MCIDs) and each annotation's /StructParent. A
    // long document's keys go into leaves of at most max_kids / 2 pairs under /Kids,
    // again for libharu's array limit.
    std::vector<std::pair<int, void*>> entries;
    int key = 0;
    for (std::size_t p = 0; p < pages.size(); ++p, ++key) {
        HPDF_Page page = d.page(pages[p]);
        d.add_int(page, "StructParents", key);
        d.add_name(page, "Tabs", "S");
        HPDF_Array parents = new_array();
        for (HPDF_Dict parent : content_parents[p]) {
            append(parents, parent ? static_cast<void*>(parent) : HPDF_Null_New(d.mmgr()));
        }
        entries.emplace_back(key, parents);
    }
    for (const auto& [annot, parent] : annotation_parents) {
        d.add_int(annot, "StructParent", key);
        entries.emplace_back(key, parent);
        ++key;
    }
    auto nums_of = [&](std::size_t begin, std::size_t end) {
        HPDF_Array nums = new_array();
        for (std::size_t n = begin; n < end; ++n) {
            HPDF_Array_AddNumber(nums, entries[n].first);
            append(nums, entries[n].second);
        }
        return nums;
    };
    HPDF_Dict parent_tree = d.new_indirect_dict();
    constexpr std::size_t leaf_pairs = max_kids / 2;
    if (entries.size() <= leaf_pairs) {
        d.add(parent_tree, "Nums", nums_of(0, entries.size()));
    } else {
        HPDF_Array leaves = new_array();
        for (std::size_t begin = 0; begin < entries.size(); begin += leaf_pairs) {
            const std::size_t end = std::min(entries.size(), begin + leaf_pairs);
            HPDF_Dict leaf = d.new_indirect_dict();
            HPDF_Array limits = new_array();
            HPDF_Array_AddNumber(limits, entries[begin].first);
            HPDF_Array_AddNumber(limits, entries[end - 1].first);
            d.add(leaf, "Limits", limits);
            d.add(leaf, "Nums", nums_of(begin, end));
            append(leaves, leaf);
        }
        d.add(parent_tree, "Kids", leaves);
    }

    d.add(root, "K", elements.front());
    d.add(root, "ParentTree", parent_tree);
    d.add_int(root, "ParentTreeNextKey", key);
    d.add(d.doc->catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = d.checked(HPDF_Dict_New(d.mmgr()), "creating MarkInfo");
    d.add(mark_info, "Marked", HPDF_Boolean_New(d.mmgr(), HPDF_TRUE));
    d.add(d.doc->catalog, "MarkInfo", mark_info);
    require_version(5);  // /Tabs
    d.check("writing the structure tree");
}

void HpdfDocument::display_document_title() {
    HPDF_Dict preferences = m->checked(HPDF_Dict_New(m->mmgr()), "creating ViewerPreferences");
    m->add(preferences, "DisplayDocTitle", HPDF_Boolean_New(m->mmgr(), HPDF_TRUE));
    m->add(m->doc->catalog, "ViewerPreferences", preferences);
}

void HpdfDocument::set_xmp_metadata(const std::string& xmp) {
    // Uncompressed, as XMP readers that scan files for packets expect.
    HPDF_Dict stream = m->new_stream(false);
    m->add_name(stream, "Type", "Metadata");
    m->add_name(stream, "Subtype", "XML");
    m->write(stream->stream, xmp);
    m->add(m->doc->catalog, "Metadata", stream);
    m->check("writing the XMP metadata");
}

HpdfDocument::OutlineRef HpdfDocument::add_outline(OutlineRef parent, const std::string& title,
                                                   PageRef page, double left, double top) {
    HPDF_Outline outline = m->checked(
        HPDF_CreateOutline(m->doc, m->outlines.at(parent), "", nullptr), "adding an outline entry");
    m->add(outline, "Title", m->text_string(title));
    // An /XYZ destination with a null zoom keeps the reader's zoom; 2.3.0's
    // HPDF_Destination_SetXYZ refuses a zoom of 0, so the array is built here.
    HPDF_Array dest = m->checked(HPDF_Array_New(m->mmgr()), "creating a destination");
    HPDF_Array_Add(dest, m->page(page));
    HPDF_Array_AddName(dest, "XYZ");
    HPDF_Array_AddReal(dest, static_cast<HPDF_REAL>(left));
    HPDF_Array_AddReal(dest, static_cast<HPDF_REAL>(top));
    HPDF_Array_Add(dest, HPDF_Null_New(m->mmgr()));
    m->add(outline, "Dest", dest);
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    m->check("adding an outline entry");
    m->outlines.push_back(outline);
    return m->outlines.size() - 1;
}

void HpdfDocument::set_info(const DocumentInfo& info) {
    // Creates the Info dictionary; every value is then replaced by our own strings.
    HPDF_SetInfoAttr(m->doc, HPDF_INFO_CREATOR, "galley");
    m->check("creating the document information");
    HPDF_Dict dict = m->doc->info;
    auto text = [&](const char* key, const std::string& value) {
        if (!value.empty()) {
            m->add(dict, key, m->text_string(value));
        }
    };
    text("Title", info.title);
    text("Author", info.author);
    text("Subject", info.subject);
    text("Keywords", info.keywords);
    text("Creator", info.creator);
    text("Producer", info.producer);
    auto date = [&](const char* key, const std::string& value) {
        if (!value.empty()) {
            m->add(dict, key, HPDF_String_New(m->mmgr(), value.c_str(), nullptr));
        }
    };
    date("CreationDate", info.creation_date);
    date("ModDate", info.modification_date);
    m->check("writing the document information");
}

void HpdfDocument::set_language(const std::string& tag) {
    m->add(m->doc->catalog, "Lang", HPDF_String_New(m->mmgr(), tag.c_str(), nullptr));
    require_version(4);
}

void HpdfDocument::set_file_id(const std::string& id) {
    HPDF_Array array = m->checked(HPDF_Array_New(m->mmgr()), "creating /ID");
    for (int i = 0; i < 2; ++i) {
        std::string copy = id;
        HPDF_Array_Add(array, HPDF_Binary_New(m->mmgr(), reinterpret_cast<HPDF_BYTE*>(copy.data()),
                                              static_cast<HPDF_UINT>(copy.size())));
    }
    m->add(m->doc->trailer, "ID", array);
}

void HpdfDocument::require_version(int minor) {
    static constexpr HPDF_PDFVer versions[] = {HPDF_VER_12, HPDF_VER_13, HPDF_VER_14,
                                               HPDF_VER_15, HPDF_VER_16, HPDF_VER_17};
    const HPDF_PDFVer wanted = versions[std::clamp(minor, 2, 7) - 2];
    if (m->doc->pdf_version < wanted) {
        m->doc->pdf_version = wanted;
    }
}

std::string HpdfDocument::save() {
    m->finish_content();
    if (HPDF_SaveToStream(m->doc) != HPDF_OK) {
        m->check("saving the document");
    }
    m->check("saving the document");
    HPDF_UINT32 size = HPDF_GetStreamSize(m->doc);
    std::string out(size, '\0');
    HPDF_ResetStream(m->doc);
    HPDF_UINT32 got = size;
    HPDF_STATUS status =
        HPDF_ReadFromStream(m->doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &got);
    // Reading the last byte reports HPDF_STREAM_EOF; that is the expected end.
    if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || got != size) {
        m->check("reading the saved document");
        throw Error(ErrorCode::ExportFailed, "pdf: libharu returned a short document");
    }
    m->reported = {};
    HPDF_ResetError(m->doc);
    return out;
}

std::string pdf_text_string(std::string_view utf8, bool& literal) {
    literal = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (literal) {
        return std::string(utf8);
    }
    std::string out = "\xFE\xFF";
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t cp = next_code_point(utf8, pos);
        auto unit = [&](unsigned u) {
            out += static_cast<char>(u >> 8);
            out += static_cast<char>(u & 0xFF);
        };
        if (cp >= 0x10000) {
            cp -= 0x10000;
            unit(0xD800 + (cp >> 10));
            unit(0xDC00 + (cp & 0x3FF));
        } else {
            unit(cp);
        }
    }
    return out;
}

std::string fit_pdf_text(std::string_view utf8, bool& cut, std::size_t limit) {
    bool literal = false;
    cut = false;
    if (utf8.size() <= limit / 4 || pdf_text_string(utf8, literal).size() <= limit) {
        return std::string(utf8);  // a code point takes at most 4 bytes in UTF-16
    }
    cut = true;
    const std::size_t room = limit - 2 - 2;  // the byte-order mark, then the ellipsis
    std::size_t used = 0, pos = 0, end = 0;
    while (pos < utf8.size()) {
        const std::size_t units = next_code_point(utf8, pos) >= 0x10000 ? 4 : 2;
        if (used + units > room) {
            break;
        }
        used += units;
        end = pos;
    }
    return std::string(utf8.substr(0, end)) + "\xE2\x80\xA6";  // U+2026
}

}  // namespace galley::pdf
