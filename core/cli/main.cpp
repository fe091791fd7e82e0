// `galley`: the command line over libgalley (docs/cli.md). It parses arguments
// with CLI11 into a ConvertRequest or a validate/formats call; everything it does is a
// library call any program can make.
#include "check_command.hpp"
#include "formats_command.hpp"

#include <galley/convert.hpp>
#include <galley/registry.hpp>
#include <galley/version.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <iostream>
#include <string_view>

namespace {

// Loads plugins from --plugin-dir, GALLEY_PLUGIN_PATH and the install layout, and
// reports each skipped file on stderr (cli.md: "with the reason"). `only_ids` limits
// loading to the formats a conversion names (empty: all).
void load_plugins(galley::PluginRegistry& registry, const std::vector<std::string>& dirs,
                  const std::vector<std::string>& only_ids, bool quiet) {
    std::vector<std::filesystem::path> extra(dirs.begin(), dirs.end());
    const auto path = galley::PluginRegistry::search_path(extra);
    registry.load(path, only_ids);
    // A name no file matched: load the rest too, so the error can list what exists.
    if (std::any_of(only_ids.begin(), only_ids.end(),
                    [&](const std::string& id) { return !registry.find(id); })) {
        registry.load(path);
    }
    if (!quiet || registry.exporters().empty()) {
        for (const auto& p : registry.problems()) {
            std::cerr << p.file.string() << ": warning: plugin skipped: " << p.reason << '\n';
        }
    }
}

// K/N, two plain decimal numbers: no sign, no spaces, nothing that wraps around
// (sscanf's %u took "-1" as 4294967295).
std::pair<unsigned, unsigned> parse_shard(const std::string& text) {
    auto number = [&](std::string_view digits) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || digits.front() == '+' || ec != std::errc() ||
            end != digits.data() + digits.size()) {
            throw CLI::ValidationError("--shard", "expected K/N with 1 <= K <= N, e.g. 2/8; got '" +
                                                      text + "'");
        }
        return value;
    };
    const auto slash = text.find('/');
    if (slash == std::string::npos) {
        number({});  // throws
    }
    return {number(std::string_view(text).substr(0, slash)),
            number(std::string_view(text).substr(slash + 1))};
}

// What escaped a command: one line and the exit status of its kind, never a crash.
int report_failure(const std::exception& e) {
    if (const auto* error = dynamic_cast<const galley::Error*>(&e)) {
        if (error->where().file.empty()) {
            std::cerr << "galley: error: " << error->message() << '\n';
        } else {
            std::cerr << error->what() << '\n';
        }
        return static_cast<int>(error->code() == galley::ErrorCode::Usage
                                    ? galley::ExitCode::Usage
                                    : galley::ExitCode::Failed);
    }
    if (dynamic_cast<const std::bad_alloc*>(&e)) {
        std::cerr << "galley: error: out of memory\n";
    } else {
        std::cerr << "galley: error: " << e.what() << '\n';
    }
    return static_cast<int>(galley::ExitCode::Failed);
}

