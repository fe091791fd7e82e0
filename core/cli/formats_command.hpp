// `galley formats [--json]`: the loaded exporters as a table or a JSON array.
#pragma once

#include <galley/convert.hpp>
#include <galley/registry.hpp>

#include <ostream>

namespace galley::cli {

/// Prints one row per exporter (id, name, version, extension, media type, plugin file),
/// or with `json` the array of schemas/formats.schema.json. ExitCode::NoPlugins when
/// none is loaded.
ExitCode print_formats(const PluginRegistry& registry, bool json, std::ostream& out,
                       std::ostream& err);

}  // namespace galley::cli
