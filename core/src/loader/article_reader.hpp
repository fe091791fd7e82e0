// From the YAML tree to the Article: every key of the format, checked.
#pragma once

#include "loader/reporter.hpp"
#include "loader/yaml_tree.hpp"

#include <galley/document.hpp>
#include <galley/loader.hpp>

#include <filesystem>
#include <optional>

namespace galley::detail {

/// Reads the article's keys from `tree` (its root a mapping) and reports every problem
/// to `report`. Image paths resolve against `base_dir`. The result is incomplete when
/// errors were reported; the caller discards it then.
Article read_article(const SourceText& source, const YamlTree& tree, const LoadLimits& limits,
                     const std::filesystem::path& base_dir, Reporter& report);

}  // namespace galley::detail
