// The command line against hostile arguments and file system state (issue 9): files
// galley must never replace, names it must refuse before any work, bounds on standard
// input and threads, options checked before any output, and plugins whose checks throw.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace galley::test;

namespace {
const fs::path seed = samples_dir() / "harbin-expo.yaml";

// Everything below `dir`, as paths relative to it (sorted).
std::vector<std::string> tree(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        out.push_back(e.path().lexically_relative(dir).string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Files whose names start with "." (temporary files of atomic writes).
std::size_t hidden_files(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        n += e.path().filename().string().starts_with(".");
    }
    return n;
}

CommandResult shell(const std::string& script, const std::optional<fs::path>& cwd = std::nullopt) {
    return run({"/bin/sh", "-c", script}, {}, {"GALLEY_PLUGIN_PATH="}, cwd);
}

// `p` in single quotes for the shell (appended piecewise: GCC 12 warns falsely on
// "'" + std::string + "'").
std::string quoted(const fs::path& p) {
    std::string out(1, '\'');
    out.append(p.string());
    out.push_back('\'');
    return out;
}

// Sanitizer runtimes reserve terabytes of address space: `ulimit -v` cannot be used.
constexpr bool sanitized =
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    true;
#else
    false;
#endif
}  // namespace

TEST_CASE("writing to /dev/null with -o leaves it a character device",
          "[cli][hardening][devnull]") {
    struct stat before {
    }, after{};
    REQUIRE(stat("/dev/null", &before) == 0);
    REQUIRE(S_ISCHR(before.st_mode));
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-o", "/dev/null"});
    CHECK(r.exit_code == 0);
    REQUIRE(stat("/dev/null", &after) == 0);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(after.st_ino == before.st_ino);
    if (!S_ISCHR(after.st_mode)) {
        // The bug is back and this runs as root: give the machine its /dev/null again.
        unlink("/dev/null");
        mknod("/dev/null", S_IFCHR | 0666, before.st_rdev);
        chmod("/dev/null", 0666);
    }
}

TEST_CASE("a FIFO named by -o is written through and stays a FIFO", "[cli][hardening]") {
    TempDir dir;
    const fs::path fifo = dir / "pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    // The reader gives up after 20 s should galley never open the FIFO.
    auto r = shell("timeout 20 cat pipe > received & " + quoted(galley_exe()) + " convert " +
                       quoted(seed) + " --to json -o pipe; status=$?; wait; exit $status",
                   dir.path());
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(read_file(dir / "received") ==
          run_galley({"convert", seed.string(), "--to", "json", "-o", "-"}).out);
    CHECK(fs::is_fifo(fs::symlink_status(fifo)));
    CHECK(tree(dir.path()) == std::vector<std::string>{"pipe", "received"});
}

TEST_CASE("a symbolic link named by -o stays and the file it points to is replaced",
          "[cli][hardening]") {
    TempDir dir;
    write_file(dir / "real.json", "old\n");
    fs::create_symlink("real.json", dir / "link.json");
    auto r =
        run_galley({"convert", seed.string(), "--to", "json", "-o", (dir / "link.json").string()});
    CHECK(r.exit_code == 0);
    CHECK(fs::is_symlink(fs::symlink_status(dir / "link.json")));
    CHECK(fs::read_symlink(dir / "link.json") == "real.json");
    CHECK(read_file(dir / "real.json").find("\"galley_json\": 1") != std::string::npos);
    CHECK(hidden_files(dir.path()) == 0);
}

// (Like /dev/stdout, but in a temporary folder: the old code renamed over the link, and a
// test must never risk replacing the machine's /dev entries.)
TEST_CASE("a link to /proc/self/fd/1 named by -o prints the output", "[cli][hardening]") {
    const std::string expected =
        run_galley({"convert", seed.string(), "--to", "json", "-o", "-"}).out;
    REQUIRE_FALSE(expected.empty());
    TempDir dir;
    fs::create_symlink("/proc/self/fd/1", dir / "out.json");
    auto l =
        run_galley({"convert", seed.string(), "--to", "json", "-o", (dir / "out.json").string()});
    CHECK(l.exit_code == 0);
    CHECK(l.out == expected);
    CHECK(fs::is_symlink(fs::symlink_status(dir / "out.json")));
}

TEST_CASE("names that cannot be written are usage errors before any work", "[cli][hardening]") {
    TempDir dir;
    fs::copy_file(seed, dir / "story.yaml");
    fs::create_directory(dir / "folder");
    write_file(dir / "plain-file", "keep\n");
    REQUIRE(mkfifo((dir / "fifo").c_str(), 0600) == 0);
    fs::create_symlink("/dev/zero", dir / "zero");  // never /dev/zero itself: see above
    const std::string in = (dir / "story.yaml").string();
    const std::string out = (dir / "out").string();
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    std::vector<Case> cases{
        {{"-o", ""}, "-o needs a file name"},
        {{"-o", (dir / "folder").string()}, "is a folder"},
        {{"-o", (dir / "new-folder/").string()}, "is a folder"},
        {{"-d", ""}, "-d needs a folder name"},
        {{"-d", (dir / "plain-file").string()}, "is not a folder"},
        {{"-d", out, "--report", ""}, "--report needs a file name"},
        {{"-d", out, "--report", (dir / "folder").string()}, "is a folder"},
        {{"-d", out, "--report", (dir / "fifo").string()}, "is not a regular file"},
        {{"-d", out, "--report", (dir / "zero").string()}, "is not a regular file"},
        {{"-d", out, "--report", in}, "refusing to overwrite input"},
        {{"-d", out, "--report", (dir / "./story.yaml").string()}, "refusing to overwrite input"},
        {{"-d", out, "--report", (dir / "out" / "story.json").string()},
         "would both be written to"},
        {{"-o", (dir / "x.json").string(), "--report", (dir / "x.json").string()},
         "would both be written to"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args{"convert", in, "--to", "json"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        INFO([&] {
            std::string s;
            for (auto& a : args)
                s += "'" + a + "' ";
            return s;
        }());
        auto r = run_galley(args, {}, dir.path());
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find("terminate") == std::string::npos);
        CHECK(tree(dir.path()) ==
              std::vector<std::string>{"fifo", "folder", "plain-file", "story.yaml", "zero"});
    }
    CHECK(read_file(dir / "plain-file") == "keep\n");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "zero")));
}

