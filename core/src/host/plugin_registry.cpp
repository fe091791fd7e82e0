// PluginRegistry: finds galley_*.so files, checks each one before trusting it, loads it
// with Boost.DLL and keeps library and exporter alive together.
//
// The checks, in order, and why each is there:
//  1. library_info() parses the ELF headers without loading. dlopen() of a truncated
//     .so dies with SIGBUS instead of failing, so nothing is dlopened before this passes.
//  2. The "galley" section must exist: it holds our aliases and survives `strip`,
//     unlike the symbol table.
//  3. dlopen with RTLD_NOW: a missing symbol fails here rather than killing the process
//     at its first call (RTLD_LAZY).
//  4. galley_plugin_api_version() is called before anything whose signature depends on
//     the API; a mismatch is reported with both numbers.
//  5. galley_plugin_toolchain() (plain integers) must match the host's: compiler,
//     C++ library and its dual ABI, sizes of the exchanged types. A plugin built with
//     another ABI would otherwise corrupt memory at its first std::string.
//  6. The exporter is created and asked for info(); any exception is caught and its
//     message copied while the library is still loaded.
//  7. The id must be the file stem after "galley_" and not seen before (first wins).
#include <galley/plugin.hpp>
#include <galley/registry.hpp>
#include <galley/version.hpp>

#include "detail/build_config.hpp"
#include "host/toolchain_check.hpp"

#include <boost/dll/library_info.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <system_error>

namespace galley {

namespace dll = boost::dll;
namespace fs = std::filesystem;

struct PluginRegistry::Impl {
    // Declaration order is destruction order in reverse: exporters (in `loaded`) die
    // before the libraries their vtables live in.
    std::vector<dll::shared_library> libraries;
    std::vector<std::unique_ptr<Exporter>> instances;
    std::vector<std::unique_ptr<LoadedExporter>> loaded;
    std::vector<PluginProblem> problems;
    std::vector<fs::path> seen_files;  // canonical paths: a folder listed twice loads once

    void skip(const fs::path& file, std::string reason) {
        problems.push_back({file, std::move(reason)});
    }

    ~Impl() {
        loaded.clear();
        instances.clear();
        libraries.clear();
    }
};

PluginRegistry::PluginRegistry() : m_impl(std::make_unique<Impl>()) {}
PluginRegistry::~PluginRegistry() = default;

std::vector<fs::path> PluginRegistry::search_path(const std::vector<fs::path>& extra_dirs) {
    std::vector<fs::path> dirs;
    auto add = [&](const fs::path& dir) {
        std::error_code ec;
        if (!dir.empty() && fs::is_directory(dir, ec)) {
            dirs.push_back(dir);
        }
    };
    for (const auto& d : extra_dirs) {
        add(d);
    }
    if (const char* env = std::getenv("GALLEY_PLUGIN_PATH")) {
        std::string_view list = env;
        while (!list.empty()) {
            auto colon = list.find(':');
            add(fs::path(std::string(list.substr(0, colon))));
            list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
        }
    }
    // This code is compiled into libgalley, so this_line_location() names the library
    // file: any program linking it (not only bin/galley) finds the installed plugins.
    boost::system::error_code bec;
    auto lib = dll::this_line_location(bec);
    if (!bec) {
        add((fs::path(lib.parent_path().string()) / GALLEY_PLUGIN_DIR_FROM_LIB).lexically_normal());
    }
    return dirs;
}

namespace {
// The id a plugin file must declare: its stem after "galley_".
std::string stem_id(const fs::path& file) {
    std::string stem = file.stem().string();
    return stem.rfind("galley_", 0) == 0 ? stem.substr(7) : stem;
}
}  // namespace

void PluginRegistry::load(const std::vector<fs::path>& dirs,
                          const std::vector<std::string>& only_ids) {
    for (const auto& dir : dirs) {
        std::error_code ec;
        std::vector<fs::path> files;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const auto& p = it->path();
            bool wanted = only_ids.empty() ||
                          std::find(only_ids.begin(), only_ids.end(), stem_id(p)) != only_ids.end();
            if (wanted && p.extension() == ".so" && it->is_regular_file(ec)) {
                files.push_back(p);
            }
        }
        if (ec) {
            m_impl->skip(dir, "cannot read folder: " + ec.message());
            continue;
        }
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            load_file(f);
        }
    }
}

