// Loading a built plugin and rendering through the host API, for the plugin suites.
#include "exporter_harness.hpp"

#include "test_support.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace galley::test {

ExporterHarness::ExporterHarness(const std::string& id) {
    const fs::path file = plugin_dir() / ("galley_" + id + ".so");
    if (!m_registry.load_file(file)) {
        throw std::runtime_error(
            "cannot load " + file.string() + ": " +
            (m_registry.problems().empty() ? "" : m_registry.problems().front().reason));
    }
    m_exporter = m_registry.find(id);
    if (m_exporter == nullptr) {
        throw std::runtime_error(file.string() + " does not provide exporter " + id);
    }
}

const ExporterHarness& ExporterHarness::shared(const std::string& id) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<ExporterHarness>> harnesses;
    const std::lock_guard<std::mutex> lock(mutex);
    auto& harness = harnesses[id];
    if (!harness) {
        harness = std::make_unique<ExporterHarness>(id);
    }
    return *harness;
}

Rendered ExporterHarness::render(const Article& article,
                                 const std::map<std::string, std::string>& options) const {
    Rendered result;
    DiagnosticCollector diagnostics;
    galley::render(*m_exporter, article, resolve_options(*m_exporter, options), result.output,
                   diagnostics);
    result.diagnostics = diagnostics.diagnostics();
    return result;
}

}  // namespace galley::test
