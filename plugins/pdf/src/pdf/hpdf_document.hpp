// The only door to libharu: one PDF document as an RAII object whose operations throw
// galley::Error instead of returning status codes. Nothing outside src/pdf/ includes
// <hpdf.h>; layout code never sees a libharu type.
//
// Pinned to libharu 2.3.0 (static_assert in the .cpp): besides the public API it uses
// the internal object API that hpdf.h exposes (dictionaries, arrays, streams, the
// catalog, info and trailer), whose layout changed in 2.4.
#pragma once

#include "images/image_stream.hpp"
#include "layout/structure_tree.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// A rectangle in PDF user space (points, origin at the MediaBox's lower left).
struct PdfBox {
    double left = 0, bottom = 0, right = 0, top = 0;
};

/// A Type0 / CIDFontType2 font with Identity-H encoding and CID = glyph id.
struct FontProgram {
    std::string base_font;                          ///< "ABCDEF+LiberationSerif"
    const std::string* program_deflated = nullptr;  ///< zlib data of the TrueType file
    std::size_t program_size = 0;                   ///< its inflated size
    int flags = 4;                                  ///< FontDescriptor /Flags
    int bbox[4] = {0, 0, 0, 0};
    double italic_angle = 0;
    int ascent = 0, descent = 0, cap_height = 0, stem_v = 80;
    std::vector<int> widths;  ///< by CID (see SubsetFont::code), 1/1000 em
    bool cff = false;         ///< a bare CFF program: CIDFontType0 with FontFile3
    std::string to_unicode;   ///< the ToUnicode CMap program
};

/// Document information; text in UTF-8, dates as PDF date strings ("D:2023...").
struct DocumentInfo {
    std::string title, author, subject, keywords, creator, producer;
    std::string creation_date, modification_date;
};

class HpdfDocument {
public:
    using PageRef = std::size_t;
    using FontRef = std::size_t;
    using ImageRef = std::size_t;
    using AnnotRef = std::size_t;
    using OutlineRef = std::size_t;  ///< 0 is the outline root
    static constexpr OutlineRef outline_root = 0;

    struct ImageInfo {
        ImageRef ref = 0;
        int width = 0, height = 0;  ///< pixels
        bool soft_mask = false;     ///< PNG alpha, stored as an SMask (PDF 1.4)
    };

    /// A new empty document with compression on. Throws galley::Error.
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;

    /// Appends a page whose MediaBox is [0 0 width height]; TrimBox and BleedBox are
    /// written when given.
    PageRef add_page(double width, double height, const std::optional<PdfBox>& trim,
                     const std::optional<PdfBox>& bleed);

    FontRef add_font(const FontProgram& font);

    /// Embeds an image XObject (and its soft mask).
    ImageInfo add_image(const ImageStream& image);

    /// The resource name under which a page refers to a font or image ("F1", "X1"),
    /// registering it in the page's resources on first use.
    std::string font_resource(PageRef page, FontRef font);
    std::string image_resource(PageRef page, ImageRef image);

    /// Appends operators to the page's content stream, compressed as they come. A page
    /// takes content until content is appended to another page.
    void append_content(PageRef page, std::string_view operators);

    /// A URI link annotation without a border, printable (/F 4), described by its
    /// target (/Contents).
    AnnotRef add_uri_link(PageRef page, const PdfBox& rect, const std::string& uri);

    /// An outline entry under `parent` pointing at (left, top) of `page`; `title` is
    /// UTF-8. Returns the new entry.
    OutlineRef add_outline(OutlineRef parent, const std::string& title, PageRef page, double left,
                           double top);

    /// Makes the document tagged: the structure tree of `tree` (element 0 is the root
    /// element) under the catalog's /StructTreeRoot with its /ParentTree, /MarkInfo,
    /// each page's /StructParents and /Tabs /S, and each link annotation's
    /// /StructParent. Page p of the tree is `pages[p]`; `annotations[p][i]` is link i of
    /// that page, or nothing when it was not written. `pages` must be every page.
    void set_structure(const StructureTree& tree, const std::vector<PageRef>& pages,
                       const std::vector<std::vector<std::optional<AnnotRef>>>& annotations);
    /// /ViewerPreferences <</DisplayDocTitle true>>: viewers show the title, not the file name.
    void display_document_title();
    /// The catalog's /Metadata: `xmp` as an uncompressed XML stream.
    void set_xmp_metadata(const std::string& xmp);

    void set_info(const DocumentInfo& info);
    /// The catalog's /Lang (BCP 47 tag).
    void set_language(const std::string& tag);
    /// The trailer's /ID: both entries set to `id` (16 bytes, derived from content).
    void set_file_id(const std::string& id);
    /// Raises the header version to 1.`minor` if lower (libharu starts at 1.3).
    void require_version(int minor);

    /// Writes the document and returns its bytes.
    std::string save();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

/// A PDF text string for `utf8`: kept as is when it is printable ASCII, otherwise
/// UTF-16BE with a byte-order mark. `literal` tells which.
std::string pdf_text_string(std::string_view utf8, bool& literal);

/// libharu refuses strings longer than this (bytes as encoded by pdf_text_string()).
inline constexpr std::size_t max_pdf_string_bytes = 65535;

/// `utf8`, cut at a character boundary and ended with "…" when its PDF text string would
/// be longer than `limit` bytes; otherwise unchanged. `cut` tells which.
std::string fit_pdf_text(std::string_view utf8, bool& cut,
                         std::size_t limit = max_pdf_string_bytes);

}  // namespace galley::pdf
