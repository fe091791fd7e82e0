// Limits: input size, nesting depth, alias expansion, block count. Each is a located
// error that comes quickly, never a crash or runaway memory. "Quickly" is CTest's
// TIMEOUT on every unit test (tests/CMakeLists.txt): a hang or a blow-up kills the
// test process and fails it, which no in-process guard can do.
#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;
using Lines = std::vector<std::string>;

namespace {

std::string billion_laughs(int levels) {
    std::string yaml =
        minimal_article + "x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < levels; ++i) {
        yaml += "x-l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) {
            yaml += (k ? ", *l" : "*l") + std::to_string(i - 1);
        }
        yaml += "]\n";
    }
    return yaml;
}

}  // namespace

TEST_CASE("loader limits: a billion laughs is refused at once") {
    const std::string yaml = billion_laughs(10);
    const LoadResult r = load_yaml(yaml);
    CHECK_FALSE(r.ok());
    CHECK(lines_of(r) == Lines{"t.yaml:11:12: error: more than 200000 YAML nodes once aliases are "
                               "expanded (the limit); "
                               "anchors and aliases must not multiply the document"});
}

TEST_CASE("loader limits: the expansion limit counts alias targets not alias tokens") {
    LoadLimits limits;
    limits.max_expanded_nodes = 30;
    // Each *a stands for 4 nodes (the list and its items).
    const std::string ok = minimal_article + "x-a: &a [1, 2, 3]\nx-b: [*a]\n";
    CHECK(diagnostics_of(ok, ".", limits).empty());
    const std::string over = minimal_article + "x-a: &a [1, 2, 3]\nx-b: [*a, *a, *a]\n";
    CHECK(
        diagnostics_of(over, ".", limits) ==
        Lines{"t.yaml:7:15: error: more than 30 YAML nodes once aliases are expanded (the limit); "
              "anchors and aliases must not multiply the document"});
}

TEST_CASE("loader limits: nesting depth block and flow and through aliases") {
    const std::string flow =
        minimal_article + "x-deep: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
    const LoadResult r = load_yaml(flow);
    CHECK(lines_of(r) == Lines{"t.yaml:6:72: error: nesting deeper than 64 levels (the limit)"});

    std::string block = minimal_article + "x-deep:\n";
    for (std::size_t i = 0; i < 70; ++i) {
        block += std::string(2 * i + 2, ' ') + "-\n";
    }
    const Lines lines = diagnostics_of(block);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("error: nesting deeper than 64 levels (the limit)") != std::string::npos);

    LoadLimits limits;
    limits.max_depth = 4;
    CHECK(diagnostics_of(minimal_article + "x-a: &a [[1]]\nx-b: [[*a]]\n", ".", limits) ==
          Lines{"t.yaml:7:8: error: nesting deeper than 4 levels (the limit)"});
}

TEST_CASE("loader limits: past yaml-cpp's own recursion guard the message is still ours") {
    LoadLimits limits;
    limits.max_depth = 100000;
    const std::string flow =
        minimal_article + "x-deep: " + std::string(2000, '[') + std::string(2000, ']') + "\n";
    const Lines lines = diagnostics_of(flow, ".", limits);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("error: nesting deeper than yaml-cpp can parse (") != std::string::npos);
    CHECK(lines[0].find("bad file") == std::string::npos);
}

TEST_CASE("loader limits: too many blocks in both body forms") {
    LoadLimits limits;
    limits.max_blocks = 3;
    const std::string head = "id: t\nlanguage: en\nheadline: T\npublished: 2024-01-01\n";
    CHECK(diagnostics_of(head + "body: [a, b, c]\n", ".", limits).empty());
    CHECK(diagnostics_of(head + "body: [a, b, c, d, e]\n", ".", limits) ==
          Lines{"t.yaml:5:17: error: the body has more than 3 blocks (the limit)"});
    // A refused block counts too.
    CHECK(diagnostics_of(head + "body: [a, '', c, d]\n", ".", limits) ==
          Lines{"t.yaml:5:11: error: empty paragraph in 'body'",
                "t.yaml:5:18: error: the body has more than 3 blocks (the limit)"});
    CHECK(diagnostics_of(head + "body: |\n  a\n\n  b\n\n  c\n\n  d\n", ".", limits) ==
          Lines{"t.yaml:12:3: error: the body has more than 3 blocks (the limit)"});
    // The default limit, 10 000 blocks.
    std::string many = head + "body: [";
    for (int i = 0; i < 10001; ++i) {
        many += i ? ",x" : "x";
    }
    many += "]\n";
    CHECK(diagnostics_of(many) ==
          Lines{"t.yaml:5:20008: error: the body has more than 10000 blocks (the limit)"});
}

TEST_CASE("loader limits: input size checked before reading a file") {
    LoadLimits limits;
    limits.max_input_bytes = 64;
    CHECK(diagnostics_of(minimal_article + "x-pad: " + std::string(100, 'x') + "\n", ".", limits) ==
          Lines{"t.yaml: error: the file is larger than 64 bytes (the input size limit)"});

    TempDir dir;
    // A sparse 1 GiB file: refusing it must not read (or even touch) its content.
    const fs::path huge = dir / "huge.yaml";
    write_file(huge, "id: t\n");
    fs::resize_file(huge, 1ull << 30);
    const LoadResult r = load_article_file(huge);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].format() ==
          huge.string() + ": error: the file is larger than 16777216 bytes (the input size limit)");
}

TEST_CASE("loader limits: files that cannot be read") {
    TempDir dir;
    const LoadResult missing = load_article_file(dir / "nope.yaml");
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].format() ==
          (dir / "nope.yaml").string() +
              ": error: cannot read the article: No such file or directory");
    const LoadResult folder = load_article_file(dir.path());
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(folder.diagnostics[0].message == "cannot read the article: it is a folder");
}
