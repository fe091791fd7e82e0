// From inline text to line-breaking material: per-character font fallback, spaces as
// glue, hyphenation points and explicit break opportunities as penalties, CJK
// inter-character glue with the Chinese/Japanese line-start and line-end rules; bidi
// levels on the items, and HarfBuzz-shaped runs for right-to-left and complex scripts.
#pragma once

#include "fonts/font_catalog.hpp"
#include "layout/text_items.hpp"
#include "text/hyphenator.hpp"
#include "text/script_language.hpp"

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

#include <map>
#include <string_view>

namespace galley::pdf {

struct TextStyle {
    FaceRequest face;
    float size = 10;
    float tracking = 0;  ///< points after each glyph
    Ink ink;
    bool uppercase = false;
};

enum class Align { Justify, Left, Center, Right };

struct ParagraphSpec {
    TextStyle style;
    Align align = Align::Justify;
    float first_indent = 0;
    bool hyphenate = true;
    float measure = 0;  ///< line width, for breaking over-long words
};

/// Characters no font has, each with where it first appeared; reported once per
/// article.
struct TextProblems {
    std::map<char32_t, SourceLocation> missing;
};

/// What paragraph building needs besides the text.
struct BuildContext {
    const FontCatalog& fonts;
    HyphenationChoice& hyphenation;  ///< dictionaries by script, loaded on first need
    bool cjk_language = false;       ///< prefer the CJK face for ambiguous punctuation
    FontSet font_set = FontSet::Liberation;
    GlyphUnicodes& unicodes;
    TextProblems& problems;
    SourceLocation where;  ///< of the text being built, for problem reports
    /// The article is written right to left (Hebrew, Arabic, ...): every paragraph is.
    bool right_to_left = false;
    std::string language{};             ///< the article's BCP 47 tag, for the shaper
    ScriptLanguages foreign_scripts{};  ///< /Lang of words in another script
};

/// The items for `text`; ends with a forced break.
ItemList build_paragraph(const InlineText& text, const ParagraphSpec& spec, BuildContext& context);

/// The same for plain UTF-8 text.
ItemList build_plain(std::string_view text, const ParagraphSpec& spec, BuildContext& context);

/// The width of the text on one line, without breaking.
float natural_width(const ItemList& list);

}  // namespace galley::pdf
