// run_convert(): plans a conversion (formats, options, inputs, output names), then runs
// it on a pool of worker threads, one article at a time per worker, each loaded,
// exported to every format and freed before the next.
#include <galley/convert.hpp>
#include <galley/loader.hpp>

#include "job/atomic_output.hpp"
#include "job/input_set.hpp"
#include "job/progress.hpp"
#include "job/run_report.hpp"
#include "job/side_file_guard.hpp"
#include "support/sha256.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace galley {

namespace fs = std::filesystem;
using namespace galley::detail;

namespace {

/// One requested format, its options resolved once for the whole run.
struct Target {
    const LoadedExporter* exporter;
    ExportOptions options;
};

/// Everything decided before the first article is touched; any problem found while
/// planning is a usage error and nothing is written.
struct Plan {
    std::vector<Target> targets;
    std::vector<InputFile> inputs;
    std::vector<std::vector<std::string>> outputs;  // [input][target]; "-" = standard output
    std::string stdin_text;
    bool hashes = false;  // the report or --skip-unchanged needs content hashes
    // --skip-unchanged: the previous report, and its converted inputs by name. Empty
    // when there is none or its exporters, versions or options differ from this run's.
    std::optional<RunReport> previous;
    std::unordered_map<std::string, const InputRecord*> previous_inputs;
    std::vector<std::string> warnings;         // printed unless --quiet
    std::vector<std::string> plugin_failures;  // a plugin's check threw: its format is dropped
};

[[noreturn]] void usage(const std::string& message) { throw Error(ErrorCode::Usage, message); }

std::string available_formats(const PluginRegistry& registry) {
    std::string out;
    for (const auto* e : registry.exporters()) {
        out += out.empty() ? "" : ", ";
        out += e->info.id;
    }
    return out;
}

std::optional<std::int64_t> source_date_epoch() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) {
        return std::nullopt;
    }
    char* end = nullptr;
    long long n = std::strtoll(v, &end, 10);
    if (*end != '\0') {
        usage(std::string("SOURCE_DATE_EPOCH must be a whole number of seconds, got '") + v + "'");
    }
    return n;
}

// Resolves the options of one format. A bad value is the user's usage error (thrown); a
// plugin whose check throws is that plugin's failure: recorded, and nullopt.
std::optional<ExportOptions> plan_options(const LoadedExporter& exporter,
                                          const std::map<std::string, std::string>& values,
                                          Plan& plan) {
    try {
        return resolve_options(exporter, values);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Usage) {
            throw;
        }
        plan.plugin_failures.push_back(e.message());
        return std::nullopt;
    }
}

void plan_targets(const ConvertRequest& req, const PluginRegistry& registry, Plan& plan) {
    if (req.formats.empty()) {
        usage("no output format given (--to FORMAT; available: " + available_formats(registry) +
              ")");
    }
    std::vector<const LoadedExporter*> chosen;
    for (const auto& id : req.formats) {
        if (id == "all") {
            for (const auto* e : registry.exporters()) {
                chosen.push_back(e);
            }
            continue;
        }
        const LoadedExporter* e = registry.find(id);
        if (!e) {
            usage("unknown format '" + id + "' (available: " + available_formats(registry) + ")");
        }
        chosen.push_back(e);
    }
    // Each format once, in the order first asked for.
    std::vector<const LoadedExporter*> unique;
    for (const auto* e : chosen) {
        if (std::find(unique.begin(), unique.end(), e) == unique.end()) {
            unique.push_back(e);
        }
    }

    std::map<std::string, std::map<std::string, std::string>> given;
    for (const auto& opt : req.options) {
        auto dot = opt.find('.');
        auto eq = opt.find('=');
        if (dot == std::string::npos || eq == std::string::npos || dot > eq || dot == 0 ||
            eq == dot + 1) {
            usage("bad option '" + opt + "' (expected FORMAT.KEY=VALUE, e.g. pdf.paper=a4)");
        }
        std::string format = opt.substr(0, dot);
        if (!registry.find(format)) {
            usage("option '" + opt + "' is for unknown format '" + format +
                  "' (available: " + available_formats(registry) + ")");
        }
        given[format][opt.substr(dot + 1, eq - dot - 1)] = opt.substr(eq + 1);
    }
    // Options for formats not requested are still checked, so a typo never passes, and
    // named in a warning: they have no effect on this run.
    for (const auto& [format, values] : given) {
        const LoadedExporter& e = *registry.find(format);
        if (std::find(unique.begin(), unique.end(), &e) == unique.end()) {
            plan_options(e, values, plan);
            for (const auto& [key, value] : values) {
                plan.warnings.push_back("galley: warning: option " + format + "." + key +
                                        " has no effect: this run does not write " + format);
            }
        }
    }
    // Every option of every requested format, the whole set included (page geometry),
    // is checked here, before the first output is written.
    auto epoch = source_date_epoch();
    for (const auto* e : unique) {
        auto it = given.find(e->info.id);
        auto options = plan_options(
            *e, it == given.end() ? std::map<std::string, std::string>{} : it->second, plan);
        if (options) {
            Target t{e, std::move(*options)};
            t.options.source_date_epoch = epoch;
            plan.targets.push_back(std::move(t));
        }
    }
}

