// The article's typography: faces, sizes, leading and colours for each element, derived
// from the page setup (body size, measure) and the script of the language.
#pragma once

#include "layout/paragraph_builder.hpp"
#include "options/page_setup.hpp"

namespace galley::pdf {

struct ArticleStyle {
    float leading = 12.5f;  ///< the baseline grid
    float ascent = 9;       ///< from a grid slot's top to its baseline
    float indent = 9.5f;    ///< first-line indent of paragraphs after the first

    TextStyle body, heading[3], pull_quote, block_quote, attribution, list_marker;
    TextStyle caption, credit, alt_text;
    TextStyle section, headline, dek, byline, dateline, notice;
    TextStyle running_section, running_title, folio;
    TextStyle correction_label, correction, copyright;
    float headline_leading = 30, dek_leading = 17, pull_quote_leading = 16, caption_leading = 9.5f;

    Ink accent;        ///< the one colour: rules and bars, never text
    Ink rule;          ///< hairlines
    bool cjk = false;  ///< CJK body text: no indent, character grid
    /// Every line spacing is this many times the Latin one: more for scripts whose
    /// stacked letters reach far above and below the line
    /// (ScriptLanguages::line_spacing()).
    float line_spacing = 1;

    static ArticleStyle make(const PageSetup& setup, bool cjk, float line_spacing = 1);
};

}  // namespace galley::pdf
