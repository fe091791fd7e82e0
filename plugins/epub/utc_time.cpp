// When the article last changed, for dcterms:modified and the ZIP timestamps.
#include "utc_time.hpp"

namespace galley::epub {

std::optional<std::int64_t> modified_seconds(const Article& article) {
    for (const auto* date : {&article.updated, &article.published, &article.created}) {
        if (*date) {
            return (*date)->unix_seconds();
        }
    }
    return std::nullopt;
}

}  // namespace galley::epub