// The identity of an existing file: inputs and outputs are recognised by it whatever
// path names them (symbolic links, hard links, "./a" and "a").
struct FileId {
    dev_t device;
    ino_t inode;
    bool operator<(const FileId& o) const {
        return device != o.device ? device < o.device : inode < o.inode;
    }
};

struct ExistingFile {
    FileId id;
    mode_t mode;
};

// stat() of `p` (following symbolic links); nullopt when it does not exist.
std::optional<ExistingFile> existing_file(const fs::path& p) {
    struct stat st {};
    if (stat(p.c_str(), &st) != 0) {
        return std::nullopt;
    }
    return ExistingFile{{st.st_dev, st.st_ino}, st.st_mode};
}

// A path argument that names a file galley writes (-o, --report): not empty, not a
// folder. Checked before anything else happens.
void check_file_argument(const std::string& option, const fs::path& p) {
    if (p.empty()) {
        usage(option + " needs a file name");
    }
    const auto existing = existing_file(p);
    if (!p.has_filename() || (existing && S_ISDIR(existing->mode))) {
        usage(option + " " + p.string() + " is a folder; it needs a file name" +
              (option == "-o" ? " (-d DIR writes into a folder)" : ""));
    }
}

// What the command line names as files to write, checked before any work: -o, -d and
// --report must be usable names, and the report must be a regular file (it is read back
// by --skip-unchanged: a FIFO or /dev/zero would never end).
void check_output_arguments(const ConvertRequest& req) {
    if (req.output_file && *req.output_file != "-") {
        check_file_argument("-o", *req.output_file);
    }
    if (req.output_dir) {
        if (req.output_dir->empty()) {
            usage("-d needs a folder name");
        }
        const auto existing = existing_file(*req.output_dir);
        if (existing && !S_ISDIR(existing->mode)) {
            usage("-d " + req.output_dir->string() + " is not a folder");
        }
    }
    if (req.report_file) {
        check_file_argument("--report", *req.report_file);
        const auto existing = existing_file(*req.report_file);
        if (existing && !S_ISREG(existing->mode)) {
            usage("--report " + req.report_file->string() +
                  " is not a regular file (a device, FIFO or socket cannot hold a report)");
        }
    }
}

// Every file a run writes, under two keys: its path with the folder resolved through
// symbolic links, and (when it exists) its device and inode. Two outputs of one run, or
// an output and an input, may never be the same file, whatever spelling reaches it.
class OutputClaims {
public:
    explicit OutputClaims(const std::vector<InputFile>& inputs) {
        for (const auto& in : inputs) {
            if (auto f = in.from_stdin ? std::nullopt : existing_file(in.path)) {
                m_inputs.emplace(f->id, in.display);
            }
        }
    }

    /// Claims `file` for `owner` ("json output of a.yaml"). Throws a usage error when
    /// it is an input or already claimed.
    void claim(const fs::path& file, const std::string& owner) {
        const auto existing = existing_file(file);
        if (existing) {
            if (auto hit = m_inputs.find(existing->id); hit != m_inputs.end()) {
                usage("refusing to overwrite input " + hit->second + " with " + owner);
            }
            if (S_ISDIR(existing->mode)) {
                usage("cannot write " + owner + ": " + file.string() + " is a folder");
            }
        }
        auto [it, fresh] = m_by_path.emplace(key(file), owner);
        if (fresh && existing) {
            auto [id_it, id_fresh] = m_by_id.emplace(existing->id, owner);
            if (!id_fresh) {
                clash(file, id_it->second, owner);
            }
        }
        if (!fresh) {
            clash(file, it->second, owner);
        }
    }

private:
    [[noreturn]] static void clash(const fs::path& file, const std::string& first,
                                   const std::string& second) {
        usage(first + " and " + second + " would both be written to " + file.string());
    }

