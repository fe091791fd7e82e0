// Comparing modulo what layout changes: white space and line breaks, invisible format
// characters (soft hyphens, bidi controls), words hyphenated at a line end, and for a
// PDF's text the letter case (notices and the section are set in capitals) and running
// heads between the pieces of a paragraph that crosses a column or page.
#include "article_fields.hpp"

#include <unicode/unistr.h>

#include <galley/text.hpp>

namespace galley::consistency {

namespace {

// Invisible format characters a PDF's text layer does not keep: soft hyphen, zero-width
// space and joiners, bidi marks, embeddings and isolates, byte order mark.
bool invisible(char32_t cp) {
    return cp == 0xAD || cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// No-break spaces become spaces, invisible characters go, white space collapses.
std::string normalize(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(text, i);
        if (cp == 0xA0 || cp == 0x202F || cp == 0x2007) {
            out += ' ';
        } else if (!invisible(cp)) {
            out.append(text, at, i - at);
        }
    }
    return collapse_whitespace(out);
}

// For a text dump: no white space and no hyphens at all, case-folded.
std::string squeeze(const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(normalize(text));
    u.foldCase();
    std::string folded;
    u.toUTF8String(folded);
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(folded, i);
        if (cp != ' ' && cp != '-' && cp != 0x2010 && cp != 0x2011) {
            out.append(folded, at, i - at);
        }
    }
    return out;
}

// Whether `value` appears in `text` as at most `pieces` runs, in order: a paragraph
// broken by a column or page has the running head and folio between its parts.
bool appears_in(const std::string& value, const std::string& text, int pieces) {
    std::size_t from = 0, pos = 0;
    for (int piece = 0; piece < pieces && pos < value.size(); ++piece) {
        // The longest prefix of what is left that occurs after `from` (binary search:
        // a shorter prefix occurs wherever a longer one does).
        std::size_t lo = 0, hi = value.size() - pos;
        while (lo < hi) {
            const std::size_t mid = (lo + hi + 1) / 2;
            if (text.find(value.data() + pos, from, mid) != std::string::npos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo == 0 || (lo < 8 && pos + lo < value.size())) {
            return false;  // no progress, or a scrap too short to mean anything
        }
        from = text.find(value.data() + pos, from, lo) + lo;
        pos += lo;
    }
    return pos >= value.size();
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) {
        out += (out.empty() ? "" : " | ") + v;
    }
    return out;
}

}  // namespace

std::vector<Difference> compare(const Fields& expected, const Extraction& got,
                                const std::string& format_id) {
    std::vector<Difference> out;
    const std::string text = got.text ? squeeze(*got.text) : std::string();
    for (const std::string& name : field_names()) {
        const auto want = expected.find(name);
        const auto have = got.fields.find(name);
        if (have != got.fields.end()) {
            std::vector<std::string> a, b;
            if (want != expected.end()) {
                for (const auto& v : want->second) {
                    a.push_back(normalize(v));
                }
            }
            for (const auto& v : have->second) {
                b.push_back(normalize(v));
            }
            if (a == b) {
                continue;
            }
            // Report the first value that differs, not the whole list.
            std::size_t i = 0;
            while (i < a.size() && i < b.size() && a[i] == b[i]) {
                ++i;
            }
            Difference d{name, format_id, i < a.size() ? a[i] : std::string(),
                         i < b.size() ? b[i] : std::string(), false};
            if (a.size() != b.size() && (d.expected.empty() || d.found.empty())) {
                d.expected = std::to_string(a.size()) + " value(s): " + joined(a);
                d.found = std::to_string(b.size()) + " value(s): " + joined(b);
            }
            out.push_back(std::move(d));
        } else if (got.text && want != expected.end()) {
            for (const auto& value : want->second) {
                if (!appears_in(squeeze(value), text, 4)) {
                    out.push_back({name, format_id, normalize(value), {}, true});
                }
            }
        }
    }
    return out;
}

}  // namespace galley::consistency
