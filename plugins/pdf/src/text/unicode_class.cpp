// Code point classes for fallback, line breaking and hyphenation.
#include "text/unicode_class.hpp"

namespace galley::pdf {

namespace {
bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }
}  // namespace

Script script_of(char32_t cp) {
    if (cp < 0x80) {
        return (in(cp, 'A', 'Z') || in(cp, 'a', 'z')) ? Script::Latin : Script::Common;
    }
    if (in(cp, 0x00C0, 0x024F) && cp != 0x00D7 && cp != 0x00F7) {
        return Script::Latin;
    }
    if (in(cp, 0x1E00, 0x1EFF) || in(cp, 0x2C60, 0x2C7F) || in(cp, 0xA720, 0xA7FF)) {
        return Script::Latin;
    }
    if (in(cp, 0x0370, 0x03FF) || in(cp, 0x1F00, 0x1FFF)) {
        return Script::Greek;
    }
    if (in(cp, 0x0400, 0x052F) || in(cp, 0x2DE0, 0x2DFF) || in(cp, 0xA640, 0xA69F)) {
        return Script::Cyrillic;
    }
    if (in(cp, 0x0590, 0x05FF) || in(cp, 0xFB1D, 0xFB4F)) {
        return Script::Hebrew;
    }
    if (in(cp, 0x0600, 0x07FF) || in(cp, 0x0860, 0x08FF) || in(cp, 0xFB50, 0xFDFF) ||
        in(cp, 0xFE70, 0xFEFF)) {
        return Script::Arabic;
    }
    if (in(cp, 0x0900, 0x0DFF)) {
        return Script::Indic;
    }
    if (in(cp, 0x0E00, 0x109F) || in(cp, 0x1780, 0x17FF)) {
        return Script::SoutheastAsian;
    }
    if (is_cjk(cp)) {
        return Script::Cjk;
    }
    if (in(cp, 0x0250, 0x036F) || in(cp, 0x2000, 0x2BFF) || in(cp, 0x00A0, 0x00BF) ||
        cp == 0x00D7 || cp == 0x00F7) {
        return Script::Common;
    }
    return Script::Other;
}

std::string_view script_name(Script script) {
    switch (script) {
    case Script::Common: return "common";
    case Script::Latin: return "Latin";
    case Script::Greek: return "Greek";
    case Script::Cyrillic: return "Cyrillic";
    case Script::Cjk: return "CJK";
    case Script::Hebrew: return "Hebrew";
    case Script::Arabic: return "Arabic";
    case Script::Indic: return "Indic";
    case Script::SoutheastAsian: return "Southeast Asian";
    case Script::Other: break;
    }
    return "other";
}

bool is_cjk(char32_t cp) {
    return in(cp, 0x2E80, 0x2FFF) ||  // radicals, Kangxi, description characters
           in(cp, 0x3000, 0x303F) ||  // CJK symbols and punctuation
           in(cp, 0x3040, 0x30FF) ||  // hiragana, katakana
           in(cp, 0x3100, 0x31FF) ||  // bopomofo, hangul compatibility jamo, kanbun
           in(cp, 0x3200, 0x4DBF) ||  // enclosed CJK, compatibility, extension A
           in(cp, 0x4E00, 0x9FFF) ||  // unified ideographs
           in(cp, 0xA960, 0xA97F) || in(cp, 0xAC00, 0xD7AF) ||  // hangul
           in(cp, 0xF900, 0xFAFF) ||                            // compatibility ideographs
           in(cp, 0xFE30, 0xFE4F) ||                            // compatibility forms
           in(cp, 0xFF00, 0xFF60) || in(cp, 0xFFE0, 0xFFE6) ||  // full-width forms
           in(cp, 0x20000, 0x3134F);                            // extensions B..G
}

bool no_break_before(char32_t cp) {
    switch (cp) {
    case ',':
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x2026:
    case 0x2025:
    case 0x3001:
    case 0x3002:
    case 0x3005:
    case 0x3009:
    case 0x300B:
    case 0x300D:
    case 0x300F:
    case 0x3011:
    case 0x3015:
    case 0x3017:
    case 0x3019:
    case 0x301B:
    case 0x301E:
    case 0x301F:
    case 0x303B:
    case 0x309D:
    case 0x309E:
    case 0x30FB:
    case 0x30FC:
    case 0x30FD:
    case 0x30FE:
    case 0xFF01:
    case 0xFF05:
    case 0xFF09:
    case 0xFF0C:
    case 0xFF0E:
    case 0xFF1A:
    case 0xFF1B:
    case 0xFF1F:
    case 0xFF3D:
    case 0xFF5D:
    case 0xFF60:
    case 0xFE50:
    case 0xFE51:
    case 0xFE52:
    case 0xFE54:
    case 0xFE55:
    case 0xFE56:
    case 0xFE57: return true;
    default:
        // Small kana: no line starts with them in Japanese either.
        return cp == 0x3041 || cp == 0x3043 || cp == 0x3045 || cp == 0x3047 || cp == 0x3049 ||
               cp == 0x3063 || cp == 0x3083 || cp == 0x3085 || cp == 0x3087 || cp == 0x30A1 ||
               cp == 0x30A3 || cp == 0x30A5 || cp == 0x30A7 || cp == 0x30A9 || cp == 0x30C3 ||
               cp == 0x30E3 || cp == 0x30E5 || cp == 0x30E7;
    }
}

