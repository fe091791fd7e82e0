// The IPTC G2 standards catalog the item refers to, and what it makes of a concept code.
#pragma once

#include <string_view>

namespace galley::newsml {

/// The catalogRef every item carries: IPTC's scheme aliases (ninat, stat, medtop, ...).
inline constexpr std::string_view iptc_catalog_url =
    "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

/// How a code from the article (a subject, an x-newsml genre or signal) can be written.
enum class CodeKind {
    QCode,       ///< alias:code with an alias the IPTC catalog declares: qcode="..."
    Uri,         ///< an http(s) IRI: uri="..."
    Undeclared,  ///< alias:code whose alias the catalog does not declare
    Retired,     ///< alias:code whose scheme the catalog marks as retired (ctrol, isrol)
    Malformed,   ///< neither a QCode nor an http(s) IRI (white space, no alias, ...)
};

/// Classifies `code`; aliases are compared case-sensitively, as receivers do.
CodeKind classify_code(std::string_view code);

}  // namespace galley::newsml
