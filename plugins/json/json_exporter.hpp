// The `json` exporter: the document model as stable JSON, for tooling and debugging.
#pragma once

#include <galley/exporter.hpp>

namespace galley::json {

class JsonExporter final : public Exporter {
public:
    ExporterInfo info() const override;
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;
};

}  // namespace galley::json
