// ninjs 3.x writes camelCase property names, 2.x lower case: one table per version so
// the mapping is written once.
#pragma once

#include <string_view>

namespace galley::ninjs {

struct PropertyNames {
    std::string_view version;         ///< "3.1" / "2.1"
    std::string_view schema;          ///< the schema's $id
    std::string_view representation;  ///< representationType
    std::string_view first_created;
    std::string_view version_created;
    std::string_view content_created;
    std::string_view embargoed;
    std::string_view pub_status;
    std::string_view copyright_holder;
    std::string_view copyright_notice;
    std::string_view usage_terms;
    std::string_view ed_note;
    std::string_view content_type;
    std::string_view char_count;
    std::string_view word_count;
    std::string_view size_in_bytes;
    std::string_view info_sources;
};

inline constexpr PropertyNames ninjs_3_1{
    "3.1",
    "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "representationType",
    "firstCreated",
    "versionCreated",
    "contentCreated",
    "embargoedUntil",
    "pubStatus",
    "copyrightHolder",
    "copyrightNotice",
    "usageTerms",
    "edNote",
    "contentType",
    "charCount",
    "wordCount",
    "sizeInBytes",
    "infoSources",
};

inline constexpr PropertyNames ninjs_2_1{
    "2.1",
    "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#",
    "representationtype",
    "firstcreated",
    "versioncreated",
    "contentcreated",
    "embargoed",
    "pubstatus",
    "copyrightholder",
    "copyrightnotice",
    "usageterms",
    "ednote",
    "contenttype",
    "charcount",
    "wordcount",
    "sizeinbytes",
    "infosources",
};

}  // namespace galley::ninjs
