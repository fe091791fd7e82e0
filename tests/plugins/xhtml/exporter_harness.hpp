// Loads one built exporter plugin and renders articles through the host's API, the way
// `galley convert` does (options resolved and checked by the host).
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/registry.hpp>

#include <map>
#include <string>
#include <vector>

namespace galley::test {

struct Rendered {
    Rendition output;
    std::vector<Diagnostic> diagnostics;
};

class ExporterHarness {
public:
    /// Loads <plugin_dir>/galley_<id>.so; fails the test when it does not load.
    explicit ExporterHarness(const std::string& id);
    /// One harness per id for the whole test run, so each plugin loads once.
    static const ExporterHarness& shared(const std::string& id);
    const LoadedExporter& exporter() const { return *m_exporter; }
    /// Renders with `options` (keys without the "<id>." prefix) over the defaults.
    Rendered render(const Article& article,
                    const std::map<std::string, std::string>& options = {}) const;

private:
    PluginRegistry m_registry;
    const LoadedExporter* m_exporter = nullptr;
};

}  // namespace galley::test
