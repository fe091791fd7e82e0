// libhyphen dictionaries: loading, character-set conversion, lookup by language.
#include "text/hyphenator.hpp"

#include "text/compiled_hyphenation.hpp"
#include "text/hyphenation_patterns.hpp"

#include <galley/diagnostic.hpp>
#include <galley/text.hpp>

#include <hyphen.h>
#include <iconv.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

// Exported by libhyphen 2.8 but missing from Debian's hyphen.h.
extern "C" HyphenDict* hnj_hyphen_load_file(FILE* file);

namespace galley::pdf {

namespace {

constexpr int left_min = 2;
constexpr int right_min = 3;

// For an 8-bit dictionary: which byte encodes each character, via iconv once.
std::unordered_map<char32_t, unsigned char> encoding_table(const std::string& charset) {
    std::unordered_map<char32_t, unsigned char> table;
    iconv_t cd = iconv_open("UTF-32LE", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return table;
    }
    for (unsigned b = 0x20; b < 0x100; ++b) {
        char in = static_cast<char>(b);
        unsigned char out[4] = {};
        char* inp = &in;
        char* outp = reinterpret_cast<char*>(out);
        size_t inleft = 1, outleft = 4;
        if (iconv(cd, &inp, &inleft, &outp, &outleft) != static_cast<size_t>(-1) && outleft == 0) {
            char32_t cp =
                out[0] | (out[1] << 8) | (out[2] << 16) | (static_cast<char32_t>(out[3]) << 24);
            table.emplace(cp, static_cast<unsigned char>(b));
        }
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    iconv_close(cd);
    return table;
}

}  // namespace

Hyphenator::Hyphenator(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (const CompiledDictionary* compiled = find_compiled_dictionary(text)) {
        // The same file was parsed at build time: the same automaton, without the parse.
        m_compiled = std::make_unique<CompiledDictionaryView>(*compiled);
        m_dict = m_compiled->dict();
    } else {
        std::string patterns = hyphenation_patterns(text);
        FILE* memory = patterns.empty() ? nullptr : fmemopen(patterns.data(), patterns.size(), "r");
        if (memory) {
            m_dict = hnj_hyphen_load_file(memory);
            std::fclose(memory);
        }
    }
    if (!m_dict) {
        throw Error(ErrorCode::ExportFailed, "pdf: cannot read hyphenation dictionary " + path);
    }
    m_utf8 = m_dict->utf8 != 0;
    if (!m_utf8) {
        m_encode = encoding_table(m_dict->cset);
    }
    const std::string name = std::filesystem::path(path).filename().string();
    for (const char* cyrillic :
         {"hyph_ru", "hyph_uk", "hyph_be", "hyph_bg", "hyph_sr", "hyph_mk"}) {
        if (name.rfind(cyrillic, 0) == 0) {
            m_script = Script::Cyrillic;
        }
    }
}

Hyphenator::~Hyphenator() {
    if (!m_compiled) {
        hnj_hyphen_free(m_dict);
    }
}

void Hyphenator::hyphenate(std::u32string_view word, std::vector<bool>& breaks) const {
    breaks.assign(word.size() + 1, false);
    const int n = static_cast<int>(word.size());
    if (n < left_min + right_min) {
        return;
    }
    std::string bytes;
    std::vector<int> char_of_byte;  // UTF-8 dictionaries report byte positions
    for (int i = 0; i < n; ++i) {
        char32_t lower = to_lower(word[static_cast<std::size_t>(i)]);
        if (m_utf8) {
            const std::size_t before = bytes.size();
            append_utf8(bytes, lower);
            char_of_byte.insert(char_of_byte.end(), bytes.size() - before, i);
        } else {
            auto it = m_encode.find(lower);
            if (it == m_encode.end()) {
                return;
            }
            bytes += static_cast<char>(it->second);
            char_of_byte.push_back(i);
        }
    }
    std::vector<char> hyphens(bytes.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(m_dict, bytes.c_str(), static_cast<int>(bytes.size()), hyphens.data(),
                          nullptr, &rep, &pos, &cut, left_min, right_min, left_min, right_min);
    if (rep) {
        // Non-standard hyphenation (Schiffahrt -> Schiff-fahrt) is not used: a break
        // that changes letters would not extract back to the original word.
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            std::free(rep[i]);
        }
        std::free(rep);
        std::free(pos);
        std::free(cut);
        return;
    }
    // With a UTF-8 dictionary, libhyphen has already mapped positions to characters.
    const std::size_t count = m_utf8 ? word.size() : bytes.size();
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (hyphens[i] & 1) {
            const int after = m_utf8 ? static_cast<int>(i) : char_of_byte[i];
            if (after + 1 >= left_min && n - (after + 1) >= right_min) {
                breaks[static_cast<std::size_t>(after + 1)] = true;
            }
        }
    }
}

HyphenatorCatalog::HyphenatorCatalog(std::string folder) : m_folder(std::move(folder)) {}

HyphenatorCatalog::~HyphenatorCatalog() = default;

const Hyphenator* HyphenatorCatalog::find(std::string_view language) const {
    std::string tag(language);
    std::replace(tag.begin(), tag.end(), '-', '_');
    std::lock_guard lock(m_mutex);
    if (auto it = m_by_language.find(tag); it != m_by_language.end()) {
        return it->second;
    }
    std::string primary = tag.substr(0, tag.find('_'));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string region = tag.find('_') == std::string::npos ? "" : tag.substr(tag.rfind('_') + 1);
    std::transform(region.begin(), region.end(), region.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    std::string upper = primary;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });

    std::vector<std::string> candidates;
    if (region.size() == 2) {
        candidates.push_back("hyph_" + primary + "_" + region + ".dic");
    }
    candidates.push_back("hyph_" + primary + "_" + (primary == "en" ? "US" : upper) + ".dic");
    candidates.push_back("hyph_" + primary + ".dic");
    std::error_code ec;
    std::vector<std::string> others;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("hyph_" + primary + "_", 0) == 0 && entry.path().extension() == ".dic") {
            others.push_back(name);
        }
    }
    std::sort(others.begin(), others.end());
    candidates.insert(candidates.end(), others.begin(), others.end());

    const Hyphenator* found = nullptr;
    for (const auto& name : candidates) {
        const std::string path = m_folder + "/" + name;
        if (!std::filesystem::is_regular_file(path, ec)) {
            continue;
        }
        auto& slot = m_by_file[path];
        if (!slot) {
            slot = std::make_unique<Hyphenator>(path);
        }
        found = slot.get();
        break;
    }
    m_by_language[tag] = found;
    return found;
}

const Hyphenator* HyphenationChoice::for_script(Script script) {
    if (script != Script::Latin && script != Script::Cyrillic) {
        return nullptr;
    }
    if (!m_own_looked_up) {
        m_own = m_catalog.find(m_language);
        m_own_looked_up = true;
    }
    if (m_own && m_own->script() == script) {
        return m_own;
    }
    auto [it, fresh] = m_fallback.try_emplace(script, nullptr);
    if (fresh) {
        it->second = m_catalog.find(script == Script::Latin ? "en" : "ru");
    }
    return it->second;
}

}  // namespace galley::pdf
