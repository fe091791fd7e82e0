// Link targets as XHTML and EPUB accept them: only allowed schemes, and strictly valid
// URI syntax (RFC 3986) even when the article's URL is an IRI or a sloppy paste.
#pragma once

#include <string>
#include <string_view>

namespace galley::xhtml {

/// Is `url` one the loader allows (http:, https:, mailto:, case-insensitive)?
bool is_safe_url(std::string_view url);

/// `url` with every byte RFC 3986 does not allow in a URI reference percent-encoded
/// (space, `"`, `<`, `>`, `\`, `^`, backtick, `{`, `|`, `}`, non-ASCII as UTF-8 bytes,
/// a `%` not followed by two hex digits, `[` and `]` outside the authority). Already
/// valid URLs come back unchanged.
std::string href_from_url(std::string_view url);

}  // namespace galley::xhtml
