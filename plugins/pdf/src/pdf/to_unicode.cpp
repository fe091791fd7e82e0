// A standard ToUnicode CMap with bfchar entries in blocks of at most 100.
#include "pdf/to_unicode.hpp"

namespace galley::pdf {

namespace {
void hex4(std::string& out, unsigned v) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += digits[(v >> shift) & 0xF];
    }
}
}  // namespace

std::string to_unicode_cmap(const std::vector<std::pair<std::uint16_t, std::u32string>>& mapping) {
    std::string out = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < mapping.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, mapping.size() - i);
        out += std::to_string(n);
        out += " beginbfchar\n";
        for (std::size_t j = i; j < i + n; ++j) {
            out += '<';
            hex4(out, mapping[j].first);
            out += "> <";
            for (const char32_t cp : mapping[j].second) {
                if (cp >= 0x10000) {
                    hex4(out, 0xD800 + ((cp - 0x10000) >> 10));
                    hex4(out, 0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    hex4(out, cp);
                }
            }
            out += ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

}  // namespace galley::pdf
