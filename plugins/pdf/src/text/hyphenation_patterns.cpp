// The pattern text of a libhyphen .dic file, and its fingerprint.
#include "text/hyphenation_patterns.hpp"

namespace galley::pdf {

std::string hyphenation_patterns(std::string_view file_text) {
    std::string patterns;
    bool exceptions = false;
    while (!file_text.empty()) {
        // Line by line as std::getline gives them: without the '\n', and no empty line
        // after a final '\n'.
        const std::size_t end = file_text.find('\n');
        const std::string_view line = file_text.substr(0, end);
        file_text.remove_prefix(end == std::string_view::npos ? file_text.size() : end + 1);
        if (line.find("\\hyphenation") != std::string_view::npos) {
            exceptions = true;
        }
        if (!exceptions && line.find_first_of("\\{}") == std::string_view::npos) {
            patterns += line;
            patterns += '\n';
        }
        if (exceptions && line.find('}') != std::string_view::npos) {
            exceptions = false;
        }
    }
    return patterns;
}

std::uint64_t dictionary_fingerprint(std::string_view file_text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : file_text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return hash;
}

}  // namespace galley::pdf
