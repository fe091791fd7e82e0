// The last segment of a service URI made from the article's section name.
#pragma once

#include <string>
#include <string_view>

namespace galley::newsml {

/// "Foreign Exchanges" -> "foreign-exchanges": ASCII letters lower-cased, digits kept,
/// every other run of ASCII characters one hyphen (none at either end), and non-ASCII
/// UTF-8 bytes percent-encoded so the URI is plain ASCII. Empty when nothing is left.
std::string section_slug(std::string_view section);

}  // namespace galley::newsml
