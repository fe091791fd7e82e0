// The article's optional `x-newsml` key: NewsML-G2 properties the article format has no
// key for (genre, editorial notes, signals, usage terms) and a slugline override.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

#include <string>
#include <vector>

namespace galley::newsml {

/// A code with an optional display name, as given under x-newsml.
struct CodedName {
    std::string code;
    std::string name;
};

/// What x-newsml asks for. Keys are the G2 element names:
///
///     x-newsml:
///       genre: genre:Interview                 # or {code, name}, or a list of those
///       edNote: Not for use in the UK.         # or a list
///       signal: [sig:onhold]                   # qcodes, added to the item's own
///       slugline: RUSSIA-CHINA/EXPO            # replaces the article's slugline
///       usageTerms: Not for use outside Asia.  # rightsInfo/usageTerms
///
/// An unknown key or a value of the wrong shape is reported as a warning and ignored.
struct NewsmlExtension {
    std::vector<CodedName> genres;
    std::vector<std::string> ed_notes;
    std::vector<std::string> signals;
    std::string slugline;
    std::string usage_terms;
};

/// Reads `x-newsml` (absent: everything empty).
NewsmlExtension read_extension(const Article& article, DiagnosticSink& diagnostics);

}  // namespace galley::newsml
