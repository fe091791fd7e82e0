// Slugs for service URIs (section names are free text; URIs are not).
#include "section_slug.hpp"

namespace galley::newsml {

std::string section_slug(std::string_view section) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    bool pending_hyphen = false;
    for (char c : section) {
        auto u = static_cast<unsigned char>(c);
        bool keep =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || u >= 0x80;
        if (!keep) {
            pending_hyphen = !out.empty();
            continue;
        }
        if (pending_hyphen) {
            out += '-';
            pending_hyphen = false;
        }
        if (u >= 0x80) {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        } else {
            out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    return out;
}

}  // namespace galley::newsml
