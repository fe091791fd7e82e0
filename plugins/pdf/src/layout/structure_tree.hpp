// The logical structure of a tagged PDF as layout builds it: structure elements (H1, P,
// Figure, ...) in article order, each with its kids in reading order: child elements,
// marked-content sequences on pages (MCIDs) and link annotations. The PDF writer turns
// it into the StructTreeRoot and ParentTree. No libharu type appears here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace galley::pdf {

/// A structure element, as an index into StructureTree::elements.
using StructId = std::int32_t;
/// Content that belongs to no element: page furniture, drawn as an artifact.
inline constexpr StructId artifact = -1;

/// What kind of artifact furniture is (the /Type and /Subtype of its properties).
enum class ArtifactKind : std::uint8_t {
    Layout,  ///< rules, accent bars, frames
    Header,  ///< running header (/Pagination /Header)
    Footer,  ///< running footer and folio (/Pagination /Footer)
    Page,    ///< printer's marks (/Page)
};

struct StructKid {
    enum class Kind : std::uint8_t { Element, Content, Annotation };
    Kind kind = Kind::Element;
    std::int32_t index =
        0;  ///< Element: its StructId; Content: the MCID; Annotation: the link on the page
    std::size_t page = 0;  ///< Content, Annotation
};

struct StructElement {
    std::string type;               ///< a standard structure type ("P", "H2", "LBody", ...)
    StructId parent = artifact;     ///< artifact (-1) only for the root element
    std::string alt;                ///< /Alt (figures)
    std::string list_numbering;     ///< /ListNumbering of an L ("Disc", "Decimal")
    bool has_bbox = false;          ///< figures: the image's box on the element's first page
    double bbox[4] = {0, 0, 0, 0};  ///< left, bottom, right, top
    std::vector<StructKid> kids;
};

struct StructureTree {
    std::vector<StructElement> elements;  ///< [0] is the Document element once added

    /// The most elements a document is tagged with. libharu holds about 2 KB per
    /// element until save(): a list of 200,000 items (three elements each) would cost
    /// gigabytes, past the memory bound for any input within the loader's limits.
    static constexpr std::size_t max_elements = 60'000;
    /// add() was refused once: the rest of the content is drawn as artifacts and the
    /// PDF is written untagged (with a warning).
    bool overflowed = false;

    /// A new element of `type` appended to `parent`'s kids (none for the root), or
    /// `artifact` once the tree holds max_elements.
    StructId add(std::string type, StructId parent) {
        if (overflowed || elements.size() >= max_elements) {
            overflowed = true;
            return artifact;
        }
        const auto id = static_cast<StructId>(elements.size());
        StructElement e;
        e.type = std::move(type);
        e.parent = parent;
        elements.push_back(std::move(e));
        if (parent != artifact) {
            elements[static_cast<std::size_t>(parent)].kids.push_back(
                {StructKid::Kind::Element, id, 0});
        }
        return id;
    }
    StructElement& operator[](StructId id) { return elements[static_cast<std::size_t>(id)]; }
    const StructElement& operator[](StructId id) const {
        return elements[static_cast<std::size_t>(id)];
    }
};

}  // namespace galley::pdf
