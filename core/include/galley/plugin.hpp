// Declaring a galley plugin. A plugin is a shared library (a CMake MODULE made by
// galley_add_plugin()) with exactly one exporter; in one of its .cpp files write
//
//     #include <galley/plugin.hpp>
//     GALLEY_DECLARE_PLUGIN(galley::rss::RssExporter)
//
// This exports two Boost.DLL aliases in the ELF section "galley":
//   galley_plugin_api_version  int()   returns GALLEY_PLUGIN_API_VERSION (checked first)
//   galley_create_exporter     std::unique_ptr<galley::Exporter>()
// The host calls nothing else. The exporter class needs a default constructor.
#pragma once

#include <galley/exporter.hpp>
#include <galley/version.hpp>

#include <boost/dll/alias.hpp>

#include <memory>

namespace galley::plugin_abi {
using ApiVersionFn = int();
using CreateExporterFn = std::unique_ptr<Exporter>();
inline constexpr const char* section = "galley";
inline constexpr const char* api_version_symbol = "galley_plugin_api_version";
inline constexpr const char* create_symbol = "galley_create_exporter";
}  // namespace galley::plugin_abi

#define GALLEY_DECLARE_PLUGIN(ExporterClass)                                                   \
    namespace galley_plugin_entry {                                                            \
    static int plugin_api_version() { return GALLEY_PLUGIN_API_VERSION; }                      \
    static std::unique_ptr<::galley::Exporter> create_exporter() {                             \
        return std::make_unique<ExporterClass>();                                              \
    }                                                                                          \
    }                                                                                          \
    BOOST_DLL_ALIAS_SECTIONED(galley_plugin_entry::plugin_api_version, galley_plugin_api_version, \
                              galley)                                                          \
    BOOST_DLL_ALIAS_SECTIONED(galley_plugin_entry::create_exporter, galley_create_exporter,    \
                              galley)
