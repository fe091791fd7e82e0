// Optimal-string-alignment distance for key suggestions.
#include "loader/key_suggestion.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace galley::detail {

namespace {
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::size_t distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        prev[j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1])) {
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            }
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}
}  // namespace

std::string_view nearest_key(std::string_view key, std::span<const std::string_view> candidates) {
    // Keys are short; a long "key" is a stray line of text, not a typo.
    if (key.size() > 40) {
        return {};
    }
    // Up to 2 edits (a third of the key for long keys); 1 for keys of 3 letters or less,
    // where 2 edits could turn anything into anything ('x' is not a typo of 'id').
    const std::size_t allowed = key.size() <= 3 ? 1 : std::max<std::size_t>(2, key.size() / 3);
    std::string_view best;
    std::size_t best_distance = allowed + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = distance(key, c);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace galley::detail
