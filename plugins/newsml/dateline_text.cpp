// Formats the dateline the way agencies print it: place, then month and day.
#include "dateline_text.hpp"

#include <galley/text.hpp>

#include <array>

namespace galley::newsml {

std::string dateline_text(const Dateline& dateline, std::string_view primary_language) {
    static constexpr std::array<const char*, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    std::string out = collapse_whitespace(dateline.place);
    if (!dateline.date) {
        return out;
    }
    const DateTime& d = *dateline.date;
    std::string when;
    if (primary_language == "en" && d.month >= 1 && d.month <= 12) {
        when = std::string(months[static_cast<std::size_t>(d.month - 1)]) + " " +
               std::to_string(d.day);
    } else {
        when = d.iso8601().substr(0, 10);
    }
    return out.empty() ? when : out + ", " + when;
}

}  // namespace galley::newsml
