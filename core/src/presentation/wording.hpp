// galley's own words around an article, per language: the one table every exporter
// prints from (ICU supplies dates and list joining; these are the words it has not).
#pragma once

#include <string>
#include <string_view>

namespace galley::presentation::detail {

/// Templates hold "{}" where a formatted date goes, "{0}" and "{1}" for numbers.
struct Wording {
    std::string_view by_one;           ///< before one author's name
    std::string_view by_many;          ///< before several names
    std::string_view updated;          ///< "Updated" alone
    std::string_view updated_on;       ///< "Updated {}"
    std::string_view embargoed_until;  ///< "Embargoed until {}"
    std::string_view withheld;
    std::string_view canceled;
    std::string_view correction;  ///< "Correction, {}:"
    std::string_view corrections;
    std::string_view source;
    std::string_view keywords;
    std::string_view contents;
    std::string_view page_of;             ///< "Page {0} of {1}"
    std::string_view dateline_separator;  ///< between place and date
};

/// The wording for label_language(language).
const Wording& wording_for(std::string_view language);

/// `pattern` with every "{}" replaced by `value`.
std::string fill(std::string_view pattern, std::string_view value);

}  // namespace galley::presentation::detail
