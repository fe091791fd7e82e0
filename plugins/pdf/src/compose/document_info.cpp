// Info dictionary values from article metadata.
#include "compose/document_info.hpp"

#include <galley/text.hpp>
#include <galley/version.hpp>

#include <cstdio>

namespace galley::pdf {

std::string pdf_date(const DateTime& when) {
    char buf[64];
    if (!when.has_time) {
        std::snprintf(buf, sizeof buf, "D:%04d%02d%02d", when.year, when.month, when.day);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d", when.year, when.month, when.day,
                  when.hour, when.minute, when.second);
    std::string out = buf;
    if (when.utc_designator || when.offset_minutes == 0) {
        return out + "Z";
    }
    const int m = when.offset_minutes < 0 ? -when.offset_minutes : when.offset_minutes;
    std::snprintf(buf, sizeof buf, "%c%02d'%02d'", when.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
    return out + buf;
}

namespace {

// SOURCE_DATE_EPOCH as a UTC date-time (days-from-civil inverted, Howard Hinnant's).
DateTime from_epoch(std::int64_t seconds) {
    std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    std::int64_t rem = seconds - days * 86400;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    DateTime t;
    t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
    t.has_time = true;
    t.utc_designator = true;
    t.hour = static_cast<int>(rem / 3600);
    t.minute = static_cast<int>(rem % 3600 / 60);
    t.second = static_cast<int>(rem % 60);
    return t;
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : ", ") + p;
    }
    return out;
}

}  // namespace

DocumentInfo document_info(const Article& article, std::optional<std::int64_t> source_date_epoch) {
    DocumentInfo info;
    info.title = plain_text(article.headline);
    std::vector<std::string> names;
    for (const auto& a : article.authors) {
        names.push_back(a.name);
    }
    info.author = !names.empty() ? join(names) : collapse_whitespace(article.byline);
    if (info.author.empty()) {
        info.author = article.source;
    }
    info.subject = plain_text(!article.summary.empty() ? article.summary : article.subheadline);
    std::vector<std::string> keywords = article.keywords;
    if (keywords.empty()) {
        for (const auto& s : article.subjects) {
            keywords.push_back(s.name.empty() ? s.code : s.name);
        }
    }
    info.keywords = join(keywords);
    info.creator = std::string("galley ") + GALLEY_VERSION_STRING;
    info.producer = std::string("galley pdf exporter ") + GALLEY_VERSION_STRING +
                    " (libharu 2.3.0, HarfBuzz hb-subset)";

    const std::optional<DateTime>& first =
        article.created ? article.created : (article.published ? article.published : article.updated);
    const std::optional<DateTime>& last =
        article.updated ? article.updated : (article.published ? article.published : article.created);
    std::optional<DateTime> fallback;
    if (source_date_epoch) {
        fallback = from_epoch(*source_date_epoch);
    }
    if (first || fallback) {
        info.creation_date = pdf_date(first ? *first : *fallback);
    }
    if (last || fallback) {
        info.modification_date = pdf_date(last ? *last : *fallback);
    }
    return info;
}

}  // namespace galley::pdf
