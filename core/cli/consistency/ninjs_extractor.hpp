// The extractor for IPTC ninjs items (see ninjs_extractor.cpp).
#pragma once

#include "article_fields.hpp"

namespace galley::consistency {

Extraction extract_ninjs(const std::string& bytes);

}  // namespace galley::consistency
