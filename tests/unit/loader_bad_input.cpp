// Every fixture in tests/bad-input/ gives exactly the diagnostics in its .expected file.
#include "loader_fixtures.hpp"
#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace galley;
using namespace galley::test;

namespace {
std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(line);
    }
    return out;
}
}  // namespace

TEST_CASE("loader bad input: each fixture has its header and its expected diagnostics") {
    const auto fixtures = bad_input_fixtures();
    REQUIRE(fixtures.size() >= 20);
    for (const auto& f : fixtures) {
        INFO(f.file.filename().string());
        CHECK_FALSE(f.expect.empty());
        fs::path expected = f.file;
        expected.replace_extension(".expected");
        CHECK(fs::exists(expected));
    }
    // And no .expected without its fixture.
    for (const auto& entry : fs::directory_iterator(bad_input_dir())) {
        if (entry.path().extension() == ".expected") {
            fs::path yaml = entry.path();
            yaml.replace_extension(".yaml");
            INFO(entry.path().filename().string());
            CHECK(fs::exists(yaml));
        }
    }
}

TEST_CASE("loader bad input: each fixture is refused with exactly its expected lines") {
    const std::string prefix = bad_input_dir().string() + "/";
    for (const auto& f : bad_input_fixtures()) {
        fs::path expected_file = f.file;
        expected_file.replace_extension(".expected");
        if (!fs::exists(expected_file)) {
            continue;  // reported by the test above
        }
        INFO(f.file.filename().string() << ": " << f.expect);
        // Bombs must come back quickly: the unit tests' CTest TIMEOUT fails a hang.
        const LoadResult result = load_article_file(f.file);
        std::vector<std::string> lines;
        for (const auto& d : result.diagnostics) {
            std::string line = d.format();
            if (line.rfind(prefix, 0) == 0) {
                line.erase(0, prefix.size());
            }
            lines.push_back(line);
        }
        CHECK_FALSE(result.ok());
        REQUIRE_FALSE(lines.empty());
        CHECK(result.diagnostics[0].severity == Severity::Error);
        CHECK(lines == split_lines(read_file(expected_file)));
    }
}
