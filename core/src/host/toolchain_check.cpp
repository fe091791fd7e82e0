// The toolchain fingerprint check: every field compared, every difference named, so
// the reason a plugin was skipped says what to rebuild it with.
#include "host/toolchain_check.hpp"

#include <array>
#include <cstdint>

namespace galley::detail {

namespace {
using plugin_abi::Toolchain;

std::string compiler_name(std::uint32_t family, std::uint32_t major) {
    const char* name = family == 1 ? "GCC" : family == 2 ? "Clang" : "an unknown compiler";
    return std::string(name) + " " + std::to_string(major);
}

std::string library_name(std::uint32_t library) {
    return library == 1 ? "libstdc++" : library == 2 ? "libc++" : "an unknown C++ library";
}

struct SizeField {
    const char* type;
    std::uint32_t Toolchain::*member;
};
constexpr std::array<SizeField, 14> size_fields{{
    {"std::string", &Toolchain::sizeof_string},
    {"std::vector", &Toolchain::sizeof_vector},
    {"std::map", &Toolchain::sizeof_map},
    {"std::optional", &Toolchain::sizeof_optional},
    {"galley::Article", &Toolchain::sizeof_article},
    {"galley::Block", &Toolchain::sizeof_block},
    {"galley::Inline", &Toolchain::sizeof_inline},
    {"galley::Image", &Toolchain::sizeof_image},
    {"galley::ExportOptions", &Toolchain::sizeof_export_options},
    {"galley::Rendition", &Toolchain::sizeof_rendition},
    {"galley::ExporterInfo", &Toolchain::sizeof_exporter_info},
    {"galley::OptionSpec", &Toolchain::sizeof_option_spec},
    {"galley::Diagnostic", &Toolchain::sizeof_diagnostic},
    {"galley::Error", &Toolchain::sizeof_error},
}};
}  // namespace

std::optional<std::string> toolchain_mismatch(const Toolchain& plugin) {
    static constexpr Toolchain host = plugin_abi::this_toolchain();
    if (plugin.size != host.size) {
        return "toolchain record of " + std::to_string(plugin.size) +
               " bytes (galley: " + std::to_string(host.size) + ")";
    }
    std::string out;
    auto differs = [&](const std::string& what, const std::string& mine,
                       const std::string& theirs) {
        out += out.empty() ? "" : ", ";
        out += what + theirs + " (galley: " + mine + ")";
    };
    if (plugin.compiler != host.compiler || plugin.compiler_major != host.compiler_major) {
        differs("compiler ", compiler_name(host.compiler, host.compiler_major),
                compiler_name(plugin.compiler, plugin.compiler_major));
    }
    if (plugin.cxx_library != host.cxx_library) {
        differs("C++ library ", library_name(host.cxx_library), library_name(plugin.cxx_library));
    }
    if (plugin.cxx11_abi != host.cxx11_abi) {
        differs("_GLIBCXX_USE_CXX11_ABI=", std::to_string(host.cxx11_abi),
                std::to_string(plugin.cxx11_abi));
    }
    if (plugin.debug_containers != host.debug_containers) {
        differs("_GLIBCXX_DEBUG ", host.debug_containers ? "on" : "off",
                plugin.debug_containers ? "on" : "off");
    }
    for (const auto& f : size_fields) {
        if (plugin.*f.member != host.*f.member) {
            differs(std::string("sizeof(") + f.type + ") ", std::to_string(host.*f.member),
                    std::to_string(plugin.*f.member));
        }
    }
    if (out.empty()) {
        return std::nullopt;
    }
    return out;
}

}  // namespace galley::detail
