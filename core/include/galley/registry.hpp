// Finding, checking and loading exporter plugins (Boost.DLL).
//
// Thread safety: load() runs on one thread before any work starts. After that the
// registry is read-only: find(), exporters() and render() may be called from any
// number of threads at once. Exporters are destroyed before their libraries unload.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/export.hpp>
#include <galley/exporter.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

/// A loaded exporter: its metadata (the host's copy), the file it came from and the
/// instance. Valid as long as the registry lives.
struct LoadedExporter {
    ExporterInfo info;
    std::filesystem::path file;
    const Exporter* exporter = nullptr;
};

/// A plugin file that was skipped, and why ("built for plugin API 2, galley has 1").
struct PluginProblem {
    std::filesystem::path file;
    std::string reason;
};

class GALLEY_API PluginRegistry {
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    /// The folders searched, in order: `extra_dirs` (--plugin-dir), then the entries
    /// of GALLEY_PLUGIN_PATH (colon-separated), then galley/plugins beside libgalley
    /// itself (<libdir>/galley/plugins), so every program linking the library finds the
    /// installed plugins. Folders that do not exist are left out.
    static std::vector<std::filesystem::path>
    search_path(const std::vector<std::filesystem::path>& extra_dirs = {});

    /// Loads every `*.so` in `dirs`, in order (files sorted by name within a folder).
    /// A file that is not an ELF shared object, is truncated, lacks the galley
    /// aliases, was built for another plugin API or with another toolchain (compiler,
    /// C++ library ABI, sizes of the exchanged types), throws, or repeats an id already
    /// loaded is skipped and listed in problems(); loading never crashes on it.
    ///
    /// With `only_ids`, only files named galley_<id>.so for those ids are considered
    /// (a plugin's id is its file stem, so nothing else could provide them): a
    /// conversion to one format does not pay for loading the others.
    void load(const std::vector<std::filesystem::path>& dirs,
              const std::vector<std::string>& only_ids = {});

    /// Loads one plugin file; false (and a problems() entry) when it was skipped.
    bool load_file(const std::filesystem::path& file);

    const std::vector<PluginProblem>& problems() const;

    /// Every loaded exporter, sorted by id.
    std::vector<const LoadedExporter*> exporters() const;
    /// The exporter with this id, or nullptr.
    const LoadedExporter* find(std::string_view id) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Checks user options (key -> value, keys without the "<id>." prefix) against the
/// exporter's declared options, fills in defaults, and asks the exporter about each
/// value (check_option) and the whole set (check_options). Throws Error(ErrorCode::Usage)
/// naming the key for an unknown key or a bad value, and Error(ErrorCode::ExportFailed)
/// naming the plugin when one of its checks throws.
GALLEY_API ExportOptions resolve_options(const LoadedExporter& exporter,
                                         const std::map<std::string, std::string>& given);

/// Calls the exporter, turning anything it throws into a galley::Error (ExportFailed)
/// while its library is still loaded (Boost.DLL's lifetime rule for exceptions).
GALLEY_API void render(const LoadedExporter& exporter, const Article& article,
                       const ExportOptions& options, Rendition& out, DiagnosticSink& diagnostics);

}  // namespace galley
