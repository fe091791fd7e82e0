// What the layout needs to know about a code point, as views over ICU's Unicode
// properties: a coarse script (for shaping, direction and hyphenation choices and
// warnings), spaces, invisible characters, letters and case. Line-break opportunities
// and grapheme clusters are in text/text_boundaries.hpp.
#pragma once

#include <galley/text.hpp>

#include <string>

namespace galley::pdf {

enum class Script {
    Common,  ///< digits, punctuation, symbols, marks: take the script of their neighbours
    Latin,
    Greek,
    Cyrillic,
    Cjk,             ///< Han, kana, bopomofo, hangul and the punctuation set with them
    Hebrew,          ///< right to left
    Arabic,          ///< right to left, needs shaping (also Syriac, Thaana, N'Ko)
    Indic,           ///< Devanagari .. Sinhala: needs shaping
    SoutheastAsian,  ///< Thai, Lao, Tibetan, Myanmar, Khmer: shaping / word breaking
    Other,
};

/// The coarse script of `cp`, from ICU's Script property (UScriptCode).
Script script_of(char32_t cp);

/// Scripts set right to left (text/bidi.hpp reorders them by their characters' own
/// bidi classes; this is the script-level view).
inline bool is_right_to_left(Script s) { return s == Script::Hebrew || s == Script::Arabic; }
/// Scripts whose glyphs need shaping (contextual forms, reordering, stacking): HarfBuzz
/// shapes them at any bidi level.
inline bool needs_shaping(Script s) {
    return s == Script::Arabic || s == Script::Indic || s == Script::SoutheastAsian;
}

// is_cjk(cp) is galley::is_cjk (galley/text.hpp): one definition for the core's word
// count and the layout's choice of the CJK face.

/// Characters that must not begin a line by UAX #14 (line-break classes CL, CP, EX, IS,
/// NS and CJ: closing brackets, sentence punctuation `，。、」`, small kana …).
bool no_break_before(char32_t cp);

/// Punctuation Western and CJK fonts both have but draw differently (East Asian Width
/// "ambiguous": curly quotes, dashes, ellipsis, middle dot): in a CJK article the CJK
/// font should draw it.
bool is_cjk_ambiguous(char32_t cp);

/// Breakable white space (collapsed to one inter-word space): Unicode's White_Space
/// except the no-break spaces.
bool is_space(char32_t cp);
/// No-break spaces (U+00A0, U+2007, U+202F: white space of line-break class GL).
bool is_no_break_space(char32_t cp);
/// Characters never drawn: Unicode's Default_Ignorable_Code_Point (zero-width space and
/// joiners, soft hyphen, BOM, bidi controls, variation selectors …).
bool is_invisible(char32_t cp);
/// Whether the line may break between two characters of this class without a space by
/// a dictionary (UAX #14 class SA: Thai, Lao, Khmer, Burmese, ...).
bool is_complex_context(char32_t cp);

/// A combining mark (general category M: accents, vowel signs, viramas), which belongs
/// to the letter before it.
bool is_combining_mark(char32_t cp);

/// A nonspacing mark (general category Mn: a virama, a vowel sign above or below).
bool is_nonspacing_mark(char32_t cp);

/// A letter of Latin, Greek or Cyrillic script (what hyphenation patterns know).
bool is_alphabetic(char32_t cp);
/// The character's compatibility decomposition (NFKD), or the character itself: Thai's
/// SARA AM is NIKHAHIT + SARA AA, Bengali's vowel sign O is E + AA, the two glyphs the
/// shaper draws for them.
std::u32string compatibility_decomposition(char32_t cp);

/// Unicode's simple lower-case mapping; anything without one unchanged.
char32_t to_lower(char32_t cp);
/// Unicode's simple upper-case mapping; anything without one unchanged.
char32_t to_upper(char32_t cp);

}  // namespace galley::pdf
