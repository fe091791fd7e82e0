// Loading an article from YAML (docs/article-format.md) into the document model.
//
// Thread safety: load_article_file() and load_article_text() are reentrant; load one
// article per thread on as many threads as you like.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/export.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

/// Bounds that keep a hostile file from using unbounded time or memory. Each one,
/// when exceeded, is a located error, never a crash.
struct LoadLimits {
    std::size_t max_input_bytes = 16u << 20;  ///< the YAML file, and its text once aliases are
                                              ///< expanded
    int max_depth = 64;                       ///< nesting of YAML collections
    std::size_t max_blocks = 10000;           ///< body blocks (list items count once)
    std::size_t max_expanded_nodes = 200000;  ///< YAML nodes after alias expansion
    std::size_t max_image_bytes = 64u << 20;  ///< one image file
    std::size_t max_inline_nodes = 200000;    ///< text runs, spans, links in all fields
};

/// The outcome of loading one file: the article when it is valid, and every problem
/// found (errors and warnings, in source order). `article` is empty whenever
/// `diagnostics` holds an error.
struct LoadResult {
    std::optional<Article> article;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return article.has_value(); }
};

/// Loads the article at `file`. Image paths resolve against the file's folder.
GALLEY_API LoadResult load_article_file(const std::filesystem::path& file,
                                        const LoadLimits& limits = {});

/// Loads an article from memory. `source_name` names it in diagnostics (e.g.
/// "<stdin>"); image paths resolve against `base_dir`.
GALLEY_API LoadResult load_article_text(std::string_view yaml, std::string source_name,
                                        const std::filesystem::path& base_dir,
                                        const LoadLimits& limits = {});

}  // namespace galley
