// Painting pages: the columns as flowed, the masthead on page one, running header and
// footer, column rules and crop marks, into the display list the PDF writer reads.
#pragma once

#include "compose/article_composer.hpp"

#include <string_view>

namespace galley::pdf {

struct PaintInput {
    const ComposedArticle& article;
    const std::vector<PageFlow>& pages;
    const PageSetup& setup;
    const ArticleStyle& style;
    std::string_view language;  ///< the article's, for the folio
    int masthead_units = 0;
};

/// Fills `document` (pages, outline, images, geometry) from the flowed article.
void paint_pages(const PaintInput& input, Typesetter& typesetter, DisplayDocument& document);

}  // namespace galley::pdf
