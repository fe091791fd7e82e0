// `galley report merge`: the run reports of the shards of one archive (--shard K/N on
// several machines or pods) combined into one report, as if one run had converted
// everything, so that an operator reads one summary.
//
// The reports must describe one job: the same exporters, versions and options, and
// no input in two reports (overlapping shards would mean two workers wrote the same
// files). Inputs are sorted by name, counts are summed, the workers are added up, and
// the elapsed time is the longest shard's, since the shards ran side by side.
#include "job/atomic_output.hpp"
#include "job/run_report.hpp"

#include <galley/convert.hpp>

#include <algorithm>
#include <iostream>
#include <map>

namespace galley {

ExitCode run_report_merge(const std::vector<std::string>& reports, const std::string& output,
                          std::ostream& err) {
    if (reports.empty()) {
        err << "galley: error: report merge needs at least one report\n";
        return ExitCode::Usage;
    }
    for (const auto& r : reports) {
        if (output != "-" && std::filesystem::path(r) == std::filesystem::path(output)) {
            err << "galley: error: the merged report would overwrite its input " << r << '\n';
            return ExitCode::Usage;
        }
    }
    detail::RunReport merged;
    std::map<std::string, std::string> seen;  // input -> the report that holds it
    merged.jobs = 0;
    for (const auto& file : reports) {
        auto report = detail::read_report(file);
        if (!report) {
            err << file << ": error: not a galley run report (or unreadable)\n";
            return ExitCode::Failed;
        }
        if (merged.jobs == 0) {
            merged.formats = report->formats;
        } else if (report->formats != merged.formats) {
            err << file << ": error: made with other formats, versions or options than "
                << reports.front() << "; these are not shards of one run\n";
            return ExitCode::Failed;
        }
        for (auto& in : report->inputs) {
            auto [it, fresh] = seen.emplace(in.input, file);
            if (!fresh) {
                err << file << ": error: input " << in.input << " is also in " << it->second
                    << ": the shards overlap\n";
                return ExitCode::Failed;
            }
            merged.inputs.push_back(std::move(in));
        }
        merged.jobs += std::max(1u, report->jobs);
        merged.elapsed_seconds = std::max(merged.elapsed_seconds, report->elapsed_seconds);
    }
    std::sort(merged.inputs.begin(), merged.inputs.end(),
              [](const auto& a, const auto& b) { return a.input < b.input; });
    const std::string json = detail::report_json(merged);
    if (output == "-") {
        std::cout << json;
    } else {
        try {
            detail::write_file_atomically(output, json);
        } catch (const std::exception& e) {
            err << e.what() << '\n';
            return ExitCode::Failed;
        }
    }
    return ExitCode::Success;
}

}  // namespace galley
