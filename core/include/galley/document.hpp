// The document model: what the loader produces and every exporter reads.
//
// Plain value types, no YAML and no I/O: an exporter sees only this. The shape follows
// docs/article-format.md; any change here is an ABI change for plugins
// (bump GALLEY_PLUGIN_API_VERSION in version.hpp).
#pragma once

#include <galley/export.hpp>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace galley {

/// A position in the source article, 1-based; 0 means "unknown".
struct Position {
    int line = 0;
    int column = 0;
};

// ---------------------------------------------------------------------------------
// Inline text
// ---------------------------------------------------------------------------------

/// One run of inline text. Emphasis, Strong and Link hold their content in
/// `children`; Text and Code hold it in `text`; LineBreak holds nothing.
struct Inline {
    enum class Kind { Text, Emphasis, Strong, Code, Link, LineBreak };

    Kind kind = Kind::Text;
    std::string text;              ///< Text, Code: the characters (UTF-8, entities decoded)
    std::string url;               ///< Link: an http, https or mailto URL (checked by the loader)
    std::string title;             ///< Link: optional title
    std::vector<Inline> children;  ///< Emphasis, Strong, Link: nested runs
};

/// Inline content: a headline, a paragraph, a caption. Empty means "absent".
using InlineText = std::vector<Inline>;

// ---------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------

struct Paragraph {
    InlineText content;
};

struct Heading {
    int level = 2;  ///< 2..4; level 1 is the article's headline
    InlineText content;
};

/// A block or pull quote. `attribution` is the `by:` text, empty when absent.
struct Quote {
    InlineText content;
    InlineText attribution;
};

struct List {
    bool ordered = false;
    std::vector<InlineText> items;
};

/// A figure. The loader has checked that the file is inside the article's folder and
/// really is a PNG or JPEG; its bytes are held in memory so exporters do no file I/O.
struct Image {
    std::string path;        ///< as written in the article, relative to it
    std::string media_type;  ///< "image/png" or "image/jpeg"
    int width = 0;           ///< pixels, from the file header
    int height = 0;
    std::shared_ptr<const std::string> data;  ///< the file's bytes, shared and immutable
    std::string alt;                          ///< required text alternative
    InlineText caption;
    std::string credit;
};

/// A section break (`{rule: true}`, `***` in CommonMark).
struct Rule {};

using BlockContent = std::variant<Paragraph, Heading, Quote, List, Image, Rule>;

/// One block of the body, with where it stands in the source.
struct Block {
    BlockContent content;
    Position at;
};

// ---------------------------------------------------------------------------------
// Metadata values
// ---------------------------------------------------------------------------------

/// An ISO 8601 date (`2023-07-10`) or date-time with offset
/// (`2023-07-10T14:30:00+03:00`, `...Z`). Validated by the loader.
struct DateTime {
    int year = 0, month = 0, day = 0;
    bool has_time = false;
    int hour = 0, minute = 0, second = 0;
    int nanosecond = 0;
    int offset_minutes = 0;       ///< east of UTC; meaningful only with has_time
    bool utc_designator = false;  ///< written with `Z` rather than `+00:00`

    /// The value back in ISO 8601: `2023-07-10`, `2023-07-10T14:30:00+03:00`, `...Z`
    /// (fractions of a second kept only when non-zero).
    GALLEY_API std::string iso8601() const;
    /// As an xs:dateTime: a bare date becomes `YYYY-MM-DDT00:00:00Z`.
    GALLEY_API std::string iso8601_datetime() const;
    /// Seconds since 1970-01-01T00:00:00Z (a bare date counts as midnight UTC).
    GALLEY_API std::int64_t unix_seconds() const;
    /// The UTC date-time `seconds` after 1970-01-01T00:00:00Z, written with `Z`
    /// (for SOURCE_DATE_EPOCH and UTC renderings of article dates).
    GALLEY_API static DateTime from_unix_seconds(std::int64_t seconds);
    /// The first of `candidates` that is set, or nullptr: formats pick an item's dates
    /// by precedence (created, else published, ...).
    static const DateTime*
    first_set(std::initializer_list<const std::optional<DateTime>*> candidates) {
        for (const auto* c : candidates) {
            if (c->has_value()) {
                return &**c;
            }
        }
        return nullptr;
    }
};

struct Person {
    std::string name;
    std::string role;
    std::string email;
    std::string uri;
};

struct Copyright {
    std::string holder;
    std::optional<int> year;
    std::string notice;
};

/// Where and when the story was filed. The string form of `dateline` is kept in
/// `place` with no date.
struct Dateline {
    std::string place;
    std::optional<DateTime> date;
};

struct Correction {
    DateTime date;
    InlineText text;
};

/// A controlled-vocabulary subject, e.g. {"medtop:04000000", "economy, business and finance"}.
struct Subject {
    std::string code;
    std::string name;
};

enum class PubStatus { Usable, Withheld, Canceled };

/// A YAML value under an `x-...` extension key, kept as data for plugins.
struct ExtensionValue {
    enum class Kind { Null, Scalar, Sequence, Mapping };
    Kind kind = Kind::Null;
    std::string scalar;                 ///< Scalar: the text as written (numbers and booleans too)
    std::vector<ExtensionValue> items;  ///< Sequence
    std::vector<std::pair<std::string, ExtensionValue>> members;  ///< Mapping, in source order

    // Declared, so clang (14, with libstdc++ 12) does not work out the implicit one's
    // properties while the type is incomplete, through std::pair<..., ExtensionValue>.
    ExtensionValue() = default;
};

// ---------------------------------------------------------------------------------
// The article
// ---------------------------------------------------------------------------------

/// One news article. Field names follow the YAML keys; an empty string, empty list
/// or empty optional means the key was absent.
struct Article {
    int format_version = 1;  ///< `galley:`
    std::string id;
    int version = 1;
    std::string language;  ///< BCP 47
    std::string section;
    InlineText headline;
    InlineText subheadline;
    InlineText summary;
    std::string byline;
    std::vector<Person> authors;
    std::string source;
    std::optional<Copyright> copyright;
    std::optional<Dateline> dateline;
    std::optional<DateTime> created;
    std::optional<DateTime> published;
    std::optional<DateTime> updated;
    std::optional<int> urgency;  ///< 1..9
    std::string slugline;
    PubStatus status = PubStatus::Usable;
    std::optional<DateTime> embargo;
    std::vector<Correction> corrections;
    std::vector<Subject> subjects;
    std::vector<std::string> keywords;
    std::vector<std::string> people;
    std::vector<std::string> organisations;
    std::vector<std::string> places;
    std::vector<Block> body;
    /// `x-...` keys, by full key name (e.g. "x-newsml").
    std::map<std::string, ExtensionValue> extensions;

    /// The name diagnostics use for this article: the path as given, or "<stdin>".
    std::string source_name;
};

}  // namespace galley
