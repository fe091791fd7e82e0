// The body as text/plain: what a partner's plain-text wire or SMS gateway shows.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <vector>

namespace galley::ninjs {

/// One paragraph per block, separated by a blank line: headings and paragraphs as their
/// text, list items as "- " or "1. " lines, a quote followed by "— attribution", a rule
/// as "* * *". Images are left out: they travel as associations.
std::string plain_body(const std::vector<Block>& body);

}  // namespace galley::ninjs
