// The `newsml` exporter: one article as a NewsML-G2 2.35 newsItem (power conformance)
// with its body as XHTML in inlineXML, valid against the IPTC schema.
#pragma once

#include <galley/exporter.hpp>

namespace galley::newsml {

class NewsmlExporter final : public Exporter {
public:
    ExporterInfo info() const override;
    std::optional<std::string> check_option(std::string_view key,
                                            std::string_view value) const override;
    /// Stateless: safe to call from several threads at once.
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;
};

}  // namespace galley::newsml
