// ICU break iterators, made once and cloned for each thread that needs one.
#include "text/text_boundaries.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace galley::pdf {

namespace {

enum class Kind { Line, Character };

// The language part of a tag ("th" for "th-TH"), lower case: the line-breaking rules
// ICU tailors depend on the language only, and the cache stays small whatever tags the
// articles carry.
std::string primary_subtag(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_' || out.size() == 8) {
            break;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

// A new iterator for `kind` and `language`, cloned from a prototype built on first use.
// Building one loads and compiles the rules (and for line breaking, the dictionaries):
// far dearer than a clone. The prototypes are shared between threads, so only clones
// leave the lock.
std::unique_ptr<icu::BreakIterator> clone_iterator(Kind kind, const std::string& language) {
    static std::mutex mutex;
    static std::map<std::pair<Kind, std::string>, std::unique_ptr<icu::BreakIterator>> prototypes;
    const std::lock_guard lock(mutex);
    auto& prototype = prototypes[{kind, language}];
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        // Japanese is broken strictly (JIS X 4051's kinsoku, as galley always set it): no
        // line begins with a small kana or the long vowel mark, which ICU's default allows.
        const std::string tag =
            kind == Kind::Line && language == "ja" ? "ja-u-lb-strict" : language;
        const icu::Locale locale =
            tag.empty() ? icu::Locale::getRoot() : icu::Locale::forLanguageTag(tag, status);
        if (U_FAILURE(status)) {
            return nullptr;
        }
        prototype.reset(kind == Kind::Line
                            ? icu::BreakIterator::createLineInstance(locale, status)
                            : icu::BreakIterator::createCharacterInstance(locale, status));
        if (U_FAILURE(status)) {
            prototype.reset();
            return nullptr;
        }
    }
    return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

// This thread's iterator for `kind` and `language` (null when ICU has none).
icu::BreakIterator* iterator(Kind kind, std::string_view language) {
    thread_local std::map<std::pair<Kind, std::string>, std::unique_ptr<icu::BreakIterator>>
        iterators;
    std::pair<Kind, std::string> key{kind, primary_subtag(language)};
    auto it = iterators.find(key);
    if (it == iterators.end()) {
        auto made = clone_iterator(kind, key.second);
        it = iterators.emplace(std::move(key), std::move(made)).first;
    }
    return it->second.get();
}

// `text` as UTF-16 for ICU, and for text beyond the BMP the index of the code point
// each unit belongs to (in the BMP, the indices are the same).
struct Utf16Text {
    std::u16string units;
    std::vector<std::uint32_t> code_point;  // per unit, plus one past the end; or empty

    void assign(std::u32string_view text) {
        units.resize(text.size());
        code_point.clear();
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] > 0xFFFF) {
                assign_with_map(text);
                return;
            }
            units[i] = static_cast<char16_t>(text[i]);
        }
    }

    std::uint32_t index(std::int32_t unit) const {
        const auto u = static_cast<std::uint32_t>(unit);
        return code_point.empty() ? u : code_point[u];
    }

private:
    void assign_with_map(std::u32string_view text) {
        units.clear();
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char32_t cp = text[i] <= 0x10FFFF ? text[i] : 0xFFFD;
            if (cp > 0xFFFF) {
                units.push_back(static_cast<char16_t>(U16_LEAD(cp)));
                units.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
                code_point.push_back(static_cast<std::uint32_t>(i));
            } else {
                units.push_back(static_cast<char16_t>(cp));
            }
            code_point.push_back(static_cast<std::uint32_t>(i));
        }
        code_point.push_back(static_cast<std::uint32_t>(text.size()));
    }
};

// Runs `bi` over `text` and sets `out[i]` at every boundary inside it.
void boundaries(icu::BreakIterator* bi, std::u32string_view text, std::vector<bool>& out) {
    thread_local Utf16Text utf16;
    utf16.assign(text);
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, utf16.units.data(), static_cast<std::int64_t>(utf16.units.size()),
                     &status);
    if (U_SUCCESS(status)) {
        bi->setText(&ut, status);
    }
    if (U_SUCCESS(status)) {
        for (std::int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
            const std::uint32_t i = utf16.index(b);
            if (i > 0 && i < text.size()) {
                out[i] = true;
            }
        }
    }
    utext_close(&ut);
    if (utf16.units.size() > 1 << 16) {
        utf16 = Utf16Text{};  // a huge paragraph's copy is not kept for the thread's life
    }
}

}  // namespace

void find_line_breaks(std::u32string_view text, std::string_view language,
                      std::vector<bool>& breaks) {
    breaks.assign(text.size(), false);
    if (text.size() < 2) {
        return;
    }
    if (icu::BreakIterator* bi = iterator(Kind::Line, language)) {
        boundaries(bi, text, breaks);
    }
}

void find_grapheme_starts(std::u32string_view text, std::vector<bool>& starts) {
    starts.assign(text.size(), false);
    if (text.empty()) {
        return;
    }
    starts[0] = true;
    icu::BreakIterator* bi = iterator(Kind::Character, "");
    if (!bi) {
        starts.assign(text.size(), true);
        return;
    }
    boundaries(bi, text, starts);
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (starts[i] && u_getCombiningClass(static_cast<UChar32>(text[i - 1])) == 9 &&
            u_isalpha(static_cast<UChar32>(text[i]))) {
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(static_cast<UChar32>(text[i]), &status);
            starts[i] = !uscript_hasScript(static_cast<UChar32>(text[i - 1]), script);
        }
    }
}

}  // namespace galley::pdf
