// The language a word in another script than the article's is tagged with: PDF/UA asks
// for /Lang on text in another language than the document's (ISO 14289-1, 7.2), and
// the article format marks languages per article only, so the script is the evidence.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// An ISO 639 language code of two or three letters, NUL-terminated; all zero for
/// "the article's own language".
using LanguageCode = std::array<char, 4>;

inline bool is_tagged(const LanguageCode& code) { return code[0] != '\0'; }

/// Answers, per word, whether it is written in a script the article's language does not
/// use and, if so, the language CLDR's likely subtags give that script (Hebrew: he,
/// Arabic: ar, Cyrillic: ru, Latin: en, Han: zh, kana: ja …). A script the article's
/// language writes is its own (Arabic script in a Persian article, Han in a Japanese
/// one, Cyrillic in a Serbian article in Latin script), as is a word without letters
/// (digits, punctuation, emoji).
class ScriptLanguages {
public:
    /// Tags nothing.
    ScriptLanguages() = default;
    /// `article_language`: a BCP 47 tag. An unknown language (no likely script) tags
    /// nothing.
    explicit ScriptLanguages(std::string_view article_language);

    /// The language of a word, from its first character of a specific script.
    LanguageCode of_word(std::u32string_view word);
    /// The language of a word whose next character is `cp`; none when `cp` is of no
    /// specific script (digits, punctuation, marks) and the next one decides.
    std::optional<LanguageCode> of_character(char32_t cp);

    /// How many times the Latin line spacing the article's language needs: 1.4 for a
    /// language written in Myanmar or Tibetan script, whose stacked letters reach far
    /// above and below the line (Noto Serif Myanmar's extent is 2.5 em, Liberation
    /// Serif's 1.1), 1 for any other.
    float line_spacing() const;

private:
    LanguageCode for_script(int script);

    int m_article_script = -1;
    int m_language_script = -1;             // of the language without its script subtag
    std::vector<LanguageCode> m_by_script;  // filled on first use, per UScriptCode
    std::vector<bool> m_known;
};

}  // namespace galley::pdf
