// Per-script language tags from ICU's likely subtags (CLDR).
#include "text/script_language.hpp"

#include <unicode/locid.h>
#include <unicode/uscript.h>

#include <string>

namespace galley::pdf {

namespace {

// The script a language is written in, by its likely subtags (en: Latn, zh-Hant: Hant,
// ja: Jpan, sr: Cyrl, sr-Latn: Latn).
int likely_script(const icu::Locale& given) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = given;
    locale.addLikelySubtags(status);
    const char* name = locale.getScript();
    if (U_FAILURE(status) || name == nullptr || *name == '\0') {
        return -1;
    }
    UScriptCode codes[4];
    const int count = uscript_getCode(name, codes, 4, &status);
    return U_SUCCESS(status) && count > 0 ? codes[0] : -1;
}

// Whether text in `script` belongs to a language written in `writing`: the same script,
// or one that a combined writing system contains (Japanese: Han and kana; Korean: Han
// and Hangul; Chinese: Han and bopomofo).
bool writes(int writing, int script) {
    if (writing == script) {
        return true;
    }
    switch (writing) {
    case USCRIPT_JAPANESE:
        return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
    case USCRIPT_KOREAN: return script == USCRIPT_HAN || script == USCRIPT_HANGUL;
    case USCRIPT_SIMPLIFIED_HAN:
    case USCRIPT_TRADITIONAL_HAN: return script == USCRIPT_HAN || script == USCRIPT_BOPOMOFO;
    default: return false;
    }
}

}  // namespace

ScriptLanguages::ScriptLanguages(std::string_view article_language)
    : m_by_script(USCRIPT_CODE_LIMIT), m_known(USCRIPT_CODE_LIMIT, false) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale article = icu::Locale::forLanguageTag(
        icu::StringPiece(article_language.data(), static_cast<int32_t>(article_language.size())),
        status);
    if (U_SUCCESS(status) && !article.isBogus()) {
        m_article_script = likely_script(article);
        // A language written in two scripts (sr-Latn, uz-Latn) owns its other one too.
        m_language_script = likely_script(icu::Locale(article.getLanguage()));
    }
}

LanguageCode ScriptLanguages::of_word(std::u32string_view word) {
    for (char32_t cp : word) {
        if (const auto language = of_character(cp)) {
            return *language;
        }
    }
    return {};
}

std::optional<LanguageCode> ScriptLanguages::of_character(char32_t cp) {
    if (m_article_script < 0) {
        return LanguageCode{};
    }
    // ASCII letters are Latin and other ASCII is Common: the usual case without ICU.
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
            return for_script(USCRIPT_LATIN);
        }
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
        script == USCRIPT_UNKNOWN) {
        return std::nullopt;
    }
    return for_script(script);
}

LanguageCode ScriptLanguages::for_script(int script) {
    if (script < 0 || script >= static_cast<int>(m_by_script.size())) {
        return {};
    }
    const auto slot = static_cast<std::size_t>(script);
    if (!m_known[slot]) {
        m_known[slot] = true;
        if (!writes(m_article_script, script) && !writes(m_language_script, script)) {
            UErrorCode status = U_ZERO_ERROR;
            const std::string tag =
                std::string("und-") + uscript_getShortName(static_cast<UScriptCode>(script));
            icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
            locale.addLikelySubtags(status);
            const std::string_view language = U_SUCCESS(status) ? locale.getLanguage() : "";
            if (!language.empty() && language != "und" && language.size() < 4) {
                language.copy(m_by_script[slot].data(), language.size());
            }
        }
    }
    return m_by_script[slot];
}

float ScriptLanguages::line_spacing() const {
    return m_article_script == USCRIPT_MYANMAR || m_article_script == USCRIPT_TIBETAN ? 1.4f : 1.0f;
}

}  // namespace galley::pdf
