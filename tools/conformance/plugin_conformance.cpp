// galley-plugin-conformance: checks one or more exporter plugins against the contract in
// core/include/galley/exporter.hpp, the way GDAL's test_driver_metadata.py checks every
// driver: the same checks for every plugin, shipped or third-party.
//
//   galley-plugin-conformance --samples DIR PLUGIN.so...
//
// For each plugin: it loads (and its id is its file name), its metadata is complete,
// every option's default passes the plugin's own checks, every sample renders without an
// exception escaping, warnings arrive through the sink with a message, and the output is
// deterministic across two runs and across four threads rendering at once.
// Prints one "ok"/"not ok" line per check and "N passed, M failed"; exit 0 when all pass.
#include <galley/loader.hpp>
#include <galley/registry.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Tally {
    int passed = 0;
    int failed = 0;

    void check(bool ok, const std::string& what, const std::string& why = {}) {
        if (ok) {
            ++passed;
            std::cout << "ok - " << what << '\n';
        } else {
            ++failed;
            std::cout << "not ok - " << what << (why.empty() ? "" : ": " + why) << '\n';
        }
    }
};

struct Sample {
    fs::path file;
    galley::Article article;
};

std::vector<Sample> load_samples(const fs::path& dir, Tally& tally) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<Sample> samples;
    for (const auto& f : files) {
        auto result = galley::load_article_file(f);
        if (result.ok()) {
            samples.push_back({f, std::move(*result.article)});
        } else {
            tally.check(false, "sample " + f.filename().string() + " loads",
                        result.diagnostics.empty() ? "" : result.diagnostics.front().format());
        }
    }
    tally.check(!samples.empty(), "at least one sample in " + dir.string());
    return samples;
}

// Metadata a user sees in `galley formats` and that the host relies on.
void check_metadata(const galley::LoadedExporter& e, Tally& tally) {
    const auto& info = e.info;
    const std::string id = info.id;
    tally.check(std::regex_match(id, std::regex("[a-z][a-z0-9_]*")),
                id + ": id is [a-z][a-z0-9_]*");
    tally.check(e.file.filename() == "galley_" + id + ".so", id + ": file name is galley_<id>.so",
                e.file.filename().string());
    tally.check(!info.name.empty(), id + ": has a name");
    tally.check(std::regex_match(info.version, std::regex(R"(\d+\.\d+\.\d+.*)")),
                id + ": version is MAJOR.MINOR.PATCH", info.version);
    tally.check(info.extension.size() > 1 && info.extension.front() == '.',
                id + ": extension starts with a dot", info.extension);
    tally.check(std::regex_match(info.media_type, std::regex(R"([a-z]+/[A-Za-z0-9.+_-]+)")),
                id + ": media type is type/subtype", info.media_type);
    std::vector<std::string> keys;
    for (const auto& o : info.options) {
        const std::string what = id + "." + o.key;
        keys.push_back(o.key);
        tally.check(std::regex_match(o.key, std::regex("[a-z][a-z0-9-]*")),
                    what + ": key is lower-case words joined by '-'");
        tally.check(!o.description.empty(), what + ": has a description");
        using T = galley::OptionSpec::Type;
        if (o.type == T::Enum) {
            tally.check(!o.choices.empty() && std::find(o.choices.begin(), o.choices.end(),
                                                        o.default_value) != o.choices.end(),
                        what + ": enum default is one of its choices", o.default_value);
        } else if (o.type == T::Bool) {
            tally.check(o.default_value == "true" || o.default_value == "false",
                        what + ": bool default is true or false", o.default_value);
        } else if (o.type == T::Int) {
            bool in_range = false;
            try {
                const long long v = std::stoll(o.default_value);
                in_range = o.min <= v && v <= o.max;
            } catch (const std::exception&) {
            }
            tally.check(in_range, what + ": int default lies in [min, max]", o.default_value);
        }
    }
    std::sort(keys.begin(), keys.end());
    tally.check(std::adjacent_find(keys.begin(), keys.end()) == keys.end(),
                id + ": option keys are unique");
    // Every default must pass the plugin's own check: given explicitly, each default goes
    // through the host's type checks and the plugin's check_option().
    std::map<std::string, std::string> defaults;
    for (const auto& o : info.options) {
        defaults[o.key] = o.default_value;
    }
    try {
        galley::resolve_options(e, defaults);
        tally.check(true, id + ": every option default passes its own check");
    } catch (const std::exception& ex) {
        tally.check(false, id + ": every option default passes its own check", ex.what());
    }
}

