// A small state machine over RFC 5646's langtag / privateuse / grandfathered grammar.
#include "loader/language_tag.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace galley::detail {

namespace {

bool all_of(std::string_view s, int (*pred)(int)) {
    return std::all_of(s.begin(), s.end(),
                       [&](char c) { return pred(static_cast<unsigned char>(c)) != 0; });
}
bool alpha(std::string_view s, std::size_t lo, std::size_t hi) {
    return s.size() >= lo && s.size() <= hi && all_of(s, [](int c) { return std::isalpha(c); });
}
bool digit(std::string_view s, std::size_t n) {
    return s.size() == n && all_of(s, [](int c) { return std::isdigit(c); });
}
bool alnum(std::string_view s, std::size_t lo, std::size_t hi) {
    return s.size() >= lo && s.size() <= hi && all_of(s, [](int c) { return std::isalnum(c); });
}
bool is_x(std::string_view s) { return s == "x" || s == "X"; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// RFC 5646 "irregular" grandfathered tags: the only ones the general grammar misses.
constexpr std::array<std::string_view, 17> irregular = {
    "en-GB-oed", "i-ami", "i-bnn",     "i-default", "i-enochian", "i-hak",
    "i-klingon", "i-lux", "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",
    "i-tay",     "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE"};

}  // namespace

bool is_language_tag(std::string_view tag) {
    for (std::string_view g : irregular) {
        if (equal_ignoring_case(tag, g)) {
            return true;
        }
    }
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dash = tag.find('-', start);
        parts.push_back(tag.substr(start, dash == std::string_view::npos ? dash : dash - start));
        if (dash == std::string_view::npos) {
            break;
        }
        start = dash + 1;
    }
    std::size_t i = 0;
    const std::size_t n = parts.size();
    auto private_use = [&] {  // "x" 1*("-" 1*8alphanum), to the end
        ++i;
        const std::size_t first = i;
        while (i < n && alnum(parts[i], 1, 8)) {
            ++i;
        }
        return i > first && i == n;
    };
    if (is_x(parts[0])) {
        return private_use();
    }
    if (alpha(parts[0], 2, 3)) {
        ++i;
        for (int k = 0; k < 3 && i < n && alpha(parts[i], 3, 3); ++k) {
            ++i;  // extlang
        }
    } else {
        // RFC 5646 also reserves 4- and 5-8-letter primary subtags, but none is registered:
        // such a tag is a mistake ("english"), so it is refused.
        return false;
    }
    if (i < n && alpha(parts[i], 4, 4)) {
        ++i;  // script
    }
    if (i < n && (alpha(parts[i], 2, 2) || digit(parts[i], 3))) {
        ++i;  // region
    }
    while (i < n &&
           (alnum(parts[i], 5, 8) ||
            (parts[i].size() == 4 && std::isdigit(static_cast<unsigned char>(parts[i][0])) &&
             alnum(parts[i], 4, 4)))) {
        ++i;  // variant
    }
    while (i < n && alnum(parts[i], 1, 1) && !is_x(parts[i])) {
        ++i;  // extension: singleton 1*("-" 2*8alphanum)
        const std::size_t first = i;
        while (i < n && alnum(parts[i], 2, 8)) {
            ++i;
        }
        if (i == first) {
            return false;
        }
    }
    if (i < n && is_x(parts[i])) {
        return private_use();
    }
    return i == n;
}

}  // namespace galley::detail
