// Reading lengths and paper sizes as users write them in -O values ("3mm", "210x297mm").
#pragma once

#include <optional>
#include <string_view>

namespace galley::pdf {

/// PostScript points per millimetre.
inline constexpr double points_per_mm = 72.0 / 25.4;

/// A length with a unit (`mm`, `cm`, `in`, `pt`) in points; a bare `0` is allowed.
/// Empty when the text is not a non-negative length.
std::optional<double> parse_length(std::string_view text);

struct PaperSize {
    double width = 0;   ///< points
    double height = 0;  ///< points
};

/// A named size (`a3`, `a4`, `a5`, `letter`, `legal`, `tabloid`) or `WxH` with one unit
/// for both (`210x297mm`, `8.5x11in`). Empty when unknown or outside 50..1500 mm.
std::optional<PaperSize> parse_paper(std::string_view text);

struct Margins {
    double top = 0, right = 0, bottom = 0, left = 0;  ///< points
};

/// One to four lengths separated by commas or spaces, in CSS order (top, right, bottom,
/// left; two values are vertical and horizontal). Empty when malformed or above 100 mm.
std::optional<Margins> parse_margins(std::string_view text);

}  // namespace galley::pdf
