// From an Article to what pagination needs: the masthead (section, headline, dek,
// byline, dateline) spanning the columns, and the body as flow blocks on the grid.
#pragma once

#include "compose/article_style.hpp"
#include "compose/typesetter.hpp"
#include "layout/column_flow.hpp"

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

namespace galley::pdf {

/// A body paragraph as it was set, so it can be set again a line looser or tighter.
/// `text` points into the Article: valid while the article is.
struct SetParagraph {
    std::size_t block = 0;  ///< in ComposedArticle::body
    const InlineText* text = nullptr;
    SetRequest request;
    SourceLocation where;
};

struct ComposedArticle {
    Graphic masthead;  ///< first page, above the columns, as wide as the text area
    std::vector<FlowBlock> body;
    std::vector<ImageSource> images;
    std::vector<std::string> image_names;
    std::string section;   ///< for the running header
    std::string headline;  ///< plain text, for the running header and metadata
    std::string footer;    ///< source credit for the running footer
    /// The article's structure elements in article order; the lines and images above
    /// carry their ids, and painting adds the marked content and links.
    StructureTree structure;
    std::vector<SetParagraph> paragraphs;  ///< the body paragraphs, in article order
};

/// Lays out the article's parts for `setup`. `column_height` (points) caps figures.
ComposedArticle compose_article(const Article& article, const PageSetup& setup,
                                const ArticleStyle& style, Typesetter& typesetter,
                                double column_height, DiagnosticSink& diagnostics);

}  // namespace galley::pdf
