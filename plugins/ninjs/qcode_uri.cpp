// QCode alias -> NewsCodes scheme URI, as declared by the IPTC G2 standards catalog.
#include "qcode_uri.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace galley::ninjs {

namespace {
// Aliases of catalog.IPTC-G2-Standards_41.xml with their scheme URI, for the schemes an
// article's subjects and genres come from. Sorted by alias for binary search.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> schemes = {{
    {"genre", "http://cv.iptc.org/newscodes/genre/"},
    {"medtop", "http://cv.iptc.org/newscodes/mediatopic/"},
    {"ninat", "http://cv.iptc.org/newscodes/ninature/"},
    {"prodgenre", "http://cv.iptc.org/newscodes/productgenre/"},
    {"scn", "http://cv.iptc.org/newscodes/scene/"},
    {"subj", "http://cv.iptc.org/newscodes/subjectcode/"},
    {"urgy", "http://cv.iptc.org/newscodes/urgency/"},
    {"wldreg", "http://cv.iptc.org/newscodes/worldregion/"},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

std::string qcode_uri(std::string_view code) {
    if (code.empty() || std::any_of(code.begin(), code.end(), is_space)) {
        return {};
    }
    if (code.rfind("http://", 0) == 0 || code.rfind("https://", 0) == 0) {
        return std::string(code);
    }
    auto colon = code.find(':');
    if (colon == std::string_view::npos || colon + 1 == code.size()) {
        return {};
    }
    std::string_view alias = code.substr(0, colon);
    auto it =
        std::lower_bound(schemes.begin(), schemes.end(), alias,
                         [](const auto& entry, std::string_view a) { return entry.first < a; });
    if (it == schemes.end() || it->first != alias) {
        return {};
    }
    return std::string(it->second) + std::string(code.substr(colon + 1));
}

}  // namespace galley::ninjs
