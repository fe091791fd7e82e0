// What the line breaker and font fallback need to know about a code point: script,
// CJK line-breaking classes, spaces, case. Small hand-written tables for the scripts
// galley sets, not a full Unicode database.
#pragma once

#include <string_view>

namespace galley::pdf {

enum class Script {
    Common,  ///< digits, punctuation, symbols: take the script of their neighbours
    Latin,
    Greek,
    Cyrillic,
    Cjk,             ///< Han, kana, hangul, CJK punctuation and full-width forms
    Hebrew,          ///< right to left
    Arabic,          ///< right to left, needs shaping (also Syriac, Thaana, N'Ko)
    Indic,           ///< Devanagari .. Sinhala: needs shaping
    SoutheastAsian,  ///< Thai, Lao, Tibetan, Myanmar, Khmer: shaping / word breaking
    Other,
};

Script script_of(char32_t cp);

/// The script's English name, for warnings.
std::string_view script_name(Script script);

/// Scripts set right to left (text/bidi.hpp reorders them by their characters' own
/// bidi classes; this is the script-level view).
inline bool is_right_to_left(Script s) { return s == Script::Hebrew || s == Script::Arabic; }
/// Scripts whose glyphs need shaping (contextual forms, reordering, stacking); Arabic is
/// shaped by HarfBuzz, the others are not yet.
inline bool needs_shaping(Script s) {
    return s == Script::Arabic || s == Script::Indic || s == Script::SoutheastAsian;
}

/// A character set with one full-width glyph per cell, breakable on either side
/// (ideographs, kana, hangul syllables, CJK punctuation).
bool is_cjk(char32_t cp);

/// Characters that must not begin a line (closing brackets and CJK/Western
/// sentence punctuation: `，。、」` …).
bool no_break_before(char32_t cp);
/// Characters that must not end a line (opening brackets and quotes: `「（《“` …).
bool no_break_after(char32_t cp);

/// Punctuation Western and CJK fonts both have but draw differently (curly quotes,
/// dashes, ellipsis, middle dot): in a CJK article the CJK font should draw it.
bool is_cjk_ambiguous(char32_t cp);

/// Breakable white space (collapsed to one inter-word space).
bool is_space(char32_t cp);
/// No-break spaces (U+00A0, U+202F, U+2007).
bool is_no_break_space(char32_t cp);
/// Characters never drawn: zero-width space/joiners, soft hyphen, BOM, bidi controls.
bool is_invisible(char32_t cp);

/// A letter of Latin, Greek or Cyrillic script (what hyphenation patterns know).
bool is_alphabetic(char32_t cp);
/// Lower case for Latin, Greek and Cyrillic letters; anything else unchanged.
char32_t to_lower(char32_t cp);
/// Upper case for Latin, Greek and Cyrillic letters; anything else unchanged.
char32_t to_upper(char32_t cp);

}  // namespace galley::pdf
