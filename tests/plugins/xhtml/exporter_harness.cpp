// Loading a built plugin and rendering through the host API, for the plugin suites.
#include "exporter_harness.hpp"

#include "test_support.hpp"

#include <stdexcept>

namespace galley::test {

ExporterHarness::ExporterHarness(const std::string& id) {
    const fs::path file = plugin_dir() / ("galley_" + id + ".so");
    if (!m_registry.load_file(file)) {
        throw std::runtime_error("cannot load " + file.string() + ": " +
                                 (m_registry.problems().empty() ? "" : m_registry.problems().front().reason));
    }
    m_exporter = m_registry.find(id);
    if (m_exporter == nullptr) {
        throw std::runtime_error(file.string() + " does not provide exporter " + id);
    }
}

Rendered ExporterHarness::render(const Article& article,
                                 const std::map<std::string, std::string>& options) const {
    Rendered result;
    DiagnosticCollector diagnostics;
    galley::render(*m_exporter, article, resolve_options(*m_exporter, options), result.output, diagnostics);
    result.diagnostics = diagnostics.diagnostics();
    return result;
}

}  // namespace galley::test
