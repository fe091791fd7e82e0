// `galley check FILE...`: converts each article in memory to every loaded format that
// galley can read back, and prints each field (headline, dek, byline, dateline, body
// paragraphs, captions, embargo notice, copyright) a format shows differently.
#pragma once

#include <galley/convert.hpp>
#include <galley/registry.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace galley::cli {

/// One line per difference on `out` ("FILE: byline: pdf shows ..., expected ..."), a
/// summary per file. ExitCode::Failed when a field differs or an input does not load,
/// NoPlugins when no loaded format can be read back.
ExitCode run_check(const std::vector<std::string>& inputs, const PluginRegistry& registry,
                   std::ostream& out, std::ostream& err);

}  // namespace galley::cli
