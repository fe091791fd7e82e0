// Comparing a plugin's toolchain fingerprint with the host's (plugin.hpp).
#pragma once

#include <galley/plugin.hpp>

#include <optional>
#include <string>

namespace galley::detail {

/// What differs between the toolchain a plugin was built with and galley's own, as
/// "compiler GCC 13 (galley: GCC 12), sizeof(std::string) 8 (galley: 32)"; nullopt
/// when they match.
std::optional<std::string> toolchain_mismatch(const plugin_abi::Toolchain& plugin);

}  // namespace galley::detail
