// Deriving every text style from the body size and the measure.
#include "compose/article_style.hpp"

#include <algorithm>
#include <cmath>

namespace galley::pdf {

namespace {
TextStyle style(Family family, bool bold, bool italic, float size, float gray = 1.0f) {
    TextStyle s;
    s.face = {family, bold, italic};
    s.size = size;
    s.ink = Ink::gray(gray);
    return s;
}
float half_points(double v) { return static_cast<float>(std::round(v * 2) / 2); }
}  // namespace

ArticleStyle ArticleStyle::make(const PageSetup& setup, bool cjk, float line_spacing) {
    ArticleStyle a;
    a.cjk = cjk;
    a.line_spacing = line_spacing;
    const float f = line_spacing;  // short for the leadings below
    float s = static_cast<float>(setup.body_size);
    if (setup.fonts == FontSet::DejaVu && !cjk) {
        s *= 0.92f;  // DejaVu's larger x-height: the same colour at a smaller size
    }
    if (cjk) {
        // Fit a whole number of ideographs in the column, so justified CJK lines need
        // no extra spacing.
        const double width = setup.column_width();
        const double per_line = std::floor(width / s);
        s = static_cast<float>(width / per_line);
    }
    // Poppler starts a new text block when lines are more than 1.5 sizes apart, which
    // scrambles the reading order of extracted text; CJK leading stays below that.
    a.leading = cjk ? half_points(s * 1.45 * f) : half_points(s * 1.32 * f);
    a.ascent = s * 0.78f + (a.leading - s) / 2;
    a.indent = cjk ? 0 : s;

    const Family serif = Family::Serif, sans = Family::Sans;
    a.body = style(serif, false, false, s);
    a.heading[0] = style(sans, true, false, half_points(s * 1.15));
    a.heading[1] = style(sans, true, false, s);
    a.heading[2] = style(sans, true, true, s);
    a.pull_quote = style(serif, false, true, half_points(s * 1.4));
    a.pull_quote_leading = half_points(a.pull_quote.size * 1.22 * f);
    a.block_quote = style(serif, false, true, s);
    a.attribution = style(sans, false, false, half_points(s * 0.82), 0.8f);
    a.list_marker = style(serif, false, false, s);
    a.caption = style(sans, false, false, half_points(s * 0.8), 0.9f);
    a.caption_leading = half_points(a.caption.size * 1.3 * f);
    a.credit = style(sans, false, false, half_points(s * 0.68), 0.7f);
    a.credit.uppercase = !cjk;
    a.credit.tracking = a.credit.size * 0.03f;
    a.alt_text = style(sans, false, true, half_points(s * 0.8), 0.6f);

    const double text_mm = setup.span_width() / points_per_mm;
    const float headline = std::clamp(half_points(text_mm * 0.16), 20.0f, 44.0f);
    a.headline = style(cjk ? sans : serif, true, false, headline);
    a.headline_leading = half_points(headline * 1.1 * f);
    a.dek = style(serif, false, !cjk, half_points(std::max(s * 1.3, headline * 0.46)), 0.8f);
    a.dek_leading = half_points(a.dek.size * 1.28 * f);
    a.section = style(sans, true, false, half_points(s * 0.85));
    a.section.uppercase = true;
    a.section.tracking = cjk ? 0 : a.section.size * 0.05f;
    a.byline = style(sans, true, false, half_points(s * 0.9));
    a.dateline = style(sans, false, false, half_points(s * 0.85), 0.75f);
    a.notice = style(sans, true, false, half_points(s * 0.9));
    a.notice.uppercase = true;
    a.notice.tracking = cjk ? 0 : a.notice.size * 0.04f;

    a.running_section = style(sans, true, false, half_points(s * 0.72));
    a.running_section.uppercase = true;
    a.running_section.tracking = cjk ? 0 : a.running_section.size * 0.05f;
    a.running_title = style(serif, false, !cjk, half_points(s * 0.82), 0.75f);
    a.folio = style(sans, false, false, half_points(s * 0.72), 0.75f);

    a.correction_label = style(sans, true, false, half_points(s * 0.85));
    a.correction = style(serif, false, true, half_points(s * 0.9));
    a.copyright = style(sans, false, false, half_points(s * 0.72), 0.7f);

    // A deep newsprint red for bars and quote rules (text stays pure K).
    a.accent = Ink::cmyk_rgb(0.0f, 0.95f, 0.85f, 0.1f, 0.76f, 0.11f, 0.14f);
    a.rule = Ink::gray(1.0f);
    return a;
}

}  // namespace galley::pdf
