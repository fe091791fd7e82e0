// Which characters galley lets into XML output, and the one function that enforces it.
//
// libxml2's writer escapes markup characters but writes invalid ones raw (cpp-stack.md
// §5): a U+0001 or a stray byte 0xFF would make the output not well-formed. Every text
// and attribute value therefore passes through append_sanitized() first.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::xml {

/// True when `cp` may appear in galley's XML: an XML 1.0 Char (tab, LF, CR,
/// U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF) that is neither a C1 control nor
/// DEL nor a Unicode noncharacter (HTML parsers reject those).
constexpr bool is_allowed_char(char32_t cp) {
    if (cp < 0x20) {
        return cp == 0x09 || cp == 0x0A || cp == 0x0D;
    }
    if (cp >= 0x7F && cp <= 0x9F) {
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        return false;
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
        return false;
    }
    if ((cp & 0xFFFE) == 0xFFFE) {
        return false;  // U+FFFE, U+FFFF and their twins in every plane
    }
    return cp <= 0x10FFFF;
}

/// True for the Unicode bidirectional formatting characters (ALM, LRM, RLM, the
/// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069). They are text,
/// but the writer spells them as character references so a reviewer sees them.
constexpr bool is_bidi_control(char32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/// Appends `text` to `out`, decoding UTF-8 strictly (no overlong forms, no surrogates)
/// and replacing each malformed sequence and each character that is not allowed with
/// U+FFFD. Returns how many replacements it made.
std::size_t append_sanitized(std::string& out, std::string_view text);

}  // namespace galley::xml
