// Which of the article's timestamps become which NewsML-G2 date: versionCreated,
// firstCreated, contentCreated and contentModified (the guid: galley/item_identity.hpp).
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/item_identity.hpp>

#include <string>

namespace galley::newsml {

/// The item's dates, already formatted. Empty strings are left out of the item.
struct ItemDates {
    std::string version_created;   ///< xs:dateTime, always set
    std::string first_created;     ///< xs:dateTime, always set
    std::string content_created;   ///< date or date-time as written; may be empty
    std::string content_modified;  ///< date or date-time as written; may be empty
};

/// Chooses the dates from the article alone (never the clock):
///   versionCreated  = updated ?? published ?? created   (a bare date: T00:00:00Z)
///   firstCreated    = created ?? published ?? versionCreated
///   contentCreated  = created ?? dateline.date
///   contentModified = updated
/// A version above 1 whose guid date or firstCreated would move with `updated` gets a
/// warning. SOURCE_DATE_EPOCH is not needed: the loader requires one of the three dates;
/// an article built in code without any is refused (galley::Error).
ItemDates choose_dates(const Article& article, const ItemIdentity& identity,
                       DiagnosticSink& diagnostics);

}  // namespace galley::newsml
