// Who provides an item and what it is called: the one guid rule every syndication
// format (NewsML-G2, ninjs, third-party plugins) uses, so an article keeps the same
// identifier whichever format a partner ingests.
#pragma once

#include <galley/document.hpp>
#include <galley/export.hpp>

#include <string>
#include <string_view>

namespace galley {

/// The provider domain used when neither an option nor the article's source names
/// one. `.invalid` is reserved (RFC 2606): it can never collide with a real outlet,
/// and unlike "localhost" it says "not configured" rather than "this machine".
inline constexpr std::string_view default_provider_domain = "galley.invalid";

/// Where an item's provider domain came from.
enum class ProviderOrigin {
    Option,   ///< the exporter's provider option
    Source,   ///< the article's `source` (a domain name, or an http(s) URL's host)
    Default,  ///< default_provider_domain: the caller should warn (once per run)
};

struct ItemIdentity {
    std::string provider;  ///< lower-case domain name
    ProviderOrigin origin = ProviderOrigin::Default;
    std::string guid;  ///< urn:newsml:PROVIDER:YYYYMMDD:ID
    /// The guid's date is `updated` (the article has no created, dateline or published
    /// date): it moves with every update, which a later version must be warned about.
    bool date_from_updated = false;
};

/// The provider and guid of `article`:
///   provider = `provider_option` (already checked) ?? domain of `source` ?? default
///   guid     = urn:newsml:PROVIDER:DATE:ID with DATE (YYYYMMDD) the first of created,
///              dateline date, published, updated, so that it does not move between
///              versions. Throws galley::Error (ExportFailed) when the article has none.
GALLEY_API ItemIdentity item_identity(const Article& article, std::string_view provider_option);

/// True for a domain name: dot-separated labels of letters, digits and inner hyphens,
/// at least two labels.
GALLEY_API bool is_domain_name(std::string_view text);

}  // namespace galley
