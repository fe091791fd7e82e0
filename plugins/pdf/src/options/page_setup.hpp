// The pdf exporter's options: their declarations, their checks, and the page setup
// they resolve to for one render.
#pragma once

#include "fonts/font_catalog.hpp"
#include "options/lengths.hpp"

#include <galley/exporter.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::pdf {

enum class ColorMode { Cmyk, Rgb };

/// Everything the options decide about the pages, in points.
struct PageSetup {
    PaperSize paper;         ///< the trimmed page
    Margins margins;         ///< from the trim edge to the text area
    int columns = 2;         ///< 1..3
    double gutter = 0;       ///< between columns
    double body_size = 9.5;  ///< body text size
    bool hyphenate = true;
    double bleed = 0;  ///< around the trim box; 0 means no TrimBox/BleedBox
    bool crop_marks = false;
    ColorMode color = ColorMode::Cmyk;
    FontSet fonts = FontSet::Liberation;
    int min_image_ppi = 150;  ///< print check: warn below this effective resolution; 0 = off
    /// columns=auto with short-article=one-column: an article that would fill less than
    /// half of the first page in `columns` columns is set in one column instead.
    bool short_article_one_column = false;

    /// How far the MediaBox reaches beyond the trim edge on each side: the bleed, or
    /// room for the crop marks when they are on.
    double media_extension() const;
    double text_width() const { return paper.width - margins.left - margins.right; }
    double text_height() const { return paper.height - margins.top - margins.bottom; }
    /// A column's width. One column is kept to about 36 ems of body text (a readable
    /// measure) and centred in the text area.
    double column_width() const {
        const double even = (text_width() - gutter * (columns - 1)) / columns;
        return columns == 1 ? std::min(even, body_size * 36) : even;
    }
    /// The width the masthead spans: every column (with one, just that column).
    double span_width() const { return text_width() - 2 * column_inset(); }
    /// From the text area's left edge to the first column.
    double column_inset() const {
        return (text_width() - columns * column_width() - gutter * (columns - 1)) / 2;
    }
};

/// The options the exporter declares (paper, margins, columns, font-size, fonts,
/// hyphenate, bleed, marks, color).
std::vector<OptionSpec> option_specs();

/// Why a value of a String option is not acceptable, or nothing when it is.
std::optional<std::string> check_page_option(std::string_view key, std::string_view value);

/// Why the combination of checked options cannot be laid out (margins wider than the
/// paper, columns too narrow), or nothing when it can: the exporter's check_options().
std::optional<std::string> check_page_setup(const ExportOptions& options);

/// The page setup for checked options. Throws galley::Error(Usage) when the
/// combination leaves no room for text (margins wider than the paper).
PageSetup page_setup_from(const ExportOptions& options);

/// The page setup for the same options with one column (and the font size `auto`
/// gives one column): what a short article is set in.
PageSetup one_column_page_setup(const ExportOptions& options);

/// Crop marks: their distance from the trim edge and their length.
inline constexpr double crop_mark_offset_min = 3 * points_per_mm;
inline constexpr double crop_mark_length = 6 * points_per_mm;

}  // namespace galley::pdf
