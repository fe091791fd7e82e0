// `galley report merge`: the shards' run reports of one job combined into one report
// that is valid, complete, and says what a single run would have said.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace galley::test;

namespace {
const fs::path seed = samples_dir() / "harbin-expo.yaml";

// The value of a top-level "totals" counter in a report.
long totals_member(const std::string& report, const std::string& key) {
    const auto totals = report.find("\"totals\"");
    std::smatch m;
    const std::string tail = report.substr(totals);
    REQUIRE(std::regex_search(tail, m, std::regex("\"" + key + "\": ([0-9]+)")));
    return std::stol(m[1]);
}

// Every "input" of a report, in order.
std::vector<std::string> report_inputs(const std::string& report) {
    std::vector<std::string> out;
    const std::regex input("\"input\": \"([^\"]*)\"");
    for (auto it = std::sregex_iterator(report.begin(), report.end(), input);
         it != std::sregex_iterator(); ++it) {
        out.push_back((*it)[1]);
    }
    return out;
}

// Runs three shards of `in` to json with a report each; returns the report paths.
std::vector<std::string> run_shards(const fs::path& dir, const fs::path& in) {
    std::vector<std::string> reports;
    for (int k = 1; k <= 3; ++k) {
        const auto report = dir / ("report-" + std::to_string(k) + ".json");
        auto r =
            run_galley({"convert", in.string(), "--to", "json,xhtml", "-d", (dir / "out").string(),
                        "-q", "--shard", std::to_string(k) + "/3", "--report", report.string()});
        REQUIRE(r.exit_code == 0);
        reports.push_back(report.string());
    }
    return reports;
}
}  // namespace

TEST_CASE("report merge combines the shards' reports into one valid report", "[cli][report]") {
    TempDir dir;
    const std::string text = read_file(seed);
    for (int i = 0; i < 12; ++i) {
        write_file(dir / "in" / ("story-" + std::to_string(i) + ".yaml"), text);
    }
    auto reports = run_shards(dir.path(), dir / "in");
    auto single =
        run_galley({"convert", (dir / "in").string(), "--to", "json,xhtml", "-d",
                    (dir / "single").string(), "-q", "--report", (dir / "single.json").string()});
    REQUIRE(single.exit_code == 0);

    std::vector<std::string> args{"report", "merge"};
    args.insert(args.end(), reports.begin(), reports.end());
    args.insert(args.end(), {"-o", (dir / "all.json").string()});
    auto merged = run_galley(args);
    REQUIRE(merged.exit_code == 0);
    CHECK(merged.err == "");

    auto check =
        run({"/usr/bin/python3", (test_data_dir() / "tools" / "json_schema_check.py").string(),
             (source_dir() / "schemas" / "run-report.schema.json").string(),
             (dir / "all.json").string()});
    CHECK(check.err == "");
    CHECK(check.exit_code == 0);

    const std::string all = read_file(dir / "all.json");
    const std::string one = read_file(dir / "single.json");
    // The same inputs, in the same (sorted) order, with the same totals as one run.
    CHECK(report_inputs(all) == report_inputs(one));
    CHECK(report_inputs(all).size() == 12);
    for (const char* key : {"inputs", "converted", "failed", "skipped", "warnings", "outputs"}) {
        CHECK(totals_member(all, key) == totals_member(one, key));
    }
    // The output hashes are those a single run wrote (same bytes, other folder).
    const std::regex sha("\"sha256\": \"([0-9a-f]{64})\"");
    std::vector<std::string> a, b;
    for (auto it = std::sregex_iterator(all.begin(), all.end(), sha); it != std::sregex_iterator();
         ++it) {
        a.push_back((*it)[1]);
    }
    for (auto it = std::sregex_iterator(one.begin(), one.end(), sha); it != std::sregex_iterator();
         ++it) {
        b.push_back((*it)[1]);
    }
    CHECK(a == b);
}

TEST_CASE("report merge refuses reports that are not shards of one run", "[cli][report]") {
    TempDir dir;
    write_file(dir / "in" / "a.yaml", read_file(seed));
    write_file(dir / "in" / "b.yaml", read_file(seed));
    auto one = run_galley({"convert", (dir / "in").string(), "--to", "json", "-d",
                           (dir / "out").string(), "-q", "--report", (dir / "one.json").string()});
    REQUIRE(one.exit_code == 0);
    auto again =
        run_galley({"convert", (dir / "in" / "a.yaml").string(), "--to", "json", "-d",
                    (dir / "out2").string(), "-q", "--report", (dir / "again.json").string()});
    REQUIRE(again.exit_code == 0);
    auto other = run_galley({"convert", (dir / "in" / "b.yaml").string(), "--to", "json", "-O",
                             "json.indent=0", "-d", (dir / "out3").string(), "-q", "--report",
                             (dir / "other.json").string()});
    REQUIRE(other.exit_code == 0);
    write_file(dir / "junk.json", "{\"not\": \"a report\"}");

    SECTION("an input in two reports: the shards overlap") {
        auto r = run_galley(
            {"report", "merge", (dir / "one.json").string(), (dir / "again.json").string()});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("the shards overlap") != std::string::npos);
    }
    SECTION("other options") {
        auto r = run_galley(
            {"report", "merge", (dir / "again.json").string(), (dir / "other.json").string()});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("not shards of one run") != std::string::npos);
    }
    SECTION("not a report") {
        auto r = run_galley({"report", "merge", (dir / "junk.json").string()});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("not a galley run report") != std::string::npos);
    }
    SECTION("the output names an input report") {
        auto r = run_galley(
            {"report", "merge", (dir / "one.json").string(), "-o", (dir / "one.json").string()});
        CHECK(r.exit_code == 2);
        CHECK(read_file(dir / "one.json").find("\"galley_report\"") != std::string::npos);
    }
}
