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
    std::snprintf(buf, sizeof buf, "%c%02d'%02d'", when.offset_minutes < 0 ? '-' : '+', m / 60,
                  m % 60);
    return out + buf;
}

namespace {

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
    // The authors' names, never the byline text: a byline is display copy ("By ...",
    // a place, an agency URL) that a catalogue's Author field should not carry.
    info.author = !names.empty() ? join(names) : article.source;
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
        article.created ? article.created
                        : (article.published ? article.published : article.updated);
    const std::optional<DateTime>& last =
        article.updated ? article.updated
                        : (article.published ? article.published : article.created);
    std::optional<DateTime> fallback;
    if (source_date_epoch) {
        fallback = DateTime::from_unix_seconds(*source_date_epoch);
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