    // The folder resolved once per folder (a batch writes thousands of files into a
    // few), then the file name as given.
    std::string key(const fs::path& file) {
        fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
        auto [it, fresh] = m_folders.emplace(folder.native(), std::string());
        if (fresh) {
            std::error_code ec;
            fs::path resolved = fs::weakly_canonical(fs::absolute(folder, ec), ec);
            it->second = ec ? fs::absolute(folder).lexically_normal().native() : resolved.native();
        }
        return (fs::path(it->second) / file.filename()).native();
    }

    std::map<FileId, std::string> m_inputs;
    std::map<std::string, std::string> m_folders;
    std::map<std::string, std::string> m_by_path;
    std::map<FileId, std::string> m_by_id;
};

void plan_outputs(const ConvertRequest& req, Plan& plan) {
    const std::size_t n_inputs = plan.inputs.size();
    const std::size_t n_targets = plan.targets.size();
    if (req.output_file && req.output_dir) {
        usage("-o and -d cannot be used together");
    }
    if (req.output_file && (n_inputs != 1 || n_targets != 1)) {
        usage("-o takes one input and one format (use -d DIR for more)");
    }
    std::size_t from_stdin = 0;
    for (const auto& in : plan.inputs) {
        from_stdin += in.from_stdin;
    }
    if (from_stdin > 1) {
        usage("standard input ('-') can be read only once");
    }
    OutputClaims claims(plan.inputs);
    plan.outputs.assign(n_inputs, std::vector<std::string>(n_targets));
    for (std::size_t i = 0; i < n_inputs; ++i) {
        const InputFile& in = plan.inputs[i];
        for (std::size_t t = 0; t < n_targets; ++t) {
            const std::string& ext = plan.targets[t].exporter->info.extension;
            std::string stem = in.relative.stem().string();
            fs::path out;
            if (req.output_file) {
                if (*req.output_file == "-") {
                    plan.outputs[i][t] = "-";
                    continue;
                }
                out = *req.output_file;
            } else if (req.output_dir) {
                out = *req.output_dir / in.relative.parent_path() / (stem + ext);
            } else if (in.from_stdin) {
                if (n_targets != 1) {
                    usage("standard input with several formats needs -d DIR");
                }
                plan.outputs[i][t] = "-";
                continue;
            } else {
                out = in.path.parent_path() / (stem + ext);
            }
            claims.claim(out, plan.targets[t].exporter->info.id + " output of " + in.display);
            plan.outputs[i][t] = out.string();
        }
    }
    // The report is an output too.
    if (req.report_file) {
        claims.claim(*req.report_file, "the --report file");
    }
}

// --skip-unchanged, decided once per run: the previous report counts only when it used
// exactly these exporters, versions and options; its usable inputs are indexed by name.
void index_previous(Plan& plan) {
    if (!plan.previous) {
        return;
    }
    for (const auto& t : plan.targets) {
        FormatRecord mine{t.exporter->info.id, t.exporter->info.version, t.options.values};
        if (std::find(plan.previous->formats.begin(), plan.previous->formats.end(), mine) ==
            plan.previous->formats.end()) {
            return;
        }
    }
    for (const auto& old : plan.previous->inputs) {
        if (old.status != InputStatus::Failed) {
            plan.previous_inputs.emplace(old.input, &old);
        }
    }
}

// The previous record of this input when its content is unchanged and its outputs are
// still there with the recorded sizes; nullptr otherwise.
const InputRecord* unchanged(const Plan& plan, const InputRecord& now, std::size_t index) {
    auto it = plan.previous_inputs.find(now.input);
    if (it == plan.previous_inputs.end() || it->second->sha256 != now.sha256) {
        return nullptr;
    }
    const InputRecord& old = *it->second;
    for (std::size_t t = 0; t < plan.targets.size(); ++t) {
        const std::string& path = plan.outputs[index][t];
        auto o = std::find_if(old.outputs.begin(), old.outputs.end(), [&](const OutputRecord& r) {
            return r.format == plan.targets[t].exporter->info.id && r.path == path;
        });
        std::error_code ec;
        if (path == "-" || o == old.outputs.end() || fs::file_size(path, ec) != o->bytes || ec) {
            return nullptr;
        }
    }
    return &old;
}

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The most of an article galley reads: one byte past the loader's limit, so a larger
// input is reported as too large from its length alone, in bounded memory
// (`yes | galley convert -` stops after 16 MiB + 1 byte).
constexpr std::size_t max_article_read = LoadLimits{}.max_input_bytes + 1;

