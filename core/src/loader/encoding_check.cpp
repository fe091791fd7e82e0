// UTF-8 validation and control-character scan over the raw bytes of an article.
#include "loader/encoding_check.hpp"

#include "loader/scalar_locator.hpp"

#include <galley/text.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace galley::detail {

namespace {

std::string hex_byte(unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", b);
    return buf;
}

std::string code_point_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

// Says what is wrong with the malformed sequence starting at `pos` (next_code_point
// has already refused it).
std::string describe_bad_utf8(std::string_view s, std::size_t pos) {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b >= 0x80 && b <= 0xBF) {
        return "invalid UTF-8: stray continuation byte " + hex_byte(b);
    }
    if (b == 0xC0 || b == 0xC1 || b >= 0xF5) {
        return "invalid UTF-8: byte " + hex_byte(b) + " never occurs in UTF-8";
    }
    const std::size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    for (std::size_t k = 1; k < need; ++k) {
        if (pos + k >= s.size() || (static_cast<unsigned char>(s[pos + k]) & 0xC0) != 0x80) {
            return "invalid UTF-8: sequence starting with " + hex_byte(b) + " is cut short";
        }
    }
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b == 0xED && b1 >= 0xA0) {
        return "invalid UTF-8: encoded surrogate (UTF-16 halves are not characters)";
    }
    if (b == 0xF4 && b1 >= 0x90) {
        return "invalid UTF-8: code point beyond U+10FFFF";
    }
    return "invalid UTF-8: overlong encoding starting with " + hex_byte(b);
}

}  // namespace

std::string forbidden_character(char32_t cp) {
    if (cp == '\t' || cp == '\n') {
        return {};
    }
    if (cp < 0x20 || cp == 0x7F) {
        return "control character " + code_point_name(cp) + " is not allowed";
    }
    // C1 controls: invisible, meaningless in text and illegal in XML 1.1 output.
    if (cp >= 0x80 && cp <= 0x9F) {
        return "control character " + code_point_name(cp) + " is not allowed";
    }
    // Not characters at all, and not XML characters either, so no exporter could write them.
    if (cp == 0xFFFE || cp == 0xFFFF) {
        return code_point_name(cp) + " is not a character";
    }
    return {};
}

EncodingCheck check_encoding(std::string_view text, Reporter& report) {
    EncodingCheck result;
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
        report.error(0, "the file is UTF-16 encoded; save the article as UTF-8");
        return {false, 0};
    }
    // Past the reporter's listing limit the input is most likely not text at all.
    std::size_t errors = 0;
    auto fail = [&](std::size_t offset, std::string message) {
        report.error(offset, std::move(message));
        if (errors++ == 0) {
            result.first_error = offset;
        }
        return !report.full();
    };
    std::size_t pos = 0;
    bool in_bad_run = false;  // one error for a run of undecodable bytes
    while (pos < text.size()) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 0x20 && b < 0x7F) {
            ++pos;
            in_bad_run = false;
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        if (cp == 0xFFFD && pos == start + 1) {
            if (!in_bad_run && !fail(start, describe_bad_utf8(text, start))) {
                break;
            }
            in_bad_run = true;
            continue;
        }
        in_bad_run = false;
        if (cp == '\r') {
            if (pos < text.size() && text[pos] == '\n') {
                continue;
            }
            if (!fail(start, "carriage return without a line feed (use LF or CRLF line ends)")) {
                break;
            }
            continue;
        }
        if (std::string why = forbidden_character(cp); !why.empty() && !fail(start, why)) {
            break;
        }
    }
    if (report.full()) {
        report.stop_listing(pos, "too many encoding errors; is this a UTF-8 text file?");
        result.parseable = false;
    }
    // yaml-cpp guesses the encoding from NUL bytes among the first four ("x\0\0\0" reads
    // as UTF-32LE) and would decode the rest as garbage; the NULs are reported above.
    if (text.substr(0, 4).find('\0') != std::string_view::npos) {
        result.parseable = false;
    }
    return result;
}

void check_escaped_characters(const SourceText& source, const YamlTree& tree, Reporter& report) {
    for (NodeId id = 0; id < tree.size(); ++id) {
        const YamlNode& n = tree[id];
        if (n.kind != NodeKind::Scalar || n.plain) {
            continue;
        }
        const std::string_view v = tree.text(id);
        // Cheap filter: every forbidden character has one of these bytes.
        const bool suspicious = std::any_of(v.begin(), v.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return (b < 0x20 && b != '\t' && b != '\n') || b == 0x7F || b == 0xC2 || b == 0xEF;
        });
        if (!suspicious) {
            continue;
        }
        std::optional<ScalarLocator> locator;
        std::size_t pos = 0;
        while (pos < v.size()) {
            const std::size_t start = pos;
            std::string why = forbidden_character(next_code_point(v, pos));
            if (why.empty()) {
                continue;
            }
            if (report.full()) {
                report.error(0, std::move(why));  // counted, not listed: no need to locate it
                continue;
            }
            if (!locator) {
                locator.emplace(source.text(), n.offset, v);
            }
            // A raw character was reported by check_encoding already; only escapes are new.
            const std::size_t at = locator->locate(start);
            if (at < source.text().size() && source.text()[at] == '\\') {
                report.error(at, why + " (written as an escape)");
            }
        }
    }
}

}  // namespace galley::detail
