// Hyphenation dictionaries parsed by libhyphen at build time and kept in the plugin as
// constant tables (build_tools/compile_hyphenation.cpp writes them). Parsing
// hyph_en_US.dic costs about 6 ms, most of a one-article PDF's time; rebuilding
// libhyphen's structures over these tables costs a few hundred microseconds, and the
// hyphenation itself is still libhyphen's, on the very same automaton.
#pragma once

#include <hyphen.h>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// One HyphenState; strings are offsets into CompiledDictionary::strings, -1 for none.
struct CompiledState {
    std::int32_t match;
    std::int32_t repl;
    signed char replindex;
    signed char replcut;
    std::int32_t fallback_state;
    std::int32_t num_trans;
    std::int32_t first_trans;  ///< index into CompiledDictionary::trans
};

/// One HyphenDict level (libhyphen chains a compound level before the patterns).
struct CompiledLevel {
    char lhmin, rhmin, clhmin, crhmin;
    std::int32_t nohyphen;  ///< offset into strings, -1 for none
    std::int32_t nohyphenl;
    std::int32_t utf8;
    std::int32_t cset;  ///< offset into strings
    std::int32_t first_state;
    std::int32_t num_states;
};

struct CompiledDictionary {
    std::uint64_t source_fingerprint;  ///< dictionary_fingerprint() of the .dic file
    std::size_t source_size;
    std::span<const CompiledLevel> levels;
    std::span<const CompiledState> states;
    std::span<const HyphenTrans> trans;
    const char* strings;
};

/// Every dictionary compiled into the plugin (generated at build time).
std::span<const CompiledDictionary> compiled_dictionaries();

/// The compiled form of a .dic file with exactly this text, or nullptr.
const CompiledDictionary* find_compiled_dictionary(std::string_view file_text);

/// libhyphen's HyphenDict over a compiled dictionary: only the state headers are made,
/// strings and transitions point into the constant tables. Read-only, like a loaded
/// dictionary; never handed to hnj_hyphen_free.
class CompiledDictionaryView {
public:
    explicit CompiledDictionaryView(const CompiledDictionary& compiled);
    CompiledDictionaryView(const CompiledDictionaryView&) = delete;
    CompiledDictionaryView& operator=(const CompiledDictionaryView&) = delete;

    HyphenDict* dict() { return m_levels.data(); }

private:
    std::vector<HyphenDict> m_levels;
    std::vector<HyphenState> m_states;
};

}  // namespace galley::pdf