namespace {
bool elf_has_galley_section(const fs::path& file, std::string& reason) {
    // library_info reports every failure as "basic_ios::clear: iostream error"; read
    // the magic ourselves first so the common cases get a useful reason.
    {
        std::ifstream in(file, std::ios::binary);
        char magic[4] = {};
        if (!in.read(magic, 4)) {
            reason = "not a shared library (file too short)";
            return false;
        }
        if (!(magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F')) {
            reason = "not a shared library (no ELF header)";
            return false;
        }
    }
    try {
        dll::library_info info(dll::fs::path(file.string()), true);
        auto sections = info.sections();
        if (std::find(sections.begin(), sections.end(), plugin_abi::section) == sections.end()) {
            reason = "not a galley plugin (no \"galley\" section with the plugin entry points)";
            return false;
        }
    } catch (const std::exception&) {
        reason = "damaged or truncated shared library (its ELF headers cannot be read)";
        return false;
    }
    return true;
}
}  // namespace

bool PluginRegistry::load_file(const fs::path& file) {
    std::error_code ec;
    fs::path canonical = fs::canonical(file, ec);
    if (ec) {
        m_impl->skip(file, "cannot open: " + ec.message());
        return false;
    }
    if (std::find(m_impl->seen_files.begin(), m_impl->seen_files.end(), canonical) !=
        m_impl->seen_files.end()) {
        return false;  // the same file through another search-path entry: not a problem
    }
    m_impl->seen_files.push_back(canonical);

    std::string reason;
    if (!elf_has_galley_section(file, reason)) {
        m_impl->skip(file, reason);
        return false;
    }

    dll::shared_library lib;
    try {
        lib.load(dll::fs::path(file.string()), dll::load_mode::rtld_now);
    } catch (const std::exception& e) {
        m_impl->skip(file, std::string("cannot be loaded: ") + e.what());
        return false;
    }
    if (!lib.has(plugin_abi::api_version_symbol) || !lib.has(plugin_abi::create_symbol)) {
        m_impl->skip(file, "not a galley plugin (galley_plugin_api_version or "
                           "galley_create_exporter missing)");
        return false;
    }

    std::unique_ptr<Exporter> exporter;
    ExporterInfo info;
    try {
        int api = lib.get_alias<plugin_abi::ApiVersionFn>(plugin_abi::api_version_symbol)();
        if (api != GALLEY_PLUGIN_API_VERSION) {
            m_impl->skip(file, "built for plugin API " + std::to_string(api) + ", galley " +
                                   GALLEY_VERSION_STRING + " has plugin API " +
                                   std::to_string(GALLEY_PLUGIN_API_VERSION));
            return false;
        }
        if (!lib.has(plugin_abi::toolchain_symbol)) {
            m_impl->skip(file, "not a galley plugin (galley_plugin_toolchain missing)");
            return false;
        }
        const plugin_abi::Toolchain* toolchain =
            lib.get_alias<plugin_abi::ToolchainFn>(plugin_abi::toolchain_symbol)();
        if (!toolchain) {
            m_impl->skip(file, "plugin declares no toolchain");
            return false;
        }
        if (auto mismatch = detail::toolchain_mismatch(*toolchain)) {
            m_impl->skip(file, "built with another toolchain or other galley headers: " +
                                   *mismatch + "; rebuild it against this galley");
            return false;
        }
        exporter = lib.get_alias<plugin_abi::CreateExporterFn>(plugin_abi::create_symbol)();
        if (!exporter) {
            m_impl->skip(file, "plugin returned no exporter");
            return false;
        }
        info = exporter->info();
    } catch (const std::exception& e) {
        std::string what = e.what();  // copied while the library is still mapped
        exporter.reset();
        m_impl->skip(file, "plugin failed to start: " + what);
        return false;
    } catch (...) {
        exporter.reset();
        m_impl->skip(file, "plugin failed to start (unknown exception)");
        return false;
    }

    std::string expected = stem_id(file);
    if (info.id != expected) {
        exporter.reset();
        m_impl->skip(file, "plugin id \"" + info.id +
                               "\" does not match its file name (expected \"" + expected + "\")");
        return false;
    }
    if (info.extension.empty() || info.media_type.empty() || info.name.empty()) {
        exporter.reset();
        m_impl->skip(file, "plugin \"" + info.id + "\" declares no name, extension or media type");
        return false;
    }
    if (const LoadedExporter* first = find(info.id)) {
        exporter.reset();
        m_impl->skip(file, "duplicate plugin id \"" + info.id + "\" (already loaded from " +
                               first->file.string() + ")");
        return false;
    }

    auto entry = std::make_unique<LoadedExporter>();
    entry->info = std::move(info);
    entry->file = file;
    entry->exporter = exporter.get();
    m_impl->libraries.push_back(std::move(lib));
    m_impl->instances.push_back(std::move(exporter));
    m_impl->loaded.push_back(std::move(entry));
    return true;
}

const std::vector<PluginProblem>& PluginRegistry::problems() const { return m_impl->problems; }

std::vector<const LoadedExporter*> PluginRegistry::exporters() const {
    std::vector<const LoadedExporter*> out;
    for (const auto& e : m_impl->loaded) {
        out.push_back(e.get());
    }
    std::sort(out.begin(), out.end(),
              [](const auto* a, const auto* b) { return a->info.id < b->info.id; });
    return out;
}

const LoadedExporter* PluginRegistry::find(std::string_view id) const {
    for (const auto& e : m_impl->loaded) {
        if (e->info.id == id) {
            return e.get();
        }
    }
    return nullptr;
}

}  // namespace galley
