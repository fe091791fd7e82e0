// Length, paper and margin parsing for the pdf options.
#include "options/lengths.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace galley::pdf {

namespace {

struct Unit {
    std::string_view name;
    double points;
};
constexpr std::array<Unit, 4> units{
    {{"mm", points_per_mm}, {"cm", 10 * points_per_mm}, {"in", 72.0}, {"pt", 1.0}}};

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    // from_chars reads "nan" and "inf" too: neither is a length.
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < 0) {
        return std::nullopt;
    }
    return value;
}

// Splits "12.5mm" into the number and the unit's size in points.
std::optional<double> with_unit(std::string_view text, std::string_view& number) {
    for (const auto& unit : units) {
        if (text.size() > unit.name.size() &&
            text.substr(text.size() - unit.name.size()) == unit.name) {
            number = text.substr(0, text.size() - unit.name.size());
            return unit.points;
        }
    }
    return std::nullopt;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

}  // namespace

std::optional<double> parse_length(std::string_view text) {
    const std::string t = lower(text);
    if (t == "0") {
        return 0.0;
    }
    std::string_view number;
    auto scale = with_unit(t, number);
    if (!scale) {
        return std::nullopt;
    }
    auto value = parse_number(number);
    if (!value) {
        return std::nullopt;
    }
    return *value * *scale;
}

std::optional<PaperSize> parse_paper(std::string_view text) {
    const std::string t = lower(text);
    struct Named {
        std::string_view name;
        double w, h;  // points
    };
    static constexpr std::array<Named, 6> named{{
        {"a3", 297 * points_per_mm, 420 * points_per_mm},
        {"a4", 210 * points_per_mm, 297 * points_per_mm},
        {"a5", 148 * points_per_mm, 210 * points_per_mm},
        {"letter", 612, 792},
        {"legal", 612, 1008},
        {"tabloid", 792, 1224},
    }};
    for (const auto& n : named) {
        if (t == n.name) {
            return PaperSize{n.w, n.h};
        }
    }
    const auto x = t.find('x');
    if (x == std::string::npos) {
        return std::nullopt;
    }
    std::string_view rest = std::string_view(t).substr(x + 1);
    std::string_view height_number;
    auto scale = with_unit(rest, height_number);
    if (!scale) {
        return std::nullopt;
    }
    auto w = parse_number(std::string_view(t).substr(0, x));
    auto h = parse_number(height_number);
    if (!w || !h) {
        return std::nullopt;
    }
    PaperSize size{*w * *scale, *h * *scale};
    const double min = 50 * points_per_mm, max = 1500 * points_per_mm;
    if (size.width < min || size.height < min || size.width > max || size.height > max) {
        return std::nullopt;
    }
    return size;
}

std::optional<Margins> parse_margins(std::string_view text) {
    std::vector<double> values;
    std::string token;
    auto flush = [&]() -> bool {
        if (token.empty()) {
            return true;
        }
        auto v = parse_length(token);
        token.clear();
        if (!v || *v > 100 * points_per_mm) {
            return false;
        }
        values.push_back(*v);
        return true;
    };
    for (char c : text) {
        if (c == ',' || c == ' ') {
            if (!flush()) {
                return std::nullopt;
            }
        } else {
            token += c;
        }
    }
    if (!flush() || values.empty() || values.size() > 4) {
        return std::nullopt;
    }
    switch (values.size()) {
    case 1: return Margins{values[0], values[0], values[0], values[0]};
    case 2: return Margins{values[0], values[1], values[0], values[1]};
    case 3: return Margins{values[0], values[1], values[2], values[1]};
    default: return Margins{values[0], values[1], values[2], values[3]};
    }
}

}  // namespace galley::pdf
