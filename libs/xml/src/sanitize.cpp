// Strict UTF-8 decoding and the XML character filter behind every value galley writes.
#include <galley/xml/sanitize.hpp>

#include <galley/text.hpp>

namespace galley::xml {

namespace {
constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Bytes that need no decoding: printable ASCII, tab, LF, CR.
bool is_plain_ascii(unsigned char c) {
    return (c >= 0x20 && c < 0x7F) || c == 0x09 || c == 0x0A || c == 0x0D;
}
}  // namespace

std::size_t append_sanitized(std::string& out, std::string_view text) {
    std::size_t replaced = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t run = pos;
        while (run < text.size() && is_plain_ascii(static_cast<unsigned char>(text[run]))) {
            ++run;
        }
        out.append(text.data() + pos, run - pos);
        pos = run;
        if (pos == text.size()) {
            break;
        }
        const std::size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        // next_code_point() answers U+FFFD for malformed input too; a genuine U+FFFD
        // is the only way to consume exactly its three bytes.
        const bool malformed = cp == 0xFFFD && text.substr(start, pos - start) != replacement;
        if (malformed || !is_allowed_char(cp)) {
            out += replacement;
            ++replaced;
        } else {
            out.append(text.data() + start, pos - start);
        }
    }
    return replaced;
}

}  // namespace galley::xml
