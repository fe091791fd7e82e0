// The `xhtml` exporter: the article as a standalone XHTML5 page (application/xhtml+xml).
#pragma once

#include <galley/exporter.hpp>

namespace galley::xhtml {

class XhtmlExporter final : public Exporter {
public:
    ExporterInfo info() const override;
    std::optional<std::string> check_option(std::string_view key,
                                            std::string_view value) const override;
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;
};

}  // namespace galley::xhtml
