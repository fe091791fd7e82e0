// What one conversion run did, per input and in total: printed as the closing summary,
// written as the JSON run report (schemas/run-report.schema.json), and read back by
// --skip-unchanged.
#pragma once

#include <galley/diagnostic.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace galley::detail {

struct OutputRecord {
    std::string format;
    std::string path;  ///< as written; "-" for standard output
    std::size_t bytes = 0;
    std::string sha256;  ///< empty unless hashes were asked for
    double milliseconds = 0;
};

enum class InputStatus { Converted, Failed, Skipped };

struct InputRecord {
    std::string input;   ///< as displayed in messages
    std::string sha256;  ///< of the article file's bytes; empty unless asked for
    InputStatus status = InputStatus::Converted;
    double load_milliseconds = 0;
    std::vector<OutputRecord> outputs;
    std::vector<Diagnostic> diagnostics;
};

/// One exporter as used by the run: the identity --skip-unchanged compares.
struct FormatRecord {
    std::string id;
    std::string version;
    std::map<std::string, std::string> options;  ///< every declared option, resolved

    bool operator==(const FormatRecord&) const = default;
};

struct RunReport {
    std::vector<FormatRecord> formats;
    std::vector<InputRecord> inputs;
    double elapsed_seconds = 0;
    unsigned jobs = 1;

    std::size_t count(InputStatus status) const;
    std::size_t warnings() const;
};

/// The report as JSON (two-space indent, keys in a fixed order).
std::string report_json(const RunReport& report);

/// A previous report, read back; nullopt when the file is missing or not a report.
std::optional<RunReport> read_report(const std::filesystem::path& file);

}  // namespace galley::detail
