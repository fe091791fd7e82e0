// The pdf exporter: print-ready article PDFs with galley's own layout on libharu.
#pragma once

#include "fonts/font_catalog.hpp"
#include "fonts/font_subsetter.hpp"
#include "images/image_cache.hpp"
#include "layout/column_flow.hpp"
#include "options/page_setup.hpp"
#include "text/hyphenator.hpp"

#include <galley/exporter.hpp>

#include <memory>

namespace galley::pdf {

/// The body as render() flows it, before painting: what the tests measure columns on.
struct ArticleLayout {
    PageSetup setup;         ///< after the short-article rule
    int first_capacity = 0;  ///< grid units for the body on page one (below the masthead)
    int capacity = 0;        ///< grid units of a full column
    std::vector<FlowBlock> body;
    std::vector<PageFlow> pages;
};

class PdfExporter final : public Exporter {
public:
    PdfExporter();
    ~PdfExporter() override;

    ExporterInfo info() const override;
    std::optional<std::string> check_option(std::string_view key,
                                            std::string_view value) const override;
    std::optional<std::string> check_options(const ExportOptions& options) const override;
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;

    /// The column layout render() would paint for `article` (its warnings go to
    /// `diagnostics`).
    ArticleLayout layout(const Article& article, const ExportOptions& options,
                         DiagnosticSink& diagnostics) const;

private:
    // Per-process caches, shared by concurrent renders (each is thread-safe).
    FontCatalog m_fonts;
    HyphenatorCatalog m_hyphenators;
    mutable FontSubsetter m_subsetter;
    mutable ImageCache m_images;
};

}  // namespace galley::pdf
