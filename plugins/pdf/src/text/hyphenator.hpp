// Hyphenation with libhyphen: one dictionary per language, loaded once per process,
// words converted to the dictionary's own character set (hyph_ru_RU.dic is KOI8-R).
#pragma once

#include "text/unicode_class.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct _HyphenDict;

namespace galley::pdf {

class CompiledDictionaryView;

class Hyphenator {
public:
    /// Loads a libhyphen .dic file (from the tables compiled into the plugin when the
    /// file is byte for byte one of those). Throws galley::Error when it cannot be read.
    explicit Hyphenator(const std::string& path);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// Where `word` (letters only) may break: `breaks[i]` is true when a hyphen may
    /// go between character i-1 and i. At least 2 characters stay before a break and 3
    /// after it. Words the dictionary's character set cannot hold get no breaks.
    /// Thread-safe: libhyphen only reads the dictionary.
    void hyphenate(std::u32string_view word, std::vector<bool>& breaks) const;

    /// The script the dictionary's patterns are for (Latin or Cyrillic).
    Script script() const { return m_script; }

    /// Whether the file was one compiled into the plugin at build time (no parse).
    bool precompiled() const { return m_compiled != nullptr; }

private:
    std::unique_ptr<CompiledDictionaryView> m_compiled;
    _HyphenDict* m_dict = nullptr;
    bool m_utf8 = true;
    std::unordered_map<char32_t, unsigned char> m_encode;  // for 8-bit dictionaries
    Script m_script = Script::Latin;
};

/// The dictionaries in a folder (normally /usr/share/hyphen), by language.
class HyphenatorCatalog {
public:
    explicit HyphenatorCatalog(std::string folder = "/usr/share/hyphen");
    ~HyphenatorCatalog();

    /// The dictionary for a BCP 47 tag ("en", "ru-RU", "de-CH"), or nullptr when none is
    /// installed. Thread-safe; each file is read once.
    const Hyphenator* find(std::string_view language) const;

private:
    std::string m_folder;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::unique_ptr<Hyphenator>> m_by_file;
    mutable std::map<std::string, const Hyphenator*> m_by_language;
};

/// The dictionaries one article uses, each looked up the first time a word needs it: the
/// article language's for words of its script, English for other Latin words, Russian
/// for other Cyrillic words. Loading is lazy because a dictionary costs milliseconds to
/// parse and most articles never need the second one. One per render; not shared
/// between threads (the catalog behind it is thread-safe).
class HyphenationChoice {
public:
    HyphenationChoice(const HyphenatorCatalog& catalog, std::string language)
        : m_catalog(catalog), m_language(std::move(language)) {}

    /// The dictionary for a word in `script`, or nullptr (no hyphenation).
    const Hyphenator* for_script(Script script);

private:
    const HyphenatorCatalog& m_catalog;
    std::string m_language;
    bool m_own_looked_up = false;
    const Hyphenator* m_own = nullptr;
    std::map<Script, const Hyphenator*> m_fallback;
};

}  // namespace galley::pdf
