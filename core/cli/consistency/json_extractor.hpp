// The extractor for galley's JSON (see json_extractor.cpp).
#pragma once

#include "article_fields.hpp"

namespace galley::consistency {

Extraction extract_json(const std::string& bytes);

}  // namespace galley::consistency
