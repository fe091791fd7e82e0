// RFC 2397 data: URIs for embedding images in a standalone page.
#pragma once

#include <string>
#include <string_view>

namespace galley::xhtml {

/// `data:<media_type>;base64,<bytes in base64>`.
std::string data_uri(std::string_view media_type, std::string_view bytes);

}  // namespace galley::xhtml
