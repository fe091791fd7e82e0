// Declared options, their checks, and how they resolve to a PageSetup.
#include "options/page_setup.hpp"

#include <galley/diagnostic.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace galley::pdf {

namespace {

constexpr double max_bleed = 20 * points_per_mm;

std::optional<double> parse_points(std::string_view text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    // from_chars reads "nan" and "inf" too; no size in points is either.
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

double PageSetup::media_extension() const {
    if (!crop_marks) {
        return bleed;
    }
    // Marks start outside the bleed (at least 3 mm from the trim) and need 2 mm of
    // paper beyond their ends.
    return std::max(bleed, crop_mark_offset_min) + crop_mark_length + 2 * points_per_mm;
}

std::vector<OptionSpec> option_specs() {
    using T = OptionSpec::Type;
    std::vector<OptionSpec> specs;
    auto add = [&](std::string key, T type, std::string def, std::string description,
                   std::vector<std::string> choices = {}) {
        OptionSpec s;
        s.key = std::move(key);
        s.type = type;
        s.default_value = std::move(def);
        s.description = std::move(description);
        s.choices = std::move(choices);
        specs.push_back(std::move(s));
    };
    add("paper", T::String, "a4",
        "trimmed page size: a3, a4, a5, letter, legal, tabloid, or WxH with a unit "
        "(210x297mm, 8.5x11in)");
    add("margins", T::String, "20mm 17mm 22mm",
        "text area margins from the trim edge, 1 to 4 lengths in CSS order (top right "
        "bottom left); running header and footer sit inside the top and bottom margins");
    add("columns", T::Enum, "auto", "body columns; auto picks 1, 2 or 3 from the text width",
        {"auto", "1", "2", "3"});
    add("font-size", T::String, "auto",
        "body text size in points (7 to 16), or auto (10.5 for one column, 9.5 for two, 9 "
        "for three)");
    add("fonts", T::Enum, "liberation",
        "leading typefaces: liberation (Liberation Serif and Sans) or dejavu (DejaVu Serif "
        "and Sans); the other set and WenQuanYi Zen Hei remain as fallbacks",
        {"liberation", "dejavu"});
    add("hyphenate", T::Bool, "true",
        "hyphenate justified text with the article language's libhyphen dictionary");
    add("bleed", T::String, "0mm",
        "bleed around the trim box (0 to 20mm); when non-zero the MediaBox grows by it and "
        "TrimBox and BleedBox are written");
    add("marks", T::Enum, "none", "printer's marks in the slug: none, or crop marks",
        {"none", "crop"});
    add("color", T::Enum, "cmyk", "colour space of text and rules: cmyk (text in pure K) or rgb",
        {"cmyk", "rgb"});
    add("min-image-ppi", T::String, "150",
        "warn when an image prints below this effective resolution in pixels per inch "
        "(0 to 1200; 0 turns the check off)");
    add("short-article", T::Enum, "one-column",
        "with columns=auto, an article whose masthead and body fill less than half of the "
        "first page's columns is set in one column of a readable measure (one-column), or "
        "kept in the automatic columns (columns)",
        {"one-column", "columns"});
    return specs;
}

std::optional<std::string> check_page_option(std::string_view key, std::string_view value) {
    if (key == "paper") {
        if (!parse_paper(value)) {
            return "expected a4, a3, a5, letter, legal, tabloid or WxH with a unit "
                   "(mm, cm, in, pt), each side 50 to 1500 mm";
        }
    } else if (key == "margins") {
        if (!parse_margins(value)) {
            return "expected 1 to 4 lengths with units (e.g. 20mm or 20mm 15mm), each at "
                   "most 100 mm";
        }
    } else if (key == "bleed") {
        auto v = parse_length(value);
        if (!v || *v > max_bleed + 1e-9) {
            return "expected a length from 0 to 20mm (e.g. 3mm)";
        }
    } else if (key == "min-image-ppi") {
        const std::string text(value);
        const bool digits = !text.empty() && text.size() <= 4 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoi(text) > 1200) {
            return "expected a whole number of pixels per inch from 0 to 1200 (e.g. 150)";
        }
    } else if (key == "font-size") {
        if (value != "auto") {
            auto v = parse_points(value);
            if (!v || *v < 7 || *v > 16) {
                return "expected auto or a size in points from 7 to 16 (e.g. 9.5)";
            }
        }
    }
    return std::nullopt;
}

namespace {
// The page setup for checked options, or in `problem` why the combination cannot be
// laid out (left empty when it can).
PageSetup resolve_page_setup(const ExportOptions& options, std::string& problem,
                             std::string_view forced_columns = {}) {
    PageSetup setup;
    auto value_or = [&](std::string_view key, std::string_view fallback) {
        const std::string& v = options.get(key);
        return v.empty() ? std::string(fallback) : v;
    };
    setup.paper = parse_paper(value_or("paper", "a4")).value_or(PaperSize{595.2756, 841.8898});
    setup.margins = parse_margins(value_or("margins", "20mm 17mm 22mm")).value_or(Margins{});
    setup.bleed = parse_length(value_or("bleed", "0mm")).value_or(0.0);
    setup.crop_marks = options.get("marks") == "crop";
    setup.color = options.get("color") == "rgb" ? ColorMode::Rgb : ColorMode::Cmyk;
    setup.hyphenate = value_or("hyphenate", "true") == "true";
    setup.fonts = options.get("fonts") == "dejavu" ? FontSet::DejaVu : FontSet::Liberation;
    const std::string ppi = value_or("min-image-ppi", "150");
    setup.min_image_ppi =
        ppi.find_first_not_of("0123456789") == std::string::npos && ppi.size() <= 4 ? std::stoi(ppi)
                                                                                    : 150;

    if (setup.text_width() < 40 * points_per_mm || setup.text_height() < 60 * points_per_mm) {
        problem = "the margins leave less than 40 x 60 mm for text on this paper";
        return setup;
    }
    const std::string columns =
        forced_columns.empty() ? value_or("columns", "auto") : std::string(forced_columns);
    if (columns == "auto") {
        const double mm = setup.text_width() / points_per_mm;
        setup.columns = mm < 120 ? 1 : (mm < 230 ? 2 : 3);
        setup.short_article_one_column =
            setup.columns > 1 && value_or("short-article", "one-column") == "one-column";
    } else {
        setup.columns = columns[0] - '0';
    }
    setup.gutter = (setup.columns == 3 ? 4.5 : 5.5) * points_per_mm;
    if (setup.column_width() < 30 * points_per_mm) {
        problem = std::to_string(setup.columns) + " columns would be narrower than 30 mm";
        return setup;
    }
    const std::string size = value_or("font-size", "auto");
    if (size == "auto") {
        setup.body_size = setup.columns == 1 ? 10.5 : (setup.columns == 2 ? 9.5 : 9.0);
    } else {
        setup.body_size = parse_points(size).value_or(9.5);
    }
    return setup;
}
}  // namespace

std::optional<std::string> check_page_setup(const ExportOptions& options) {
    std::string problem;
    resolve_page_setup(options, problem);
    if (problem.empty()) {
        return std::nullopt;
    }
    return problem;
}

PageSetup page_setup_from(const ExportOptions& options) {
    std::string problem;
    PageSetup setup = resolve_page_setup(options, problem);
    if (!problem.empty()) {
        throw Error(ErrorCode::Usage, "pdf: " + problem);
    }
    return setup;
}

PageSetup one_column_page_setup(const ExportOptions& options) {
    std::string problem;
    PageSetup setup = resolve_page_setup(options, problem, "1");
    if (!problem.empty()) {
        throw Error(ErrorCode::Usage, "pdf: " + problem);
    }
    return setup;
}

}  // namespace galley::pdf
