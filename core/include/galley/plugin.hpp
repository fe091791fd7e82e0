// Declaring a galley plugin. A plugin is a shared library (a CMake MODULE made by
// galley_add_plugin()) with exactly one exporter; in one of its .cpp files write
//
//     #include <galley/plugin.hpp>
//     GALLEY_DECLARE_PLUGIN(galley::rss::RssExporter)
//
// This exports three Boost.DLL aliases in the ELF section "galley":
//   galley_plugin_api_version  int()   returns GALLEY_PLUGIN_API_VERSION (checked first)
//   galley_plugin_toolchain    const plugin_abi::Toolchain*()   (checked second)
//   galley_create_exporter     std::unique_ptr<galley::Exporter>()
// The first two exchange only plain integers, so the host can call them whatever the
// plugin was built with; the third is called only when both match the host's.
// The host calls nothing else. The exporter class needs a default constructor.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/exporter.hpp>
#include <galley/version.hpp>

#include <boost/dll/alias.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace galley::plugin_abi {
/// What a plugin and its host must agree on, beyond the API version, before C++
/// objects may cross between them: the compiler, the C++ library and its ABI, and the
/// sizes of the exchanged types. A plugin compiled with another compiler, another
/// -D_GLIBCXX_USE_CXX11_ABI, debug containers or stale galley headers differs here and
/// is skipped with the reason, instead of corrupting memory at its first call.
/// Plain 32-bit integers only: readable from a plugin built any way at all.
struct Toolchain {
    std::uint32_t size;              ///< sizeof(Toolchain), compared first
    std::uint32_t compiler;          ///< 1 GCC, 2 Clang, 0 other
    std::uint32_t compiler_major;    ///< e.g. 12
    std::uint32_t cxx_library;       ///< 1 libstdc++, 2 libc++, 0 other
    std::uint32_t cxx11_abi;         ///< libstdc++'s _GLIBCXX_USE_CXX11_ABI (dual ABI)
    std::uint32_t debug_containers;  ///< _GLIBCXX_DEBUG: other container layouts
    std::uint32_t sizeof_string;
    std::uint32_t sizeof_vector;
    std::uint32_t sizeof_map;
    std::uint32_t sizeof_optional;
    std::uint32_t sizeof_article;
    std::uint32_t sizeof_block;
    std::uint32_t sizeof_inline;
    std::uint32_t sizeof_image;
    std::uint32_t sizeof_export_options;
    std::uint32_t sizeof_rendition;
    std::uint32_t sizeof_exporter_info;
    std::uint32_t sizeof_option_spec;
    std::uint32_t sizeof_diagnostic;
    std::uint32_t sizeof_error;
};

/// The toolchain of the code that includes this header.
constexpr Toolchain this_toolchain() {
    Toolchain t{};
    t.size = sizeof(Toolchain);
#if defined(__clang__)
    t.compiler = 2;
    t.compiler_major = __clang_major__;
#elif defined(__GNUC__)
    t.compiler = 1;
    t.compiler_major = __GNUC__;
#endif
#if defined(_LIBCPP_VERSION)
    t.cxx_library = 2;
#elif defined(__GLIBCXX__)
    t.cxx_library = 1;
    t.cxx11_abi = _GLIBCXX_USE_CXX11_ABI;
#endif
#if defined(_GLIBCXX_DEBUG)
    t.debug_containers = 1;
#endif
    t.sizeof_string = sizeof(std::string);
    t.sizeof_vector = sizeof(std::vector<std::string>);
    t.sizeof_map = sizeof(std::map<std::string, std::string>);
    t.sizeof_optional = sizeof(std::optional<std::string>);
    t.sizeof_article = sizeof(Article);
    t.sizeof_block = sizeof(Block);
    t.sizeof_inline = sizeof(Inline);
    t.sizeof_image = sizeof(Image);
    t.sizeof_export_options = sizeof(ExportOptions);
    t.sizeof_rendition = sizeof(Rendition);
    t.sizeof_exporter_info = sizeof(ExporterInfo);
    t.sizeof_option_spec = sizeof(OptionSpec);
    t.sizeof_diagnostic = sizeof(Diagnostic);
    t.sizeof_error = sizeof(Error);
    return t;
}

using ApiVersionFn = int();
using ToolchainFn = const Toolchain*();
using CreateExporterFn = std::unique_ptr<Exporter>();
inline constexpr const char* section = "galley";
inline constexpr const char* api_version_symbol = "galley_plugin_api_version";
inline constexpr const char* toolchain_symbol = "galley_plugin_toolchain";
inline constexpr const char* create_symbol = "galley_create_exporter";
}  // namespace galley::plugin_abi

#define GALLEY_DECLARE_PLUGIN(ExporterClass)                                                       \
    namespace galley_plugin_entry {                                                                \
    static int plugin_api_version() { return GALLEY_PLUGIN_API_VERSION; }                          \
    static const ::galley::plugin_abi::Toolchain* plugin_toolchain() {                             \
        static constexpr ::galley::plugin_abi::Toolchain toolchain =                               \
            ::galley::plugin_abi::this_toolchain();                                                \
        return &toolchain;                                                                         \
    }                                                                                              \
    static std::unique_ptr<::galley::Exporter> create_exporter() {                                 \
        return std::make_unique<ExporterClass>();                                                  \
    }                                                                                              \
    }                                                                                              \
    BOOST_DLL_ALIAS_SECTIONED(galley_plugin_entry::plugin_api_version, galley_plugin_api_version,  \
                              galley)                                                              \
    BOOST_DLL_ALIAS_SECTIONED(galley_plugin_entry::plugin_toolchain, galley_plugin_toolchain,      \
                              galley)                                                              \
    BOOST_DLL_ALIAS_SECTIONED(galley_plugin_entry::create_exporter, galley_create_exporter, galley)
