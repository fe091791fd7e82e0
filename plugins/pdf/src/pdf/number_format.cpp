// Fixed-point formatting through std::to_chars.
#include "pdf/number_format.hpp"

#include <charconv>
#include <cmath>

namespace galley::pdf {

namespace {

// Powers of ten for the decimals content streams use: std::pow was a few percent of a
// whole export, as every coordinate is formatted.
constexpr double powers_of_ten[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

}  // namespace

void append_number(std::string& out, double value, int decimals) {
    const double scale =
        decimals >= 0 && decimals < 7 ? powers_of_ten[decimals] : std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0) {
        rounded = 0;  // no "-0"
    }
    char buf[64];
    auto [end, ec] =
        std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, decimals);
    if (ec != std::errc()) {
        out += '0';
        return;
    }
    char* last = end;
    if (decimals > 0) {
        while (last > buf && last[-1] == '0') {
            --last;
        }
        if (last > buf && last[-1] == '.') {
            --last;
        }
    }
    out.append(buf, last);
}

}  // namespace galley::pdf
