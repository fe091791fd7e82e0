// The `epub` exporter: the article as an EPUB 3.3 publication.
#pragma once

#include <galley/exporter.hpp>

namespace galley::epub {

class EpubExporter final : public Exporter {
public:
    ExporterInfo info() const override;
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;
};

}  // namespace galley::epub
