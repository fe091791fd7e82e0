// The formats `galley check` compares, by exporter id. Adding one: an extract function
// in its own file, and one line here.
#include "article_fields.hpp"
#include "json_extractor.hpp"
#include "ninjs_extractor.hpp"
#include "pdf_extractor.hpp"
#include "xml_extractors.hpp"

namespace galley::consistency {

const std::vector<Extractor>& extractors() {
    static const std::vector<Extractor> all{
        {"epub", extract_epub},   {"json", extract_json}, {"newsml", extract_newsml},
        {"ninjs", extract_ninjs}, {"pdf", extract_pdf},   {"xhtml", extract_xhtml},
    };
    return all;
}

}  // namespace galley::consistency
