// The `galley` command end to end (docs/cli.md): exit statuses, output rules,
// standard input and output, formats listing, batch behaviour.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

using namespace galley::test;

namespace {
const fs::path seed = samples_dir() / "harbin-expo.yaml";

std::size_t count_lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

CommandResult check_schema(const std::string& schema, const fs::path& file) {
    return run({"/usr/bin/python3", (test_data_dir() / "tools" / "json_schema_check.py").string(),
                (source_dir() / "schemas" / schema).string(), file.string()});
}

// Files in `dir` whose names start with "." (temporary files of atomic writes).
std::vector<std::string> hidden_files(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.path().filename().string().starts_with(".")) {
            out.push_back(e.path().string());
        }
    }
    return out;
}
}  // namespace

TEST_CASE("galley --version and --help exit 0", "[cli]") {
    auto v = run_galley({"--version"});
    CHECK(v.exit_code == 0);
    CHECK(v.out.find("galley 0.") == 0);
    auto h = run_galley({"convert", "--help"});
    CHECK(h.exit_code == 0);
    CHECK(h.out.find("--to") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with one line naming the cause", "[cli]") {
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    std::vector<Case> cases{
        {{}, "A subcommand is required"},
        {{"convert", seed.string(), "--to", "docx"}, "unknown format 'docx' (available: "},
        {{"convert", seed.string(), "--to", "json", "-O", "json.indnet=4"},
         "unknown option json.indnet"},
        {{"convert", seed.string(), "--to", "json", "-O", "json.indent=12"},
         "bad value '12' for option json.indent"},
        {{"convert", seed.string(), "--to", "json", "-O", "indent=2"}, "expected FORMAT.KEY=VALUE"},
        {{"convert", seed.string(), "--to", "json", "--bogus"}, "--bogus"},
        {{"convert", seed.string(), seed.string(), "--to", "json", "-o", "x.json"},
         "-o takes one input and one format"},
        {{"convert", seed.string(), "--to", "json", "-o", "a", "-d", "b"},
         "-o and -d cannot be used together"},
        {{"convert", seed.string(), "--to", "json", "--shard", "3/2"},
         "--shard K/N needs 1 <= K <= N"},
        {{"convert", seed.string(), "--to", "json", "--skip-unchanged"}, "--report FILE"},
    };
    for (const auto& c : cases) {
        INFO("galley " << [&] {
            std::string s;
            for (auto& a : c.args)
                s += a + " ";
            return s;
        }());
        auto r = run_galley(c.args);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.out.empty());
    }
}

TEST_CASE("formats lists the json exporter, as a table and as schema-valid JSON", "[cli]") {
    auto table = run_galley({"formats"});
    REQUIRE(table.exit_code == 0);
    CHECK(std::regex_search(
        table.out,
        std::regex(
            R"(\njson +galley JSON document model +\S+ +\.json +application/json +\S+galley_json\.so\n)")));
    auto json = run_galley({"formats", "--json"});
    REQUIRE(json.exit_code == 0);
    TempDir dir;
    write_file(dir / "formats.json", json.out);
    auto check = check_schema("formats.schema.json", dir / "formats.json");
    CHECK(check.err == "");
    CHECK(check.exit_code == 0);
    CHECK(json.out.find("\"id\": \"json\"") != std::string::npos);
}

TEST_CASE("no loadable plugin exits 3", "[cli]") {
    // Plugins are looked for beside libgalley: a copy of the library (found first through
    // LD_LIBRARY_PATH) has no galley/plugins beside it, and --plugin-dir points at a
    // folder of broken files only.
    TempDir dir;
    fs::create_directories(dir / "lib");
    const fs::path library =
        galley_exe().parent_path().parent_path() / "lib" / ("libgalley.so." GALLEY_SOVERSION);
    fs::copy_file(fs::canonical(library), dir / "lib" / library.filename());
    write_file(dir / "plugins" / "galley_bad.so", "junk");
    const std::string lib_path = "LD_LIBRARY_PATH=" + (dir / "lib").string();
    auto r = run({galley_exe().string(), "--plugin-dir", (dir / "plugins").string(), "formats"}, {},
                 {"GALLEY_PLUGIN_PATH=", lib_path});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("galley_bad.so: warning: plugin skipped: not a shared library") !=
          std::string::npos);
    auto c = run({galley_exe().string(), "convert", seed.string(), "--to", "json"}, {},
                 {"GALLEY_PLUGIN_PATH=", lib_path});
    CHECK(c.exit_code == 3);
}

TEST_CASE("the seed converts to JSON on standard output", "[cli]") {
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-o", "-"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out.find("\"id\": \"harbin-promotion-yekaterinburg-2023\"") != std::string::npos);
    CHECK(r.out.find("Yekaterinburg, Russia") != std::string::npos);
}

