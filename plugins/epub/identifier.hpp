// The publication's stable identifier, derived from the article id alone.
#pragma once

#include <string>

namespace galley::epub {

/// `urn:uuid:` and the RFC 4122 version 5 (SHA-1, name-based) UUID of the article id
/// in galley's namespace: the same id always gives the same identifier, so every
/// version of an article is one publication (dcterms:modified tells them apart).
std::string publication_urn(const std::string& article_id);

}  // namespace galley::epub
