// Finding a build-time compiled dictionary and dressing it as libhyphen's structures.
#include "text/compiled_hyphenation.hpp"

#include "text/hyphenation_patterns.hpp"

#include <cstring>

namespace galley::pdf {

const CompiledDictionary* find_compiled_dictionary(std::string_view file_text) {
    const auto all = compiled_dictionaries();
    if (all.empty()) {
        return nullptr;
    }
    const std::uint64_t fingerprint = dictionary_fingerprint(file_text);
    for (const CompiledDictionary& d : all) {
        if (d.source_size == file_text.size() && d.source_fingerprint == fingerprint) {
            return &d;
        }
    }
    return nullptr;
}

CompiledDictionaryView::CompiledDictionaryView(const CompiledDictionary& compiled) {
    // libhyphen's structures take non-const pointers but its hyphenation only reads them.
    auto text = [&](std::int32_t offset) {
        return offset < 0 ? nullptr : const_cast<char*>(compiled.strings + offset);
    };
    m_states.resize(compiled.states.size());
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        const CompiledState& s = compiled.states[i];
        HyphenState& out = m_states[i];
        out.match = text(s.match);
        out.repl = text(s.repl);
        out.replindex = s.replindex;
        out.replcut = s.replcut;
        out.fallback_state = s.fallback_state;
        out.num_trans = s.num_trans;
        out.trans = s.num_trans > 0
                        ? const_cast<HyphenTrans*>(compiled.trans.data() + s.first_trans)
                        : nullptr;
    }
    m_levels.resize(compiled.levels.size());
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        const CompiledLevel& l = compiled.levels[i];
        HyphenDict& out = m_levels[i];
        out = HyphenDict{};
        out.lhmin = l.lhmin;
        out.rhmin = l.rhmin;
        out.clhmin = l.clhmin;
        out.crhmin = l.crhmin;
        out.nohyphen = text(l.nohyphen);
        out.nohyphenl = l.nohyphenl;
        out.num_states = l.num_states;
        std::strncpy(out.cset, compiled.strings + l.cset, MAX_NAME - 1);
        out.utf8 = l.utf8;
        out.states = m_states.data() + l.first_state;
        out.nextlevel = i + 1 < m_levels.size() ? &m_levels[i + 1] : nullptr;
    }
}

}  // namespace galley::pdf