TEST_CASE("standard input in, standard output out, same bytes as from the file", "[cli]") {
    auto from_file = run_galley({"convert", seed.string(), "--to", "json", "-o", "-"});
    auto from_stdin = run_galley({"convert", "-", "--to", "json"}, read_file(seed));
    REQUIRE(from_stdin.exit_code == 0);
    CHECK(from_stdin.out == from_file.out);
}

TEST_CASE("every sample matches its golden JSON", "[cli][golden]") {
    for (const auto& sample : sample_files()) {
        INFO(sample.filename());
        auto r = run_galley({"convert", sample.string(), "--to", "json", "-o", "-"});
        REQUIRE(r.exit_code == 0);
        CHECK(r.err == "");
        std::string why;
        CHECK(matches_golden(
            test_data_dir() / "golden" / "json" / (sample.stem().string() + ".json"), r.out, why));
        INFO(why);
        CHECK(why.empty());
    }
}

TEST_CASE("outputs go beside the input by default and into -d DIR mirroring folders", "[cli]") {
    TempDir dir;
    fs::create_directories(dir / "in" / "world");
    fs::copy_file(seed, dir / "in" / "world" / "harbin.yaml");
    fs::copy_file(seed, dir / "in" / "lead.yml");
    auto beside = run_galley({"convert", (dir / "in" / "lead.yml").string(), "--to", "json"});
    REQUIRE(beside.exit_code == 0);
    CHECK(fs::exists(dir / "in" / "lead.json"));
    auto tree = run_galley({"convert", (dir / "in").string(), "--to", "json", "-d",
                            (dir / "out").string(), "--no-progress"});
    REQUIRE(tree.exit_code == 0);
    CHECK(fs::exists(dir / "out" / "lead.json"));
    CHECK(fs::exists(dir / "out" / "world" / "harbin.json"));
    CHECK(read_file(dir / "out" / "lead.json") == read_file(dir / "in" / "lead.json"));
    CHECK(tree.err.find("2 converted, 0 failed") != std::string::npos);
}