TEST_CASE("a report through a symbolic link to an input is refused", "[cli][hardening]") {
    TempDir dir;
    fs::copy_file(seed, dir / "story.yaml");
    fs::create_symlink(dir / "story.yaml", dir / "report.json");
    const std::string before = read_file(dir / "story.yaml");
    auto r = run_galley({"convert", (dir / "story.yaml").string(), "--to", "json", "-d",
                         (dir / "out").string(), "--report", (dir / "report.json").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("refusing to overwrite input") != std::string::npos);
    CHECK(read_file(dir / "story.yaml") == before);
    CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("shard K/N refuses signs, zero and numbers that would wrap", "[cli][hardening]") {
    for (std::string shard : {"-1/-1", "0/0", "1/0", "0/3", "4/3", "+1/2", " 1/2", "1/ 2", "1/2/3",
                              "4294967296/4294967297", "99999999999999999999/1", "1", "/", "1/"}) {
        INFO("--shard '" << shard << "'");
        TempDir dir;
        auto r = run_galley({"convert", seed.string(), "--to", "json", "-d", (dir / "out").string(),
                             "--shard", shard});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("--shard") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out"));
    }
}

TEST_CASE("numeric options refuse NaN and infinities", "[cli][hardening]") {
    TempDir dir;
    for (std::string option :
         {"pdf.font-size=nan", "pdf.font-size=-nan", "pdf.font-size=inf", "pdf.font-size=-inf",
          "pdf.font-size=NAN", "pdf.paper=nanx297mm", "pdf.paper=210xinfmm", "pdf.margins=nanmm",
          "pdf.margins=20mm infmm", "pdf.bleed=infmm", "pdf.bleed=nanmm", "json.indent=nan"}) {
        INFO("-O " << option);
        auto r = run_galley({"convert", seed.string(), "--to", "pdf,json", "-O", option, "-d",
                             (dir / "out").string()});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("bad value") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out"));
    }
}

TEST_CASE("page geometry that cannot fit is refused before any format is written",
          "[cli][hardening]") {
    TempDir dir;
    auto r = run_galley({"convert", seed.string(), "--to", "all", "-O", "pdf.paper=50x50mm", "-d",
                         (dir / "out").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "galley: error: bad options for pdf: the margins leave less than 40 x 60 mm "
                   "for text on this paper\n");
    CHECK_FALSE(fs::exists(dir / "out"));
    auto columns =
        run_galley({"convert", seed.string(), "--to", "json,pdf", "-O", "pdf.paper=a5", "-O",
                    "pdf.margins=20mm 30mm", "-O", "pdf.columns=3", "-d", (dir / "out").string()});
    CHECK(columns.exit_code == 2);
    CHECK(columns.err.find("columns would be narrower than 30 mm") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("an option for a format that is not written is named in a warning", "[cli][hardening]") {
    auto r =
        run_galley({"convert", seed.string(), "--to", "json", "-o", "-", "-O", "pdf.paper=a5"});
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "galley: warning: option pdf.paper has no effect: this run does not write pdf\n");
    auto bad =
        run_galley({"convert", seed.string(), "--to", "json", "-o", "-", "-O", "pdf.paper=b9"});
    CHECK(bad.exit_code == 2);  // still checked: a typo never passes
    auto quiet = run_galley(
        {"convert", seed.string(), "--to", "json", "-o", "-", "-q", "-O", "pdf.paper=a5"});
    CHECK(quiet.err == "");
}

TEST_CASE("output names up to NAME_MAX are written and nothing is left behind",
          "[cli][hardening]") {
    TempDir dir;
    const std::string longest(255, 'n');
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-o", (dir / longest).string()});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(fs::exists(dir / longest));
    CHECK(tree(dir.path()) == std::vector<std::string>{longest});

    // One byte more is the file system's refusal: a located error, no temporary file.
    const std::string too_long(256, 'n');
    auto t =
        run_galley({"convert", seed.string(), "--to", "json", "-o", (dir / too_long).string()});
    CHECK(t.exit_code == 1);
    CHECK(t.err.find(seed.string() + ": error: cannot write ") == 0);
    CHECK(t.err.find("File name too long") != std::string::npos);
    CHECK(tree(dir.path()) == std::vector<std::string>{longest});

    // -d with an input whose stem makes the name too long for one format only.
    const std::string stem(245, 's');
    fs::copy_file(seed, dir / (stem + ".yaml"));
    auto d = run_galley({"convert", (dir / (stem + ".yaml")).string(), "--to", "json,newsml", "-d",
                         (dir / "out").string()});
    CHECK(d.exit_code == 1);
    CHECK(fs::exists(dir / "out" / (stem + ".json")));
    CHECK(hidden_files(dir.path()) == 0);
}

TEST_CASE("standard input stops at the input size limit", "[cli][hardening]") {
    // Without the bound, `yes` fills memory until galley aborts; `ulimit -v` makes that
    // quick, `timeout` makes sure the test ends either way.
    const std::string limit = sanitized ? "" : "ulimit -v 1500000; ";
    for (std::string command : {"convert - --to json -o -", "validate -"}) {
        INFO(command);
        auto r = shell(limit + "yes | timeout 60 " + quoted(galley_exe()) + " " + command);
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("<stdin>: error: the file is larger than 16777216 bytes") !=
              std::string::npos);
        CHECK(r.out.empty());
    }
}

TEST_CASE("threads the system refuses mean fewer workers, not a crash", "[cli][hardening]") {
    if (sanitized) {
        WARN("skipped: needs ulimit -v, which sanitizer runtimes cannot run under");
        CHECK(true);
        return;
    }
    TempDir dir;
    for (int i = 0; i < 6; ++i) {
        fs::create_directories(dir / "in" / std::to_string(i));
        fs::copy_file(seed, dir / "in" / std::to_string(i) / "article.yaml");
    }
    // Each thread would need a 1 GB stack in 600 MB of address space: none can start.
    auto r = shell("ulimit -s 1000000; ulimit -v 600000; " + quoted(galley_exe()) + " convert " +
                   quoted(dir / "in") + " --to json -d " + quoted(dir / "out") +
                   " -j 1024 --no-progress");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("galley: warning: started 0 of ") != std::string::npos);
    CHECK(r.err.find("6 converted, 0 failed") != std::string::npos);
    for (int i = 0; i < 6; ++i) {
        CHECK(fs::exists(dir / "out" / std::to_string(i) / "article.json"));
    }
    CHECK(hidden_files(dir.path()) == 0);
}

TEST_CASE("running out of memory on one article fails that article, not the batch",
          "[cli][hardening]") {
    if (sanitized) {
        WARN("skipped: needs ulimit -v, which sanitizer runtimes cannot run under");
        CHECK(true);
        return;
    }
    TempDir dir;
    fs::create_directories(dir / "in");
    std::string big;
    for (std::size_t i = 0; i < 8'000'000; ++i) {
        big += "y\n";  // 16 MB, just under the input limit: the loader needs far more
    }
    write_file(dir / "in" / "a.yaml", big);
    fs::copy_file(seed, dir / "in" / "b.yaml");
    auto r = shell("ulimit -v 150000; " + quoted(galley_exe()) + " convert " + quoted(dir / "in") +
                   " --to json -d " + quoted(dir / "out") + " -j 1 --no-progress");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("a.yaml") != std::string::npos);
    CHECK(r.err.find("1 converted, 1 failed") != std::string::npos);
    CHECK(fs::exists(dir / "out" / "b.json"));
    CHECK(hidden_files(dir.path()) == 0);
}

TEST_CASE("a plugin whose option checks throw fails alone, named by its id",
          "[cli][hardening][plugins]") {
    TempDir dir;
    const std::string plugins = fixture_plugin_dir("throws_on_check").string();
    struct Case {
        std::string mode;
        std::string message;
    };
    for (const Case& c : {Case{"explode", "galley: error: checkboom plugin failed while checking "
                                          "option checkboom.mode: option checker exploded\n"},
                          Case{"int", "galley: error: checkboom plugin failed while checking "
                                      "option checkboom.mode\n"},
                          Case{"whole", "galley: error: checkboom plugin failed while checking "
                                        "its options: whole-set checker exploded\n"}}) {
        INFO("checkboom.mode=" << c.mode);
        const fs::path out = dir / c.mode;
        auto r =
            run_galley({"--plugin-dir", plugins, "convert", seed.string(), "--to", "json,checkboom",
                        "-O", "checkboom.mode=" + c.mode, "-d", out.string()});
        CHECK(r.exit_code == 1);
        CHECK(r.err == c.message);
        CHECK(tree(out) == std::vector<std::string>{"harbin-expo.json"});
    }
    auto alone = run_galley({"--plugin-dir", plugins, "convert", seed.string(), "--to", "checkboom",
                             "-O", "checkboom.mode=explode", "-o", (dir / "x").string()});
    CHECK(alone.exit_code == 1);
    CHECK_FALSE(fs::exists(dir / "x"));
}

TEST_CASE("a plugin built with another C++ ABI is skipped and the run goes on",
          "[cli][hardening][plugins]") {
    auto r = run_galley({"--plugin-dir", fixture_plugin_dir("other_toolchain").string(), "convert",
                         seed.string(), "--to", "json,oldabi", "-o", "-"});
    CHECK(r.exit_code == 2);  // oldabi is not loaded: an unknown format
    CHECK(r.err.find("galley_oldabi.so: warning: plugin skipped: built with another toolchain") !=
          std::string::npos);
    CHECK(r.err.find("unknown format 'oldabi'") != std::string::npos);
    auto json = run_galley({"--plugin-dir", fixture_plugin_dir("other_toolchain").string(),
                            "convert", seed.string(), "--to", "json", "-o", "-"});
    CHECK(json.exit_code == 0);
    CHECK(json.out.find("\"galley_json\": 1") != std::string::npos);
}
