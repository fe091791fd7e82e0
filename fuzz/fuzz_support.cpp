#include "fuzz_support.hpp"

#include <libxml/parser.h>

#include <string>

namespace galley::fuzz {

bool is_valid_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t code = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, code = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, code = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, code = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

bool is_well_formed_xml(std::string_view text, std::string* error) {
    xmlDocPtr doc =
        xmlReadMemory(text.data(), static_cast<int>(text.size()), "output.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (doc == nullptr) {
        if (error != nullptr) {
            const xmlError* last = xmlGetLastError();
            *error = last != nullptr && last->message != nullptr
                         ? std::to_string(last->line) + ": " + last->message
                         : std::string("libxml2 refused it");
        }
        return false;
    }
    xmlFreeDoc(doc);
    return true;
}

}  // namespace galley::fuzz