std::string read_at_most(std::istream& in, std::size_t limit) {
    std::string out;
    char buffer[1 << 16];
    while (out.size() < limit) {
        in.read(buffer, static_cast<std::streamsize>(std::min(sizeof buffer, limit - out.size())));
        out.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (!in) {
            break;
        }
    }
    return out;
}

/// Converts one input to every target; fills `rec`. Never throws.
void convert_one(const Plan& plan, std::size_t index, const ConvertRequest& req,
                 Rendition& rendition, std::string& stdout_bytes, InputRecord& rec) {
    const InputFile& in = plan.inputs[index];
    rec.input = in.display;
    DiagnosticCollector sink;
    auto fail = [&](const Error& e) {
        SourceLocation where = e.where();
        if (where.file.empty()) {
            where.file = in.display;  // every error names the input it is about
        }
        sink.report(Diagnostic{Severity::Error, std::move(where), e.message()});
        rec.status = InputStatus::Failed;
    };

    auto t0 = std::chrono::steady_clock::now();
    LoadResult loaded;
    if (in.from_stdin || plan.hashes) {
        std::string file_text;  // standard input is already in memory: not copied
        std::string_view text = plan.stdin_text;
        if (!in.from_stdin) {
            std::error_code ec;
            auto size = fs::file_size(in.path, ec);
            if (!ec && size <= LoadLimits{}.max_input_bytes) {
                std::ifstream f(in.path, std::ios::binary);
                file_text = read_at_most(f, max_article_read);
            }
            text = file_text;
        }
        rec.sha256 = sha256_hex(text);
        if (req.skip_unchanged) {
            if (const InputRecord* old = unchanged(plan, rec, index)) {
                rec.status = InputStatus::Skipped;
                rec.outputs = old->outputs;
                return;
            }
        }
        loaded = in.from_stdin
                     ? load_article_text(text, in.display, fs::current_path())
                     : (text.empty() ? load_article_file(in.path)
                                     : load_article_text(text, in.display, in.path.parent_path()));
    } else {
        loaded = load_article_file(in.path);
    }
    rec.load_milliseconds = ms_since(t0);
    for (auto& d : loaded.diagnostics) {
        sink.report(std::move(d));
    }
    if (!loaded.ok()) {
        rec.status = InputStatus::Failed;
    } else {
        for (std::size_t t = 0; t < plan.targets.size(); ++t) {
            const Target& target = plan.targets[t];
            const std::string& path = plan.outputs[index][t];
            auto t1 = std::chrono::steady_clock::now();
            rendition.clear();
            try {
                ExportOptions options = target.options;
                options.output_name = path == "-" ? "" : fs::path(path).filename().string();
                render(*target.exporter, *loaded.article, options, rendition, sink);
                if (path == "-") {
                    stdout_bytes = rendition.bytes;
                } else {
                    fs::path dir = fs::path(path).parent_path();
                    ArticleInputs inputs(in.from_stdin ? fs::path() : in.path,
                                         in.from_stdin ? fs::current_path() : in.path.parent_path(),
                                         *loaded.article);
                    // Every side file is checked before any is written: a clash
                    // with an input leaves nothing half done.
                    std::vector<bool> already_there(rendition.side_files.size(), false);
                    for (std::size_t k = 0; k < rendition.side_files.size(); ++k) {
                        const SideFile& side = rendition.side_files[k];
                        fs::path rel = fs::path(side.relative_path).lexically_normal();
                        if (rel.is_absolute() || rel.empty() || *rel.begin() == "..") {
                            throw Error(ErrorCode::ExportFailed,
                                        target.exporter->info.id + " exporter asked to write " +
                                            side.relative_path + " outside the output folder",
                                        {in.display});
                        }
                        const SideFileTarget clash = inputs.classify(dir / rel, side.bytes);
                        if (clash == SideFileTarget::Input) {
                            throw Error(ErrorCode::ExportFailed,
                                        target.exporter->info.id + " output " +
                                            (dir / rel).string() +
                                            " would replace an input of this article; write "
                                            "the output to another folder (-d)",
                                        {in.display});
                        }
                        already_there[k] = clash == SideFileTarget::SameContent;
                    }
                    for (std::size_t k = 0; k < rendition.side_files.size(); ++k) {
                        if (!already_there[k]) {  // else the input already is this copy
                            const SideFile& side = rendition.side_files[k];
                            write_file_atomically(
                                dir / fs::path(side.relative_path).lexically_normal(), side.bytes);
                        }
                    }
                    write_file_atomically(path, rendition.bytes);
                }
                OutputRecord out{target.exporter->info.id, path, rendition.bytes.size(),
                                 plan.hashes ? sha256_hex(rendition.bytes) : std::string(),
                                 ms_since(t1)};
                rec.outputs.push_back(std::move(out));
            } catch (const Error& e) {
                fail(e);
            } catch (const std::exception& e) {
                fail(Error(ErrorCode::ExportFailed, e.what(), {in.display}));
            }
        }
    }
    rec.diagnostics = sink.diagnostics();
}

