// Shared helpers of the loader tests: load YAML text, format diagnostics, a valid prefix.
#pragma once

#include <galley/loader.hpp>

#include "test_support.hpp"

#include <string>
#include <vector>

namespace galley::test {

/// The smallest valid article: append keys after it (body is last but one line).
inline const std::string minimal_article = "id: t1\n"
                                           "language: en\n"
                                           "headline: Title\n"
                                           "published: 2024-01-02\n"
                                           "body: [Text.]\n";

/// Loads `yaml` as "t.yaml" with images resolved against `base`.
inline LoadResult load_yaml(const std::string& yaml, const fs::path& base = ".",
                            const LoadLimits& limits = {}) {
    return load_article_text(yaml, "t.yaml", base, limits);
}

/// Every diagnostic of `result`, formatted as the CLI prints it.
inline std::vector<std::string> lines_of(const LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) {
        out.push_back(d.format());
    }
    return out;
}

/// The diagnostics of loading `yaml`, formatted.
inline std::vector<std::string> diagnostics_of(const std::string& yaml, const fs::path& base = ".",
                                               const LoadLimits& limits = {}) {
    return lines_of(load_yaml(yaml, base, limits));
}

}  // namespace galley::test
