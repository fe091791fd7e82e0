// Expanding the INPUT arguments of `galley convert` / `validate` into article files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace galley::detail {

/// One article to process.
struct InputFile {
    std::string display;             ///< the name used in messages: the path as found, or "<stdin>"
    std::filesystem::path path;      ///< the file (empty for standard input)
    std::filesystem::path relative;  ///< below its folder argument, or the file name alone;
                                     ///< `-d` mirrors it, `--shard` hashes it
    bool from_stdin = false;
};

/// A file, a folder (every *.yaml / *.yml below it, sorted, hidden folders skipped) or
/// "-". Inputs that do not exist or hold no articles go to `problems` as one-line
/// messages, and the rest are still returned.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& arguments,
                                     std::vector<std::string>& problems);

/// True when `file` (relative path) falls into part `k` (1-based) of `n`: a stable
/// FNV-1a hash of its generic form, so every machine splits an archive the same way.
bool in_shard(const std::filesystem::path& relative, unsigned k, unsigned n);

}  // namespace galley::detail