// convert_one() for the pool: whatever escapes it (std::bad_alloc from a huge article,
// anything else unforeseen) fails this input alone; the batch goes on.
void convert_guarded(const Plan& plan, std::size_t index, const ConvertRequest& req,
                     Rendition& rendition, std::string& stdout_bytes, InputRecord& rec) {
    std::string why;
    try {
        convert_one(plan, index, req, rendition, stdout_bytes, rec);
        return;
    } catch (const std::bad_alloc&) {
        why = "out of memory while converting this article";
    } catch (const std::exception& e) {
        why = std::string("conversion failed: ") + e.what();
    }
    rendition = Rendition{};  // give back what the failed article held
    rec.status = InputStatus::Failed;
    rec.diagnostics.push_back(
        Diagnostic{Severity::Error, SourceLocation{plan.inputs[index].display}, why});
}

// The most workers a run starts: conversion is CPU-bound, so more threads than a few
// per core only cost memory (each holds one article and its outputs).
unsigned worker_limit() { return std::max(8u, 4 * std::thread::hardware_concurrency()); }

// Runs `worker` on `wanted` threads and waits for them. When the system refuses a thread
// (a process or memory limit), the run goes on with the threads already started, or on
// the calling thread alone; `problem` says why. Returns how many workers ran.
unsigned run_workers(unsigned wanted, const std::function<void()>& worker, std::string& problem) {
    if (wanted <= 1) {
        worker();
        return 1;
    }
    std::vector<std::thread> pool;
    try {
        pool.reserve(wanted);
        for (unsigned j = 0; j < wanted; ++j) {
            pool.emplace_back(worker);
        }
    } catch (const std::exception& e) {  // std::system_error, std::bad_alloc
        problem = "galley: warning: started " + std::to_string(pool.size()) + " of " +
                  std::to_string(wanted) + " workers (" + e.what() + "); continuing with " +
                  std::to_string(std::max<std::size_t>(pool.size(), 1)) + "\n";
    }
    if (pool.empty()) {
        worker();
        return 1;
    }
    for (auto& t : pool) {
        t.join();
    }
    return static_cast<unsigned>(pool.size());
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ExitCode convert(const ConvertRequest& req, const PluginRegistry& registry, std::ostream& err) {
    Plan plan;
    std::vector<std::string> input_problems;
    try {
        if (registry.exporters().empty()) {
            err << "galley: error: no exporter plugin could be loaded\n";
            return ExitCode::NoPlugins;
        }
        if (req.inputs.empty()) {
            usage("no input given");
        }
        if (req.shard && (req.shard->second == 0 || req.shard->first == 0 ||
                          req.shard->first > req.shard->second)) {
            usage("--shard K/N needs 1 <= K <= N");
        }
        if (req.skip_unchanged && !req.report_file) {
            usage("--skip-unchanged compares against the previous --report FILE; give one");
        }
        check_output_arguments(req);
        plan_targets(req, registry, plan);
        for (const auto& f : plan.plugin_failures) {
            err << "galley: error: " << f << '\n';
        }
        if (plan.targets.empty()) {
            return ExitCode::Failed;  // every requested format's plugin failed its checks
        }
        plan.inputs = expand_inputs(req.inputs, input_problems);
        if (req.shard) {
            std::erase_if(plan.inputs, [&](const InputFile& in) {
                return !in_shard(in.relative, req.shard->first, req.shard->second);
            });
        }
        plan_outputs(req, plan);
    } catch (const Error& e) {
        err << "galley: error: " << e.message() << '\n';
        return ExitCode::Usage;
    }
    if (!req.quiet) {
        for (const auto& w : plan.warnings) {
            err << w << '\n';
        }
    }
    plan.hashes = req.report_file.has_value();
    if (req.skip_unchanged) {
        plan.previous = read_report(*req.report_file);
        index_previous(plan);
    }
    for (const auto& in : plan.inputs) {
        if (in.from_stdin) {
            plan.stdin_text = read_at_most(std::cin, max_article_read);
        }
    }

    const std::size_t n = plan.inputs.size();
    unsigned jobs = req.jobs ? req.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = std::min(jobs, worker_limit());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(n, 1)));
    bool show_progress =
        !req.quiet && (req.progress == ProgressMode::On ||
                       (req.progress == ProgressMode::Auto && stderr_is_terminal() && n > 1));
    Progress progress(err, show_progress, stderr_is_terminal(), n);
    for (const auto& p : input_problems) {
        progress.print(p + "\n");
    }

    RunReport report;
    for (const auto& t : plan.targets) {
        report.formats.push_back({t.exporter->info.id, t.exporter->info.version, t.options.values});
    }
    report.inputs.resize(n);
    std::string stdout_bytes;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        Rendition rendition;  // one per worker: its buffers keep their capacity
        for (std::size_t i = next++; i < n; i = next++) {
            InputRecord& rec = report.inputs[i];
            convert_guarded(plan, i, req, rendition, stdout_bytes, rec);
            try {
                std::string lines;
                for (const auto& d : rec.diagnostics) {
                    if (d.severity == Severity::Error || !req.quiet) {
                        lines += d.format();
                        lines += '\n';
                    }
                }
                if (!lines.empty()) {
                    progress.print(lines);
                }
            } catch (const std::exception&) {
                // Out of memory for the message: the record still holds the outcome.
            }
            progress.advance();
        }
    };
    std::string pool_problem;
    jobs = run_workers(jobs, worker, pool_problem);
    if (!pool_problem.empty() && !req.quiet) {
        progress.print(pool_problem);
    }
    report.jobs = jobs;
    progress.finish();
    report.elapsed_seconds = progress.elapsed_seconds();

    if (!stdout_bytes.empty()) {
        std::cout.write(stdout_bytes.data(), static_cast<std::streamsize>(stdout_bytes.size()));
        std::cout.flush();
    }
    bool failed = !input_problems.empty() || !plan.plugin_failures.empty() ||
                  report.count(InputStatus::Failed) > 0;
    if (req.report_file) {
        try {
            write_file_atomically(*req.report_file, report_json(report));
        } catch (const Error& e) {
            err << "galley: error: " << e.message() << '\n';
            failed = true;
        }
    }
    if (!req.quiet && (n > 1 || show_progress)) {
        char buf[256];
        double s = report.elapsed_seconds;
        std::snprintf(buf, sizeof buf,
                      "galley: %zu converted, %zu failed, %zu skipped, %zu warnings in %.2f s "
                      "(%.0f articles/s, %u jobs)\n",
                      report.count(InputStatus::Converted),
                      report.count(InputStatus::Failed) + input_problems.size(),
                      report.count(InputStatus::Skipped), report.warnings(), s,
                      s > 0 ? static_cast<double>(n) / s : 0.0, jobs);
        err << buf << std::flush;
    }
    return failed ? ExitCode::Failed : ExitCode::Success;
}

}  // namespace