bool no_break_after(char32_t cp) {
    switch (cp) {
    case '(':
    case '[':
    case '{':
    case 0x2018:
    case 0x201C:
    case 0x00AB:
    case 0x2039:
    case 0x3008:
    case 0x300A:
    case 0x300C:
    case 0x300E:
    case 0x3010:
    case 0x3014:
    case 0x3016:
    case 0x3018:
    case 0x301A:
    case 0x301D:
    case 0xFF08:
    case 0xFF3B:
    case 0xFF5B:
    case 0xFF5F:
    case 0xFE59:
    case 0xFE5B:
    case 0xFE5D: return true;
    default: return false;
    }
}

bool is_cjk_ambiguous(char32_t cp) {
    return in(cp, 0x2010, 0x2027) || cp == 0x00B7 || cp == 0x2030 || cp == 0x203B;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x1680 ||
           in(cp, 0x2000, 0x2006) || in(cp, 0x2008, 0x200A) || cp == 0x205F || cp == 0x3000;
}

bool is_no_break_space(char32_t cp) { return cp == 0x00A0 || cp == 0x202F || cp == 0x2007; }

bool is_invisible(char32_t cp) {
    return cp == 0x00AD || in(cp, 0x200B, 0x200F) || in(cp, 0x202A, 0x202E) ||
           in(cp, 0x2060, 0x2064) || in(cp, 0x2066, 0x2069) || cp == 0xFEFF || cp == 0x034F;
}

bool is_alphabetic(char32_t cp) {
    const Script s = script_of(cp);
    if (s == Script::Latin || s == Script::Greek) {
        return !in(cp, 0x0374, 0x0375) && cp != 0x037E && cp != 0x0387;
    }
    return s == Script::Cyrillic && !in(cp, 0x0482, 0x0489);
}

char32_t to_lower(char32_t cp) {
    if (in(cp, 'A', 'Z') || (in(cp, 0x00C0, 0x00DE) && cp != 0x00D7)) {
        return cp + 0x20;
    }
    if (cp == 0x0178) {
        return 0x00FF;
    }
    if (in(cp, 0x0100, 0x017F) && cp != 0x0130 && cp != 0x0131 && cp != 0x0138 && cp != 0x0149 &&
        cp != 0x017F) {
        // Latin Extended-A alternates upper/lower, with the parity flipping at U+0139..U+0148.
        bool odd_upper = in(cp, 0x0139, 0x0148) || in(cp, 0x0179, 0x017E);
        bool upper = odd_upper ? (cp % 2 == 1) : (cp % 2 == 0);
        return upper ? cp + 1 : cp;
    }
    if (in(cp, 0x0410, 0x042F)) {
        return cp + 0x20;
    }
    if (in(cp, 0x0400, 0x040F)) {
        return cp + 0x50;
    }
    if (in(cp, 0x0460, 0x04FF) && cp % 2 == 0 && !in(cp, 0x0482, 0x0489) && cp != 0x04C0) {
        return cp + 1;
    }
    if (in(cp, 0x0391, 0x03A9) && cp != 0x03A2) {
        return cp + 0x20;
    }
    return cp;
}

char32_t to_upper(char32_t cp) {
    if (in(cp, 'a', 'z') || (in(cp, 0x00E0, 0x00FE) && cp != 0x00F7)) {
        return cp - 0x20;
    }
    if (in(cp, 0x0100, 0x017F) && to_lower(cp - 1) == cp && cp != 0x0131) {
        return cp - 1;
    }
    if (in(cp, 0x0430, 0x044F)) {
        return cp - 0x20;
    }
    if (in(cp, 0x0450, 0x045F)) {
        return cp - 0x50;
    }
    if (in(cp, 0x0461, 0x04FF) && cp % 2 == 1 && to_lower(cp - 1) == cp) {
        return cp - 1;
    }
    if (in(cp, 0x03B1, 0x03C9) && cp != 0x03C2) {
        return cp - 0x20;
    }
    return cp;
}

}  // namespace galley::pdf
