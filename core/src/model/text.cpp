// Plain text, word counts and UTF-8 helpers shared by the exporters.
#include <galley/text.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

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

// Letters, digits and the marks inside words (Devanagari vowel signs, Thai tone marks):
// everything a word count does not take for space, punctuation or a symbol.
bool is_word_char(char32_t cp) {
    const auto c = static_cast<UChar32>(cp);
    return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_cjk_script(UScriptCode script) {
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
           script == USCRIPT_BOPOMOFO || script == USCRIPT_HANGUL;
}
}  // namespace

bool is_cjk(char32_t cp) {
    if (cp < 0x80) {
        return false;  // without ICU: ASCII is most of the text the layout asks about
    }
    const auto c = static_cast<UChar32>(cp);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (is_cjk_script(script)) {
        return true;
    }
    // Full-width forms (U+3000, U+FF01..) are Common or Latin by script.
    if (cp >= 0x3000 && u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE) == U_DT_WIDE) {
        return true;
    }
    if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
        return false;  // a character of one script lists it in its extensions too
    }
    // Punctuation and marks shared by the CJK scripts only (`、。「」`, the voicing marks),
    // not those also used in other scripts (the middle dot is Latin and Greek too; Yi
    // shares the ideographic comma).
    UScriptCode scripts[16];
    const int n = uscript_getScriptExtensions(c, scripts, 16, &status);
    bool cjk = U_SUCCESS(status) && n > 0;
    for (int i = 0; cjk && i < n; ++i) {
        cjk = is_cjk_script(scripts[i]) || scripts[i] == USCRIPT_YI;
    }
    return cjk;
}

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
        if (is_cjk(cp) && u_isalpha(static_cast<UChar32>(cp))) {
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