ExitCode run_convert(const ConvertRequest& req, const PluginRegistry& registry, std::ostream& err) {
    // Nothing escapes as an exception: a library caller gets an exit status and a line.
    try {
        return convert(req, registry, err);
    } catch (const std::bad_alloc&) {
        err << "galley: error: out of memory\n";
    } catch (const std::exception& e) {
        err << "galley: error: " << e.what() << '\n';
    }
    return ExitCode::Failed;
}

ExitCode run_validate(const std::vector<std::string>& inputs, bool verbose, std::ostream& out,
                      std::ostream& err) {
    std::vector<std::string> problems;
    auto files = expand_inputs(inputs, problems);
    bool failed = !problems.empty();
    for (const auto& p : problems) {
        err << p << '\n';
    }
    for (const auto& in : files) {
        LoadResult r = in.from_stdin ? load_article_text(read_at_most(std::cin, max_article_read),
                                                         in.display, fs::current_path())
                                     : load_article_file(in.path);
        for (const auto& d : r.diagnostics) {
            err << d.format() << '\n';
        }
        if (!r.ok()) {
            failed = true;
        } else if (verbose) {
            out << in.display << ": ok\n";
        }
    }
    return failed ? ExitCode::Failed : ExitCode::Success;
}

}  // namespace galley
