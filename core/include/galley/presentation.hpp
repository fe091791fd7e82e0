// The displayed strings every exporter prints around an article's own text: dateline,
// byline, notices, labels and dates, in the article's language. One implementation for
// the PDF, XHTML, EPUB and NewsML exporters and for third-party plugins, so the same
// article reads the same in every format (checked by `galley check`).
//
// Dates, times and name lists come from ICU (CLDR data of the ICU version Debian ships),
// never from the process locale or time zone: the same article gives the same bytes on
// every machine. Wording for galley's own labels ("Updated", "Page 1 of 2") exists for
// en, ru, zh, de, fr, es, ar and he; any other language gets ICU's dates and lists in
// that language and English labels.
#pragma once

#include <galley/document.hpp>
#include <galley/export.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace galley::presentation {

// ---------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------

/// The language whose labels are used for a BCP 47 tag: its primary subtag in lower
/// case when galley has labels for it ("zh" for "zh-Hans"), else "en".
GALLEY_API std::string label_language(std::string_view language);

/// Whether `language` is written right to left (ar, he, fa, ur, ...), by primary subtag.
GALLEY_API bool is_right_to_left(std::string_view language);

// ---------------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------------

/// The article's time zone, as minutes east of UTC: the offset written on the first of
/// `published`, the dateline's date, `created` that has a time of day; none when no
/// date has one (then every date-time is shown in its own offset).
GALLEY_API std::optional<int> article_utc_offset(const Article& article);

/// A calendar date in the long form of `language`: "March 14, 2024", "14 марта 2024 г.",
/// "2024年3月14日". A date-time is first moved to `utc_offset` when given, else its date
/// is taken as written.
GALLEY_API std::string format_date(const DateTime& when, std::string_view language,
                                   std::optional<int> utc_offset = std::nullopt);

/// The day and month as a dateline prints them, without the year: "March 14",
/// "14 марта", "3月14日", "14. März" (moved to `utc_offset` like format_date()).
GALLEY_API std::string format_month_day(const DateTime& when, std::string_view language,
                                        std::optional<int> utc_offset = std::nullopt);

/// The date with its time of day and UTC offset ("March 16, 2024, 6:00 AM GMT+1"), in
/// `utc_offset` when given, else in the offset written on `when`. A bare date gives
/// format_date().
GALLEY_API std::string format_date_time(const DateTime& when, std::string_view language,
                                        std::optional<int> utc_offset = std::nullopt);

// ---------------------------------------------------------------------------------
// The article's furniture
// ---------------------------------------------------------------------------------

/// THE rule for the date a dateline shows, everywhere: the dateline's own date, else
/// `published`, else `created`; null when the article has none of them. A dateline
/// prints its day and month, as agencies do ("Yekaterinburg, Russia, July 10", the form
/// of IPTC's NewsML-G2 example); the year is in the machine-readable dates.
GALLEY_API const DateTime* dateline_date(const Article& article);

/// The dateline in its parts, so a writer can mark them up ("<span>place</span>,
/// <time>date</time>") and still print exactly text().
struct DatelineText {
    std::string place;      ///< collapsed white space; empty when the article has none
    std::string separator;  ///< between place and date: ", " (", " in Arabic), empty when one part
                            ///< is missing
    std::string
        date;  ///< format_month_day() of dateline_date() in the article's zone; empty when none
    const DateTime* when = nullptr;  ///< the date shown, null when none

    std::string text() const { return place + separator + date; }
    bool empty() const { return place.empty() && date.empty(); }
};
GALLEY_API DatelineText dateline(const Article& article);

/// The authors' names joined as `language` joins a list ("A, B, and C", "A, B и C",
/// "A、B和C"), with ICU's ListFormatter; empty when no author has a name.
GALLEY_API std::string author_names(const Article& article);

/// The byline as printed: the article's `byline` when set, else the label before
/// names plus author_names() ("By A and B", "Автор: A"); empty when neither exists.
GALLEY_API std::string byline(const Article& article);

/// "Embargoed until {date and time}" in the article's zone; empty without an embargo.
GALLEY_API std::string embargo_notice(const Article& article);

/// The status warning: withheld or canceled (kill); empty for a usable article.
GALLEY_API std::string status_notice(const Article& article);

/// "Updated {date}", shown when `updated` exists and falls on another day than the
/// dateline's date (both in the article's zone); else empty.
GALLEY_API std::string updated_notice(const Article& article);

/// The label before one correction's text: "Correction, March 15, 2024:".
GALLEY_API std::string correction_label(const Article& article, const Correction& correction);

/// The copyright line: the notice as written, else "© {year} {holder}"; empty when the
/// article has no copyright.
GALLEY_API std::string copyright_line(const Article& article);

// ---------------------------------------------------------------------------------
// Fixed labels
// ---------------------------------------------------------------------------------

enum class Label {
    Updated,      ///< "Updated" (before a date)
    Corrections,  ///< heading of the corrections
    Source,       ///< before `source`, with its separator: "Source: "
    Keywords,     ///< accessible name of the keyword list
    Contents,     ///< title of a table of contents
};

/// One fixed label in label_language(language).
GALLEY_API std::string label(Label which, std::string_view language);

/// The folio "Page 3 of 7" in label_language(language).
GALLEY_API std::string page_of(int page, int pages, std::string_view language);

}  // namespace galley::presentation
