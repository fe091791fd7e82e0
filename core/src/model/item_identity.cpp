// The guid rule shared by the syndication exporters (core/include/galley/item_identity.hpp).
#include <galley/item_identity.hpp>

#include <galley/diagnostic.hpp>
#include <galley/text.hpp>

#include <cstdio>
#include <optional>

namespace galley {

namespace {
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

// "example.com", "https://www.example.com/news" -> the domain; otherwise empty.
std::string source_domain(std::string_view source) {
    std::string text = collapse_whitespace(source);
    std::string_view host = text;
    for (std::string_view scheme : {"https://", "http://"}) {
        if (ascii_lower(host.substr(0, scheme.size())) == scheme) {
            host.remove_prefix(scheme.size());
            host = host.substr(0, host.find_first_of("/?#:"));
            break;
        }
    }
    return is_domain_name(host) ? ascii_lower(host) : std::string();
}

}  // namespace

bool is_domain_name(std::string_view text) {
    if (text.empty() || text.size() > 253) {
        return false;
    }
    int labels = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('.', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view label = text.substr(start, end - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return false;
        }
        for (char c : label) {
            if (!is_alpha(c) && !is_digit(c) && c != '-') {
                return false;
            }
        }
        ++labels;
        start = end + 1;
    }
    return labels >= 2;
}

ItemIdentity item_identity(const Article& article, std::string_view provider_option) {
    ItemIdentity id;
    // Domains are case-insensitive; one spelling keeps the guid stable.
    id.provider = ascii_lower(provider_option);
    id.origin = ProviderOrigin::Option;
    if (id.provider.empty()) {
        id.provider = source_domain(article.source);
        id.origin = ProviderOrigin::Source;
    }
    if (id.provider.empty()) {
        id.provider = std::string(default_provider_domain);
        id.origin = ProviderOrigin::Default;
    }

    static const std::optional<DateTime> none;
    const std::optional<DateTime>& dateline_date = article.dateline ? article.dateline->date : none;
    const DateTime* date = DateTime::first_set(
        {&article.created, &dateline_date, &article.published, &article.updated});
    if (!date) {
        throw Error(ErrorCode::ExportFailed,
                    "the item's guid needs a date, but the article has none of created, "
                    "published, updated or a dateline date",
                    SourceLocation{article.source_name});
    }
    id.date_from_updated = article.updated.has_value() && date == &*article.updated;
    char compact[16];
    std::snprintf(compact, sizeof compact, "%04d%02d%02d", date->year, date->month, date->day);
    id.guid = "urn:newsml:" + id.provider + ":" + compact + ":" + article.id;
    return id;
}

}  // namespace galley
