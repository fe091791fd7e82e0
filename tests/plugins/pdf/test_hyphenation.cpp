// Hyphenation dictionaries compiled into the plugin at build time
// (src/text/compiled_hyphenation.hpp) must hyphenate exactly like libhyphen's own parse
// of the same file: they replace it only to save start-up time.
#include "test_support.hpp"

#include "text/hyphenator.hpp"
#include "text/unicode_class.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <cctype>
#include <set>

using namespace galley;
using namespace galley::pdf;
namespace fs = std::filesystem;

namespace {

// Runs of letters in UTF-8 text, as code points, lower and upper case alike.
void collect_words(std::string_view text, std::set<std::u32string>& words) {
    std::u32string word;
    std::size_t pos = 0;
    while (true) {
        const bool more = pos < text.size();
        const char32_t cp = more ? next_code_point(text, pos) : U' ';
        if (more && is_alphabetic(cp)) {
            word += cp;
            continue;
        }
        if (word.size() >= 5) {
            words.insert(word);
        }
        word.clear();
        if (!more) {
            break;
        }
    }
}

// Words that walk deep into an English automaton: every pattern's letters, with a
// prefix and a suffix so the pattern sits inside a word long enough to hyphenate.
void words_from_patterns(const std::string& dic, std::set<std::u32string>& words) {
    std::size_t start = 0;
    while (start < dic.size()) {
        std::size_t end = dic.find('\n', start);
        end = end == std::string::npos ? dic.size() : end;
        std::string letters;
        for (std::size_t i = start; i < end; ++i) {
            const char c = dic[i];
            if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '\r') {
                letters += c;
            }
        }
        start = end + 1;
        if (letters.empty() || letters.find(' ') != std::string::npos) {
            continue;
        }
        for (const std::string& word :
             {letters + "ing", "re" + letters + "ation", "un" + letters}) {
            std::u32string u;
            std::size_t pos = 0;
            while (pos < word.size()) {
                u += next_code_point(word, pos);
            }
            words.insert(u);
        }
    }
}

std::string breaks_of(const Hyphenator& h, const std::u32string& word) {
    std::vector<bool> breaks;
    h.hyphenate(word, breaks);
    std::string marks;
    for (bool b : breaks) {
        marks += b ? '-' : '.';
    }
    return marks;
}

}  // namespace

TEST_CASE("compiled English and Russian dictionaries hyphenate like libhyphen's parse",
          "[pdf][hyphenation]") {
    std::set<std::u32string> words;
    for (const fs::path& sample : test::sample_files()) {
        collect_words(test::read_file(sample), words);
    }
    for (const char* name : {"hyph_en_US.dic", "hyph_ru_RU.dic"}) {
        CAPTURE(name);
        const fs::path path = fs::path("/usr/share/hyphen") / name;
        REQUIRE(fs::is_regular_file(path));
        const std::string dic = test::read_file(path);
        std::set<std::u32string> checked = words;
        if (std::string(name) == "hyph_en_US.dic") {
            words_from_patterns(dic, checked);
        }

        // A copy with one more line, which hyphenation_patterns() drops (it has braces):
        // other bytes, so not the compiled file, but the very same patterns.
        test::TempDir dir;
        test::write_file(dir / name, dic + "% a copy {not compiled in}\n");
        const Hyphenator compiled(path.string());
        const Hyphenator parsed((dir / name).string());
        CHECK(compiled.precompiled());
        CHECK_FALSE(parsed.precompiled());
        CHECK(compiled.script() == parsed.script());

        std::size_t hyphenated = 0;
        for (const std::u32string& word : checked) {
            const std::string expected = breaks_of(parsed, word);
            const std::string actual = breaks_of(compiled, word);
            if (actual != expected) {
                std::string utf8;
                for (char32_t cp : word) {
                    append_utf8(utf8, cp);
                }
                FAIL_CHECK(utf8 << ": compiled " << actual << ", parsed " << expected);
            }
            hyphenated += expected.find('-') != std::string::npos;
        }
        INFO(checked.size() << " words, " << hyphenated << " with a break");
        CHECK(hyphenated > 50);  // the words really reached the patterns
    }
}
