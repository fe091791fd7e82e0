// The item's dates from the article's created/published/updated/dateline (never the clock).
#include "item_dates.hpp"

#include <cstdio>

namespace galley::newsml {

namespace {
// A Unix time as a UTC DateTime (Howard Hinnant's civil_from_days).
DateTime from_unix_seconds(std::int64_t seconds) {
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    DateTime t;
    t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (t.month <= 2));
    t.has_time = true;
    t.hour = static_cast<int>(rest / 3600);
    t.minute = static_cast<int>(rest / 60 % 60);
    t.second = static_cast<int>(rest % 60);
    t.utc_designator = true;
    return t;
}

std::string compact_date(const DateTime& t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", t.year, t.month, t.day);
    return buf;
}

const DateTime* first_of(std::initializer_list<const std::optional<DateTime>*> candidates) {
    for (const auto* c : candidates) {
        if (c->has_value()) {
            return &**c;
        }
    }
    return nullptr;
}
}  // namespace

ItemDates choose_dates(const Article& article, std::optional<std::int64_t> source_date_epoch,
                       DiagnosticSink& diagnostics) {
    static const std::optional<DateTime> none;
    const std::optional<DateTime>& dateline_date = article.dateline ? article.dateline->date : none;

    std::optional<DateTime> epoch;
    if (source_date_epoch) {
        epoch = from_unix_seconds(*source_date_epoch);
    }
    const DateTime* version = first_of({&article.updated, &article.published, &article.created});
    if (!version) {
        version = epoch ? &*epoch : nullptr;
    }
    if (!version) {
        throw Error(ErrorCode::ExportFailed,
                    "newsml: the item needs a versionCreated, but the article has none of "
                    "created, published, updated (and SOURCE_DATE_EPOCH is not set)",
                    SourceLocation{article.source_name});
    }
    const DateTime* first = first_of({&article.created, &article.published});
    const DateTime* content = first_of({&article.created, &dateline_date});
    const DateTime* guid = first_of({&article.created, &dateline_date, &article.published});

    ItemDates dates;
    dates.version_created = version->iso8601_datetime();
    dates.first_created = (first ? first : version)->iso8601_datetime();
    dates.content_created = content ? content->iso8601() : std::string();
    dates.content_modified = article.updated ? article.updated->iso8601() : std::string();
    dates.guid_date = compact_date(guid ? *guid : *version);

    // Version 1 may take its first date from its only date; a later version that
    // does so moves the guid or firstCreated with every update, which breaks ingest.
    if (article.version > 1 && !first) {
        // !guid implies !first: guid falls back further than firstCreated does.
        std::string message =
            guid ? "newsml: version " + std::to_string(article.version) +
                       " has no `created` or `published`: firstCreated repeats versionCreated "
                       "and will change with every update"
                 : "newsml: version " + std::to_string(article.version) +
                       " has no `created`, `published` or dateline date: the guid and "
                       "firstCreated follow the latest date and will change with every update";
        diagnostics.warning(SourceLocation{article.source_name},
                            message + "; give the article its `created` date");
    }
    return dates;
}

}  // namespace galley::newsml
