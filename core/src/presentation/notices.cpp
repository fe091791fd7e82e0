// The dateline and the notices around an article: which date a dateline shows, the
// embargo, status, update and correction lines, the copyright line.
#include "wording.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>

namespace galley::presentation {

const DateTime* dateline_date(const Article& article) {
    if (article.dateline && article.dateline->date) {
        return &*article.dateline->date;
    }
    if (article.published) {
        return &*article.published;
    }
    if (article.created) {
        return &*article.created;
    }
    return nullptr;
}

DatelineText dateline(const Article& article) {
    DatelineText out;
    if (article.dateline) {
        out.place = collapse_whitespace(article.dateline->place);
    }
    out.when = dateline_date(article);
    if (out.when != nullptr) {
        out.date = format_month_day(*out.when, article.language, article_utc_offset(article));
    }
    if (!out.place.empty() && !out.date.empty()) {
        out.separator = detail::wording_for(article.language).dateline_separator;
    }
    return out;
}

std::string embargo_notice(const Article& article) {
    if (!article.embargo) {
        return {};
    }
    return detail::fill(
        detail::wording_for(article.language).embargoed_until,
        format_date_time(*article.embargo, article.language, article_utc_offset(article)));
}

std::string status_notice(const Article& article) {
    const detail::Wording& w = detail::wording_for(article.language);
    switch (article.status) {
    case PubStatus::Withheld: return std::string(w.withheld);
    case PubStatus::Canceled: return std::string(w.canceled);
    case PubStatus::Usable: break;
    }
    return {};
}

std::string updated_notice(const Article& article) {
    if (!article.updated) {
        return {};
    }
    const std::optional<int> zone = article_utc_offset(article);
    const std::string updated = format_date(*article.updated, article.language, zone);
    const DateTime* shown = dateline_date(article);
    if (shown != nullptr && format_date(*shown, article.language, zone) == updated) {
        return {};
    }
    return detail::fill(detail::wording_for(article.language).updated_on, updated);
}

std::string correction_label(const Article& article, const Correction& correction) {
    return detail::fill(
        detail::wording_for(article.language).correction,
        format_date(correction.date, article.language, article_utc_offset(article)));
}

std::string copyright_line(const Article& article) {
    if (!article.copyright) {
        return {};
    }
    const Copyright& c = *article.copyright;
    if (!c.notice.empty()) {
        return c.notice;
    }
    std::string out = "\xC2\xA9";  // ©
    if (c.year) {
        out += ' ';
        out += std::to_string(*c.year);
    }
    if (!c.holder.empty()) {
        out += ' ';
        out += c.holder;
    }
    return out;
}

}  // namespace galley::presentation
