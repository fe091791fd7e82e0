// The extractor for PDF (see pdf_extractor.cpp).
#pragma once

#include "article_fields.hpp"

namespace galley::consistency {

Extraction extract_pdf(const std::string& bytes);

}  // namespace galley::consistency
