// Everything the newsItem says about the article, decided before any XML is written:
// the mapping of plugins/newsml/README.md, as plain data.
#pragma once

#include "settings.hpp"

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

#include <optional>
#include <string>
#include <vector>

namespace galley::newsml {

/// A G2 concept property (provider, subject, genre, signal, service...): at most one of
/// qcode, uri and literal, an optional concept type and an optional display name.
struct Concept {
    std::string type;  ///< cpnat:... or empty
    std::string qcode;
    std::string uri;
    std::string literal;
    std::string name;
};

/// A contentMeta/creator.
struct Creator {
    std::string uri;
    std::string name;
    std::string note;  ///< the author's role, free text
};

/// The item, element by element; empty strings and lists are left out. All text is
/// plain (inline markup stripped, white space collapsed); escaping is the writer's.
struct ItemFields {
    // newsItem
    std::string item_class = "ninat:text";
    std::string guid;
    int version = 1;
    std::string language;  ///< BCP 47; empty leaves out xml:lang and language

    // rightsInfo, written when any of these is set
    std::string copyright_holder;
    std::string copyright_notice;
    std::string usage_terms;

    // itemMeta, in schema order
    Concept provider;
    std::string version_created;
    std::string first_created;
    std::string embargoed;
    std::string pub_status;  ///< stat:usable / stat:withheld / stat:canceled
    Concept service;         ///< written when it has a uri
    std::vector<std::string> ed_notes;
    std::vector<Concept> signals;

    // contentMeta: administrative, then descriptive
    std::optional<int> urgency;
    std::string content_created;
    std::string content_modified;
    std::string located;
    Concept info_source;  ///< written when it has a literal
    std::vector<Creator> creators;
    std::vector<Concept> genres;
    std::vector<Concept> subjects;
    std::vector<std::string> keywords;
    std::string slugline;
    std::string headline;
    std::string dateline;
    std::string by;
    std::string creditline;
    std::string description;
    std::string description_role = "drol:summary";
};

/// Maps `article` onto the item's fields. Anything the item cannot carry is reported
/// on `diagnostics` (one warning listing it), never dropped silently; so are codes that
/// had to be written as literals. Throws galley::Error when no date can be found.
ItemFields map_fields(const Article& article, const Settings& settings,
                      DiagnosticSink& diagnostics);

}  // namespace galley::newsml