// Renders on this thread; the bytes, or an empty optional and the reason.
struct RenderOutcome {
    bool ok = false;
    std::string bytes;
    std::string error;
    std::vector<galley::Diagnostic> diagnostics;
};

RenderOutcome render_once(const galley::LoadedExporter& e, const galley::Article& article,
                          const galley::ExportOptions& options) {
    RenderOutcome outcome;
    galley::Rendition out;
    galley::DiagnosticCollector sink;
    try {
        // Called directly, not through galley::render(), so that an exception escaping
        // the plugin is seen as what it is.
        e.exporter->render(article, options, out, sink);
        outcome.ok = true;
        outcome.bytes = std::move(out.bytes);
        for (const auto& side : out.side_files) {
            outcome.bytes += "\n--side file " + side.relative_path + "--\n" + side.bytes;
        }
    } catch (const std::exception& ex) {
        outcome.error = ex.what();
    } catch (...) {
        outcome.error = "an exception that is not a std::exception";
    }
    outcome.diagnostics = sink.diagnostics();
    return outcome;
}

void check_rendering(const galley::LoadedExporter& e, const std::vector<Sample>& samples,
                     Tally& tally) {
    const std::string id = e.info.id;
    galley::ExportOptions options;
    try {
        options = galley::resolve_options(e, {});
    } catch (const std::exception&) {
        return;  // reported by check_metadata
    }
    for (const auto& sample : samples) {
        const std::string what = id + ": " + sample.file.filename().string();
        const auto first = render_once(e, sample.article, options);
        tally.check(first.ok && !first.bytes.empty(), what + " renders", first.error);
        if (!first.ok) {
            continue;
        }
        const bool messages = std::all_of(first.diagnostics.begin(), first.diagnostics.end(),
                                          [](const auto& d) { return !d.message.empty(); });
        tally.check(messages, what + ": every diagnostic has a message");
        const auto second = render_once(e, sample.article, options);
        tally.check(second.ok && second.bytes == first.bytes,
                    what + " is deterministic across runs");

        // Four threads through the one exporter instance, as the batch job does.
        std::vector<RenderOutcome> results(4);
        std::vector<std::thread> threads;
        for (auto& r : results) {
            threads.emplace_back([&] { r = render_once(e, sample.article, options); });
        }
        for (auto& t : threads) {
            t.join();
        }
        const bool same = std::all_of(results.begin(), results.end(), [&](const auto& r) {
            return r.ok && r.bytes == first.bytes;
        });
        tally.check(same, what + " is deterministic on four threads at once");
    }
}

int usage() {
    std::cerr << "usage: galley-plugin-conformance --samples DIR PLUGIN.so...\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path samples_dir;
    std::vector<fs::path> plugins;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--samples" && i + 1 < argc) {
            samples_dir = argv[++i];
        } else if (!arg.empty() && arg.front() == '-') {
            return usage();
        } else {
            plugins.emplace_back(arg);
        }
    }
    std::error_code ec;
    if (plugins.empty() || samples_dir.empty() || !fs::is_directory(samples_dir, ec)) {
        return usage();
    }

    Tally tally;
    const auto samples = load_samples(samples_dir, tally);
    galley::PluginRegistry registry;
    for (const auto& file : plugins) {
        const bool loaded = registry.load_file(file);
        std::string why;
        if (!loaded && !registry.problems().empty()) {
            why = registry.problems().back().reason;
        }
        tally.check(loaded, file.filename().string() + " loads", why);
    }
    for (const auto* e : registry.exporters()) {
        check_metadata(*e, tally);
        check_rendering(*e, samples, tally);
    }
    std::cout << tally.passed << " passed, " << tally.failed << " failed\n";
    return tally.failed == 0 ? 0 : 1;
}
