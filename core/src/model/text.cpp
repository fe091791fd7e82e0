// Plain text, word counts and UTF-8 helpers shared by the exporters.
#include <galley/text.hpp>

#include <variant>

namespace galley {

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = byte(pos);
    if (c < 0x80) {
        ++pos;
        return c;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3, cp = c & 0x07, min = 0x10000;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<std::size_t>(extra) >= s.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        unsigned char cc = byte(pos + k);
        if ((cc & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(extra) + 1;
    return cp;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        if (next_code_point(text, pos) == 0xFFFD && pos == start + 1) {
            return false;
        }
    }
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void append_runs(std::string& out, const InlineText& runs) {
    for (const auto& run : runs) {
        switch (run.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Code: out += run.text; break;
        case Inline::Kind::LineBreak: out += ' '; break;
        default: append_runs(out, run.children);
        }
    }
}

// Scripts whose words are not separated by spaces: each character counts as a word.
bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) ||  // hiragana, katakana
           (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK unified ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) ||  // hangul syllables
           (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK compatibility ideographs
           (cp >= 0x20000 && cp <= 0x3FFFF);  // supplementary ideographic planes
}

// Letters and digits of any script (everything that is not space or punctuation as
// far as a word count cares): ASCII alphanumerics and any non-ASCII code point outside
// the general punctuation and symbol blocks.
bool is_word_char(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
    if (cp <= 0xBF) {
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    }
    if (cp >= 0x2000 && cp <= 0x2BFF) {
        return false;  // general punctuation, symbols, arrows, dashes
    }
    if (cp >= 0x3000 && cp <= 0x303F) {
        return false;  // CJK punctuation
    }
    if (cp >= 0xFF00 && cp <= 0xFF0F) {
        return false;  // fullwidth punctuation
    }
    return true;
}
}  // namespace

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (char c : text) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out += c;
    }
    return out;
}

std::string plain_text(const InlineText& text) {
    std::string raw;
    append_runs(raw, text);
    return collapse_whitespace(raw);
}

std::size_t word_count(std::string_view plain) {
    std::size_t count = 0;
    bool in_word = false;
    std::size_t pos = 0;
    while (pos < plain.size()) {
        char32_t cp = next_code_point(plain, pos);
        if (is_cjk(cp)) {
            ++count;
            in_word = false;
        } else if (is_word_char(cp) || ((cp == '\'' || cp == 0x2019 || cp == '-') && in_word)) {
            if (!in_word) {
                ++count;
                in_word = true;
            }
        } else {
            in_word = false;
        }
    }
    return count;
}

std::size_t word_count(const Article& article) {
    std::size_t count = 0;
    for (const auto& block : article.body) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    count += word_count(plain_text(b.content));
                } else if constexpr (std::is_same_v<T, Quote>) {
                    count +=
                        word_count(plain_text(b.content)) + word_count(plain_text(b.attribution));
                } else if constexpr (std::is_same_v<T, List>) {
                    for (const auto& item : b.items) {
                        count += word_count(plain_text(item));
                    }
                } else if constexpr (std::is_same_v<T, Image>) {
                    count += word_count(plain_text(b.caption));
                }
            },
            block.content);
    }
    return count;
}

std::string primary_language(const Article& article) {
    std::string out;
    for (char c : article.language) {
        if (c == '-' || c == '_') {
            break;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

}  // namespace galley
