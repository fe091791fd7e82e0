// Short, single-line rendering of article values for diagnostics.
#include "loader/quote.hpp"

#include <galley/text.hpp>

namespace galley::detail {

std::string quote(std::string_view text) {
    constexpr int max_chars = 60;
    std::string out = "\"";
    std::size_t pos = 0;
    int chars = 0;
    while (pos < text.size()) {
        if (chars == max_chars) {
            out += "...";
            break;
        }
        const std::size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '"') {
            out += "\\\"";
        } else if (cp < 0x20 || cp == 0x7F) {
            out += '?';
        } else {
            out.append(text.substr(start, pos - start));
        }
        ++chars;
    }
    out += '"';
    return out;
}

std::string key_name(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 2);
    out += '\'';
    out += name;
    out += '\'';
    return out;
}

}  // namespace galley::detail
