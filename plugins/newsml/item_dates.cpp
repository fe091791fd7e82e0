// The item's dates from the article's created/published/updated/dateline (never the clock).
#include "item_dates.hpp"

namespace galley::newsml {

ItemDates choose_dates(const Article& article, const ItemIdentity& identity,
                       DiagnosticSink& diagnostics) {
    static const std::optional<DateTime> none;
    const std::optional<DateTime>& dateline_date = article.dateline ? article.dateline->date : none;

    const DateTime* version =
        DateTime::first_set({&article.updated, &article.published, &article.created});
    if (!version) {
        throw Error(ErrorCode::ExportFailed,
                    "newsml: the item needs a versionCreated, but the article has none of "
                    "created, published, updated",
                    SourceLocation{article.source_name});
    }
    const DateTime* first = DateTime::first_set({&article.created, &article.published});
    const DateTime* content = DateTime::first_set({&article.created, &dateline_date});

    ItemDates dates;
    dates.version_created = version->iso8601_datetime();
    dates.first_created = (first ? first : version)->iso8601_datetime();
    dates.content_created = content ? content->iso8601() : std::string();
    dates.content_modified = article.updated ? article.updated->iso8601() : std::string();

    // Version 1 may take its first date from its only date; a later version that
    // does so moves the guid or firstCreated with every update, which breaks ingest.
    if (article.version > 1 && !first) {
        // The guid's date falling back to `updated` implies !first: the guid falls
        // back further than firstCreated does.
        std::string message =
            !identity.date_from_updated
                ? "newsml: version " + std::to_string(article.version) +
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
