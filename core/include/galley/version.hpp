// Library version and the plugin ABI version.
#pragma once

#include <galley/export.hpp>

#define GALLEY_VERSION_MAJOR 0
#define GALLEY_VERSION_MINOR 1
#define GALLEY_VERSION_PATCH 0
#define GALLEY_VERSION_STRING "0.1.0"

// GALLEY_PLUGIN_API_VERSION: the host loads only plugins built for exactly this value.
// Bump it whenever Article (document.hpp), Exporter, ExportOptions or Rendition
// (exporter.hpp) change shape, and say why below, newest last.
//
//   1  first release: Article, Exporter::render(Article, ExportOptions, Rendition, sink).
//   2  Exporter::check_options() (whole-set option check before any output is written)
//      and the galley_plugin_toolchain alias (compiler, C++ library ABI, type sizes).
#define GALLEY_PLUGIN_API_VERSION 2

namespace galley {
/// The version of the galley library the caller is linked with, e.g. "0.1.0".
GALLEY_API const char* version_string() noexcept;
}  // namespace galley
