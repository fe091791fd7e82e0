// Extractors for the XML formats (see xml_extractors.cpp).
#pragma once

#include "article_fields.hpp"

namespace galley::consistency {

Extraction extract_xhtml(const std::string& bytes);
Extraction extract_epub(const std::string& bytes);
Extraction extract_newsml(const std::string& bytes);

}  // namespace galley::consistency