int run(int argc, char** argv) {
    CLI::App app{"galley: one news article in YAML, every form a newsroom ships", "galley"};
    app.set_version_flag("--version", std::string("galley ") + galley::version_string() +
                                          " (plugin API " +
                                          std::to_string(GALLEY_PLUGIN_API_VERSION) + ")");
    app.require_subcommand(1);
    std::vector<std::string> plugin_dirs;
    // A --plugin-dir that is not a folder is a usage error: silently searching nothing
    // would turn a typo into "no plugin could be loaded" or into an old plugin's output.
    app.add_option("--plugin-dir", plugin_dirs, "Another folder to load plugins from (repeatable)")
        ->check(CLI::ExistingDirectory)
        ->type_name("DIR");

    galley::ConvertRequest req;
    std::string output_file, output_dir, shard, report;
    bool progress = false, no_progress = false;
    auto* convert = app.add_subcommand("convert", "Convert articles to one or more formats");
    convert->add_option("inputs", req.inputs, "Article files, folders, or - for standard input")
        ->required()
        ->type_name("INPUT");
    convert
        ->add_option("-t,--to", req.formats,
                     "Formats by plugin id, comma-separated; all = every one")
        ->required()
        ->delimiter(',')
        ->type_name("FORMAT[,FORMAT...]");
    auto* output_option = convert
                              ->add_option("-o,--output", output_file,
                                           "Output file (one input, one format); - is stdout")
                              ->type_name("FILE");
    auto* output_dir_option = convert
                                  ->add_option("-d,--out-dir", output_dir,
                                               "Write DIR/<stem><extension> per input and format")
                                  ->type_name("DIR");
    convert->add_option("-j,--jobs", req.jobs, "Parallel workers (default: number of cores)")
        ->check(CLI::Range(1u, 1024u))
        ->type_name("N");
    convert->add_option("-O,--option", req.options, "Exporter option FORMAT.KEY=VALUE (repeatable)")
        ->type_name("FORMAT.KEY=VALUE");
    convert->add_option("--plugin-dir", plugin_dirs, "Another folder to load plugins from")
        ->check(CLI::ExistingDirectory)
        ->type_name("DIR");
    convert->add_flag("--progress", progress, "Show a progress bar on standard error");
    convert->add_flag("--no-progress", no_progress, "Never show progress");
    convert->add_flag("-q,--quiet", req.quiet, "Only errors");
    auto* report_option =
        convert
            ->add_option("--report", report,
                         "Write a JSON run report (schemas/run-report.schema.json)")
            ->type_name("FILE");
    auto* shard_option =
        convert
            ->add_option("--shard", shard, "Convert only part K of N of the inputs (stable split)")
            ->type_name("K/N");
    convert->add_flag("--skip-unchanged", req.skip_unchanged,
                      "Skip inputs unchanged since the --report file's run");

    std::vector<std::string> validate_inputs;
    bool verbose = false;
    auto* validate = app.add_subcommand("validate", "Check articles and print every problem");
    validate->add_option("inputs", validate_inputs, "Article files, folders, or -")
        ->required()
        ->type_name("INPUT");
    validate->add_flag("-v,--verbose", verbose, "Also print a line for each valid article");

    bool json = false;
    std::vector<std::string> check_inputs;
    auto* check = app.add_subcommand(
        "check", "Convert articles in memory to every format and print fields that differ");
    check->add_option("inputs", check_inputs, "Article files")->required()->type_name("FILE ...");
    check->add_option("--plugin-dir", plugin_dirs, "Another folder to load plugins from")
        ->type_name("DIR");
    auto* formats = app.add_subcommand("formats", "List the loaded exporters");
    formats->add_flag("--json", json, "As a JSON array");
    formats->add_option("--plugin-dir", plugin_dirs, "Another folder to load plugins from")
        ->check(CLI::ExistingDirectory)
        ->type_name("DIR");

    std::vector<std::string> merge_inputs;
    std::string merge_output = "-";
    auto* report_cmd = app.add_subcommand("report", "Work with run reports (--report files)");
    report_cmd->require_subcommand(1);
    auto* merge = report_cmd->add_subcommand(
        "merge", "Combine the run reports of the shards of one run into one report");
    merge->add_option("reports", merge_inputs, "The shards' run reports")
        ->required()
        ->type_name("REPORT");
    merge
        ->add_option("-o,--output", merge_output,
                     "Where to write the merged report; - is standard output")
        ->type_name("FILE");

    try {
        app.parse(argc, argv);
        // Given, even as '': an empty name is a usage error, not "not given".
        if (output_option->count() > 0) {
            req.output_file = output_file;
        }
        if (output_dir_option->count() > 0) {
            req.output_dir = output_dir;
        }
        if (report_option->count() > 0) {
            req.report_file = report;
        }
        if (shard_option->count() > 0) {
            req.shard = parse_shard(shard);
        }
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every other parse problem is a usage error (2).
        return app.exit(e) == 0 ? 0 : static_cast<int>(galley::ExitCode::Usage);
    }
    req.progress = progress      ? galley::ProgressMode::On
                   : no_progress ? galley::ProgressMode::Off
                                 : galley::ProgressMode::Auto;

    if (*merge) {
        return static_cast<int>(galley::run_report_merge(merge_inputs, merge_output, std::cerr));
    }
    if (*validate) {
        return static_cast<int>(
            galley::run_validate(validate_inputs, verbose, std::cout, std::cerr));
    }
    // A conversion loads only the plugins it names (--to and -O), unless it asks for all;
    // `formats` lists everything.
    std::vector<std::string> only_ids;
    if (*convert && std::find(req.formats.begin(), req.formats.end(), "all") == req.formats.end()) {
        only_ids = req.formats;
        for (const auto& o : req.options) {
            only_ids.push_back(o.substr(0, o.find('.')));
        }
    }
    galley::PluginRegistry registry;
    load_plugins(registry, plugin_dirs, only_ids, req.quiet);
    if (*formats) {
        return static_cast<int>(galley::cli::print_formats(registry, json, std::cout, std::cerr));
    }
    if (*check) {
        return static_cast<int>(
            galley::cli::run_check(check_inputs, registry, std::cout, std::cerr));
    }
    return static_cast<int>(galley::run_convert(req, registry, std::cerr));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        return report_failure(e);
    } catch (...) {
        std::cerr << "galley: error: unexpected failure\n";
        return static_cast<int>(galley::ExitCode::Failed);
    }
}
