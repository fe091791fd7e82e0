// Which language's words an article gets, and which languages run right to left.
#include <galley/presentation.hpp>

#include <array>

namespace galley::presentation {

namespace {

std::string primary_subtag(std::string_view language) {
    std::string out(language.substr(0, language.find_first_of("-_")));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

}  // namespace

std::string label_language(std::string_view language) {
    static constexpr std::array<std::string_view, 8> with_labels{"en", "ru", "zh", "de",
                                                                 "fr", "es", "ar", "he"};
    std::string primary = primary_subtag(language);
    for (std::string_view tag : with_labels) {
        if (primary == tag) {
            return primary;
        }
    }
    return "en";
}

bool is_right_to_left(std::string_view language) {
    static constexpr std::array<std::string_view, 9> rtl{"ar", "dv", "fa", "he", "ps",
                                                         "sd", "ug", "ur", "yi"};
    const std::string primary = primary_subtag(language);
    for (std::string_view tag : rtl) {
        if (primary == tag) {
            return true;
        }
    }
    return false;
}

}  // namespace galley::presentation
