// Painting pages: the columns as flowed, the masthead on page one, running header and
// footer, column rules and crop marks, into the display list the PDF writer reads.
#pragma once

#include "compose/article_composer.hpp"

#include <memory>
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

class Painter;

/// The flowed article's pages, painted one at a time for the writer. Constructing it
/// fills `document`'s geometry and images; painting fills its outline (once per page).
class PagePainter : public PageSource {
public:
    PagePainter(const PaintInput& input, Typesetter& typesetter, DisplayDocument& document);
    ~PagePainter() override;

    std::size_t page_count() const override;
    void paint(std::size_t index, PageList& page) override;

private:
    std::unique_ptr<Painter> m_painter;
};

}  // namespace galley::pdf
