// Code point classes for fallback, line breaking and hyphenation, from ICU.
#include "text/unicode_class.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace galley::pdf {

namespace {

UChar32 icu_cp(char32_t cp) { return static_cast<UChar32>(cp); }

UScriptCode icu_script(char32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(icu_cp(cp), &status);
    return U_SUCCESS(status) ? script : USCRIPT_UNKNOWN;
}

int line_break_class(char32_t cp) { return u_getIntPropertyValue(icu_cp(cp), UCHAR_LINE_BREAK); }

// ASCII, most of the text of most articles, is answered without ICU: its lookups are a
// few percent of a whole PDF export otherwise.
bool is_ascii(char32_t cp) { return cp < 0x80; }
bool is_ascii_letter(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'); }

}  // namespace

Script script_of(char32_t cp) {
    if (is_ascii(cp)) {
        return is_ascii_letter(cp) ? Script::Latin : Script::Common;
    }
    switch (icu_script(cp)) {
    case USCRIPT_LATIN: return Script::Latin;
    case USCRIPT_GREEK: return Script::Greek;
    case USCRIPT_CYRILLIC: return Script::Cyrillic;
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_BOPOMOFO:
    case USCRIPT_HANGUL: return Script::Cjk;
    case USCRIPT_HEBREW: return Script::Hebrew;
    case USCRIPT_ARABIC:
    case USCRIPT_SYRIAC:
    case USCRIPT_THAANA:
    case USCRIPT_NKO: return Script::Arabic;
    case USCRIPT_DEVANAGARI:
    case USCRIPT_BENGALI:
    case USCRIPT_GURMUKHI:
    case USCRIPT_GUJARATI:
    case USCRIPT_ORIYA:
    case USCRIPT_TAMIL:
    case USCRIPT_TELUGU:
    case USCRIPT_KANNADA:
    case USCRIPT_MALAYALAM:
    case USCRIPT_SINHALA: return Script::Indic;
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_TIBETAN:
    case USCRIPT_MYANMAR:
    case USCRIPT_KHMER: return Script::SoutheastAsian;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
        // CJK punctuation and full-width forms belong with the ideographs around them.
        return is_cjk(cp) ? Script::Cjk : Script::Common;
    default: return Script::Other;
    }
}

bool no_break_before(char32_t cp) {
    switch (line_break_class(cp)) {
    case U_LB_CLOSE_PUNCTUATION:
    case U_LB_CLOSE_PARENTHESIS:
    case U_LB_EXCLAMATION:
    case U_LB_INFIX_NUMERIC:
    case U_LB_NONSTARTER:
    case U_LB_CONDITIONAL_JAPANESE_STARTER: return true;
    default: return false;
    }
}

bool is_cjk_ambiguous(char32_t cp) {
    return u_getIntPropertyValue(icu_cp(cp), UCHAR_EAST_ASIAN_WIDTH) == U_EA_AMBIGUOUS &&
           (U_GET_GC_MASK(icu_cp(cp)) & U_GC_P_MASK) != 0;
}

bool is_space(char32_t cp) {
    if (is_ascii(cp)) {
        return cp == ' ' || (cp >= '\t' && cp <= '\r');
    }
    return u_hasBinaryProperty(icu_cp(cp), UCHAR_WHITE_SPACE) && !is_no_break_space(cp);
}

bool is_no_break_space(char32_t cp) {
    return !is_ascii(cp) && line_break_class(cp) == U_LB_GLUE &&
           u_hasBinaryProperty(icu_cp(cp), UCHAR_WHITE_SPACE);
}

bool is_invisible(char32_t cp) {
    return !is_ascii(cp) && u_hasBinaryProperty(icu_cp(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool is_complex_context(char32_t cp) {
    return cp >= 0x0E00 && line_break_class(cp) == U_LB_COMPLEX_CONTEXT;  // Thai is the first
}

bool is_combining_mark(char32_t cp) {
    return !is_ascii(cp) && (U_GET_GC_MASK(icu_cp(cp)) & U_GC_M_MASK) != 0;
}

bool is_nonspacing_mark(char32_t cp) {
    return !is_ascii(cp) && (U_GET_GC_MASK(icu_cp(cp)) & U_GC_MN_MASK) != 0;
}

bool is_alphabetic(char32_t cp) {
    if (is_ascii(cp)) {
        return is_ascii_letter(cp);
    }
    if (!u_isalpha(icu_cp(cp))) {
        return false;
    }
    const UScriptCode s = icu_script(cp);
    return s == USCRIPT_LATIN || s == USCRIPT_GREEK || s == USCRIPT_CYRILLIC;
}

char32_t to_lower(char32_t cp) {
    if (is_ascii(cp)) {
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }
    return static_cast<char32_t>(u_tolower(icu_cp(cp)));
}

char32_t to_upper(char32_t cp) {
    if (is_ascii(cp)) {
        return cp >= 'a' && cp <= 'z' ? cp - ('a' - 'A') : cp;
    }
    return static_cast<char32_t>(u_toupper(icu_cp(cp)));
}

std::u32string compatibility_decomposition(char32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposition;
    if (U_FAILURE(status) || nfkd == nullptr ||
        !nfkd->getDecomposition(icu_cp(cp), decomposition)) {
        return std::u32string(1, cp);
    }
    std::u32string out;
    for (std::int32_t i = 0; i < decomposition.length();) {
        const UChar32 c = decomposition.char32At(i);
        out.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return out;
}

}  // namespace galley::pdf
