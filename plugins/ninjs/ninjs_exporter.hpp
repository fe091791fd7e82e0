// The `ninjs` exporter: the article as an IPTC ninjs ("News in JSON") document.
#pragma once

#include <galley/exporter.hpp>

namespace galley::ninjs {

inline constexpr const char* plugin_version = "1.0.0";

class NinjsExporter final : public Exporter {
public:
    ExporterInfo info() const override;
    std::optional<std::string> check_option(std::string_view key,
                                            std::string_view value) const override;
    void render(const Article& article, const ExportOptions& options, Rendition& out,
                DiagnosticSink& diagnostics) const override;
};

}  // namespace galley::ninjs
