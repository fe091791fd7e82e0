// Converting many articles to many formats: what `galley convert` does, as a library
// call (qpdf's QPDFJob idea: the CLI only fills a ConvertRequest).
#pragma once

#include <galley/export.hpp>
#include <galley/registry.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace galley {

/// Exit statuses of every galley command (docs/cli.md).
enum class ExitCode : int {
    Success = 0,    ///< all done
    Failed = 1,     ///< some input invalid or some export failed (the rest still ran)
    Usage = 2,      ///< unknown option or format, bad option value
    NoPlugins = 3,  ///< no plugin could be loaded
};

/// Whether a progress bar is drawn on the error stream.
enum class ProgressMode { Auto, On, Off };

struct ConvertRequest {
    /// Files, folders (every *.yaml / *.yml below, sorted) or "-" for standard input.
    std::vector<std::string> inputs;
    /// Exporter ids; "all" means every loaded exporter.
    std::vector<std::string> formats;
    /// -o: one input and one format; "-" is standard output.
    std::optional<std::string> output_file;
    /// -d: DIR/<stem><extension>; inputs found in a folder keep their sub-folders.
    std::optional<std::filesystem::path> output_dir;
    /// -O values as "format.key=value".
    std::vector<std::string> options;
    unsigned jobs = 0;  ///< 0: one per core
    bool quiet = false;
    ProgressMode progress = ProgressMode::Auto;
    /// --report FILE: a JSON run report (schemas/run-report.schema.json).
    std::optional<std::filesystem::path> report_file;
    /// --shard K/N: only the K-th (1-based) of N parts of the input set.
    std::optional<std::pair<unsigned, unsigned>> shard;
    /// --skip-unchanged: skip inputs whose outputs match the previous report.
    bool skip_unchanged = false;
};

/// Runs a conversion; messages go to `err` (one line each). Returns the exit status.
/// Safe to call from one thread at a time; it runs its own worker threads.
GALLEY_API ExitCode run_convert(const ConvertRequest& request, const PluginRegistry& registry,
                                std::ostream& err);

/// Loads and checks each input, printing every problem to `err`. Exit 0 when all valid.
GALLEY_API ExitCode run_validate(const std::vector<std::string>& inputs, bool verbose,
                                 std::ostream& out, std::ostream& err);

/// `galley report merge`: combines the run reports of the shards of one job (same
/// formats, versions and options; no input in two of them) into one report with summed
/// totals, written atomically to `output` ("-": standard output). Exit 1 when a report
/// is unreadable or they are not shards of one run, 2 when `reports` is empty or names
/// `output`.
GALLEY_API ExitCode run_report_merge(const std::vector<std::string>& reports,
                                     const std::string& output, std::ostream& err);

}  // namespace galley
