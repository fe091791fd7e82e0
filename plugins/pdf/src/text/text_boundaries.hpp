// Where text may be divided, from ICU: line-break opportunities by UAX #14 (with ICU's
// dictionaries for Thai, Lao, Khmer and Burmese, which are written without spaces) and
// grapheme clusters by UAX #29, so that nothing cuts a letter from its marks.
#pragma once

#include <string_view>
#include <vector>

namespace galley::pdf {

/// Sets `breaks[i]` (for i < text.size()) when a line may begin at text[i] by UAX #14,
/// as ICU's line BreakIterator for `language` (a BCP 47 tag; "" for the root rules)
/// finds them. breaks[0] is never set. Iterators are made once per language and kept
/// per thread, so concurrent calls are safe and cheap.
void find_line_breaks(std::u32string_view text, std::string_view language,
                      std::vector<bool>& breaks);

/// Sets `starts[i]` when text[i] begins a grapheme cluster (a user-perceived
/// character: a letter with its marks, a Hangul syllable, an emoji ZWJ sequence).
/// starts[0] is set for non-empty text. A virama followed by a letter stays in one
/// cluster with it (Unicode 15.1's rule GB9c for conjuncts, which ICU 72 predates).
void find_grapheme_starts(std::u32string_view text, std::vector<bool>& starts);

}  // namespace galley::pdf
