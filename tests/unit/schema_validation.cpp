// The JSON Schema (schemas/article.schema.json) agrees with the loader: every sample
// passes both, and the bad-input fixtures the schema can express fail both.
#include "loader_fixtures.hpp"
#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

using namespace galley;
using namespace galley::test;

namespace {

// Debian's python3-jsonschema and python3-yaml live with /usr/bin/python3, not with a
// python3 some other installation may put first in PATH.
const char* const python = "/usr/bin/python3";

// Runs the suites' schema checker on `files`: verdict line per file, by path.
std::map<std::string, std::string> validate(const std::vector<fs::path>& files) {
    std::vector<std::string> argv{
        python, (test_data_dir() / "tools" / "json_schema_check.py").string(), "--verdicts",
        (source_dir() / "schemas" / "article.schema.json").string()};
    for (const auto& f : files) {
        argv.push_back(f.string());
    }
    const CommandResult r = run(argv);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::map<std::string, std::string> verdicts;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
        for (const auto& f : files) {
            const std::string name = f.string();
            const std::size_t at = line.find(' ');
            if (at != std::string::npos && line.compare(at + 1, name.size(), name) == 0 &&
                (line.size() == at + 1 + name.size() || line[at + 1 + name.size()] == ':')) {
                verdicts[name] = line;
            }
        }
    }
    return verdicts;
}

}  // namespace

TEST_CASE("schema: the validator and its modules are there") {
    const CommandResult r = run(
        {python, "-c", "import jsonschema, yaml; print(jsonschema.Draft202012Validator.__name__)"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Draft202012Validator\n");
}

TEST_CASE("schema: every sample passes the loader and the JSON Schema") {
    const auto samples = sample_files();
    REQUIRE(samples.size() >= 5);
    const auto verdicts = validate(samples);
    for (const auto& s : samples) {
        INFO(s.string());
        const LoadResult r = load_article_file(s);
        CHECK(r.ok());
        CHECK(r.diagnostics.empty());
        REQUIRE(verdicts.count(s.string()) == 1);
        CHECK(verdicts.at(s.string()) == "valid " + s.string());
    }
}

TEST_CASE("schema: fixtures the schema can express fail it too the rest are documented gaps") {
    std::vector<fs::path> run_on;
    for (const auto& f : bad_input_fixtures()) {
        if (f.schema != SchemaVerdict::NotRun) {
            run_on.push_back(f.file);
        }
    }
    const auto verdicts = validate(run_on);
    std::size_t rejected = 0;
    for (const auto& f : bad_input_fixtures()) {
        INFO(f.file.filename().string() << ": " << f.expect);
        CHECK_FALSE(load_article_file(f.file).ok());
        if (f.schema == SchemaVerdict::NotRun) {
            continue;
        }
        REQUIRE(verdicts.count(f.file.string()) == 1);
        const std::string& verdict = verdicts.at(f.file.string());
        INFO(verdict);
        if (f.schema == SchemaVerdict::Rejects) {
            CHECK(verdict.rfind("invalid ", 0) == 0);
            ++rejected;
        } else {
            // Marked "accepts": the schema cannot see this mistake; the loader alone
            // catches it. If the schema learns to, the mark must change.
            CHECK(verdict.rfind("valid ", 0) == 0);
        }
    }
    CHECK(rejected >= 7);
}

TEST_CASE("schema: it refuses a few mistakes the loader refuses") {
    TempDir dir;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"no-date.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [x]\n"},
        {"bad-block.yaml", minimal_article + "x-ok: 1\nsubjects: [{code: nocolon, name: n}]\n"},
        {"two-kinds.yaml",
         "id: a\nlanguage: en\nheadline: H\nupdated: 2024-01-01\nbody: [{heading: h, quote: q}]\n"},
        {"level.yaml",
         "id: a\nlanguage: en\nheadline: H\nupdated: 2024-01-01\nbody: [{heading: h, level: 1}]\n"},
        {"rule.yaml",
         "id: a\nlanguage: en\nheadline: H\nupdated: 2024-01-01\nbody: [{rule: false}]\n"},
        {"embargo.yaml", minimal_article + "embargo: 2024-01-01\n"},
        {"lang.yaml", "id: a\nlanguage: en_US\nheadline: H\nupdated: 2024-01-01\nbody: [x]\n"},
        {"absolute.yaml", "id: a\nlanguage: en\nheadline: H\nupdated: 2024-01-01\nbody: [{image: "
                          "/etc/a.png, alt: a}]\n"},
    };
    std::vector<fs::path> files;
    for (const auto& [name, text] : cases) {
        write_file(dir / name, text);
        files.push_back(dir / name);
    }
    const auto verdicts = validate(files);
    for (const auto& f : files) {
        INFO(f.filename().string());
        CHECK_FALSE(load_article_file(f).ok());
        REQUIRE(verdicts.count(f.string()) == 1);
        CHECK(verdicts.at(f.string()).rfind("invalid ", 0) == 0);
    }
}