TEST_CASE("a failing export leaves no partial file and keeps the old one", "[cli]") {
    TempDir dir;
    fs::copy_file(seed, dir / "story.yaml");
    write_file(dir / "story.boom", "previous good output\n");
    auto r = run_galley({"--plugin-dir", fixture_plugin_dir("failing_export").string(), "convert",
                         (dir / "story.yaml").string(), "--to", "boom"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("story.yaml: error: boom export failed: disk full (simulated)") !=
          std::string::npos);
    CHECK(read_file(dir / "story.boom") == "previous good output\n");
    CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("an input is never overwritten, even when -o names it", "[cli]") {
    TempDir dir;
    fs::copy_file(seed, dir / "story.yaml");
    const std::string before = read_file(dir / "story.yaml");
    auto r = run_galley({"convert", (dir / "story.yaml").string(), "--to", "json", "-o",
                         (dir / "story.yaml").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("refusing to overwrite input") != std::string::npos);
    CHECK(read_file(dir / "story.yaml") == before);
}

TEST_CASE("one bad input in a batch fails alone and the rest are converted", "[cli][threads]") {
    TempDir dir;
    fs::copy_file(seed, dir / "a.yaml");
    write_file(dir / "b.yaml", "galley: 1\nid: [not, a, string\n");
    fs::copy_file(seed, dir / "c.yaml");
    auto r =
        run_galley({"convert", dir.path().string(), "--to", "json", "-d", (dir / "out").string(),
                    "--jobs", "2", "--no-progress", (dir / "missing.yaml").string()});
    CHECK(r.exit_code == 1);
    CHECK(fs::exists(dir / "out" / "a.json"));
    CHECK(fs::exists(dir / "out" / "c.json"));
    CHECK_FALSE(fs::exists(dir / "out" / "b.json"));
    CHECK(r.err.find("b.yaml:") != std::string::npos);
    CHECK(r.err.find("missing.yaml: error: no such file or folder") != std::string::npos);
    CHECK(r.err.find("2 converted, 2 failed") != std::string::npos);
}

// The batch runner renders on several workers at once; the ThreadSanitizer tree runs
// this case (`make tsan`), so a race in the job or an exporter fails it.
TEST_CASE("a batch on 4 workers writes the same files as on one", "[cli][threads]") {
    TempDir dir;
    const auto convert = [&](const std::string& jobs) {
        const fs::path out = dir / ("out-" + jobs);
        auto r = run_galley({"convert", samples_dir().string(), "--to", "all", "-d", out.string(),
                             "--jobs", jobs, "--no-progress"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        std::map<std::string, std::string> files;
        for (const auto& e : fs::recursive_directory_iterator(out)) {
            if (e.is_regular_file()) {
                files[fs::relative(e.path(), out).string()] = read_file(e.path());
            }
        }
        return files;
    };
    const auto one = convert("1");
    CHECK(one.size() >= 4 * sample_files().size());
    CHECK(convert("4") == one);
}

TEST_CASE("validate prints one located line per mistake and exits 1", "[cli]") {
    TempDir dir;
    write_file(dir / "three.yaml", "galley: 1\n"
                                   "id: three-mistakes\n"
                                   "language: en\n"
                                   "hedline: A headline under the wrong key\n"
                                   "updated: 2023-13-45\n"
                                   "urgency: high\n"
                                   "body:\n"
                                   "  - One paragraph.\n");
    auto r = run_galley({"validate", (dir / "three.yaml").string()});
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    std::string f = (dir / "three.yaml").string();
    CHECK(r.err.find(f + ":4:1: error: unknown key 'hedline' (did you mean 'headline'?)") !=
          std::string::npos);
    CHECK(r.err.find(f + ":5:10: error: ") != std::string::npos);
    CHECK(r.err.find(f + ":6:10: error: ") != std::string::npos);
    // The misspelled headline is one mistake: not also "missing required key 'headline'".
    CHECK_FALSE(std::regex_search(r.err, std::regex("missing required key")));
    CHECK(count_lines(r.err) == 3);
    auto ok = run_galley({"validate", "--verbose", seed.string()});
    CHECK(ok.exit_code == 0);
    CHECK(ok.out == seed.string() + ": ok\n");
}

TEST_CASE("the run report is schema-valid and hashes what was written", "[cli][report]") {
    TempDir dir;
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-d", (dir / "out").string(),
                         "--report", (dir / "report.json").string()});
    REQUIRE(r.exit_code == 0);
    auto check = check_schema("run-report.schema.json", dir / "report.json");
    CHECK(check.err == "");
    CHECK(check.exit_code == 0);
    std::string report = read_file(dir / "report.json");
    auto sha = run({"sha256sum", (dir / "out" / "harbin-expo.json").string()});
    REQUIRE(sha.exit_code == 0);
    CHECK(report.find("\"sha256\": \"" + sha.out.substr(0, 64) + "\"") != std::string::npos);
    auto seed_sha = run({"sha256sum", seed.string()});
    CHECK(report.find("\"sha256\": \"" + seed_sha.out.substr(0, 64) + "\"") != std::string::npos);
    CHECK(report.find("\"converted\": 1") != std::string::npos);
}

TEST_CASE("shard K/N splits the inputs into disjoint parts that cover them all", "[cli][shard]") {
    TempDir dir;
    const std::string text = read_file(seed);
    for (int i = 0; i < 24; ++i) {
        write_file(dir / "in" / ("story-" + std::to_string(i) + ".yaml"), text);
    }
    std::multiset<std::string> seen;
    for (int k = 1; k <= 3; ++k) {
        fs::path out = dir / ("out" + std::to_string(k));
        auto r = run_galley({"convert", (dir / "in").string(), "--to", "json", "-d", out.string(),
                             "--shard", std::to_string(k) + "/3", "--quiet"});
        REQUIRE(r.exit_code == 0);
        std::size_t here = 0;
        if (fs::exists(out)) {
            for (const auto& e : fs::directory_iterator(out)) {
                seen.insert(e.path().filename().string());
                ++here;
            }
        }
        CHECK(here > 0);  // 24 names over 3 shards: each gets some
    }
    CHECK(seen.size() == 24);
    CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 24);
}

TEST_CASE("skip-unchanged skips exactly what is unchanged since the last report", "[cli][report]") {
    TempDir dir;
    fs::create_directories(dir / "in");
    fs::copy_file(seed, dir / "in" / "a.yaml");
    fs::copy_file(seed, dir / "in" / "b.yaml");
    std::vector<std::string> base{"convert",
                                  (dir / "in").string(),
                                  "--to",
                                  "json",
                                  "-d",
                                  (dir / "out").string(),
                                  "--report",
                                  (dir / "r.json").string(),
                                  "--skip-unchanged",
                                  "--no-progress"};
    auto first = run_galley(base);
    REQUIRE(first.exit_code == 0);
    CHECK(first.err.find("2 converted, 0 failed, 0 skipped") != std::string::npos);
    auto second = run_galley(base);
    CHECK(second.err.find("0 converted, 0 failed, 2 skipped") != std::string::npos);
    write_file(dir / "in" / "b.yaml", read_file(seed) + "# edited\n");
    auto third = run_galley(base);
    CHECK(third.err.find("1 converted, 0 failed, 1 skipped") != std::string::npos);
    fs::remove(dir / "out" / "a.json");
    auto fourth = run_galley(base);
    CHECK(fourth.err.find("1 converted, 0 failed, 1 skipped") != std::string::npos);
    auto with_option = base;
    with_option.insert(with_option.end(), {"-O", "json.indent=4"});
    auto fifth = run_galley(with_option);
    CHECK(fifth.err.find("2 converted, 0 failed, 0 skipped") != std::string::npos);
}

TEST_CASE("two runs give byte-identical output", "[cli]") {
    auto a = run_galley({"convert", seed.string(), "--to", "json", "-o", "-"});
    auto b = run_galley({"convert", seed.string(), "--to", "json", "-o", "-"});
    REQUIRE(a.exit_code == 0);
    CHECK(a.out == b.out);
}
