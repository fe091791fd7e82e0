// The few words an article page prints around the article's own text ("Updated",
// "Corrections"), and human-readable dates, in the article's language.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <string_view>

namespace galley::xhtml {

/// Page furniture in one language. English is the fallback for languages without a
/// table here.
struct Labels {
    std::string_view by;             ///< before author names built from `authors`
    std::string_view updated;        ///< before the date of `updated`
    std::string_view embargoed;      ///< before the end of the embargo
    std::string_view withheld;       ///< status: withheld
    std::string_view canceled;       ///< status: canceled (a kill)
    std::string_view corrections;    ///< heading of the corrections
    std::string_view source;         ///< before `source`, with its separator
    std::string_view keywords;       ///< accessible name of the keyword list
    std::string_view contents;       ///< title of a table of contents
    std::string_view list_separator; ///< between names: ", " or "、"
};

/// The labels for a BCP 47 tag ("en", "ru", "zh-Hans"), by its primary subtag.
const Labels& labels_for(std::string_view language);

/// A date as readers of `language` write it: "July 10, 2023", "10 июля 2023 г.",
/// "2023年7月10日"; with the time of day and its offset when it has one
/// ("July 10, 2023, 14:30 UTC+3").
std::string human_date(const DateTime& date, std::string_view language);

/// Whether `language` is written right to left (ar, he, fa, ur and a few more).
bool is_right_to_left(std::string_view language);

}  // namespace galley::xhtml
