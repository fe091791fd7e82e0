// A worker killed mid-write leaves its temporary file behind; the next run that writes the
// same output takes it over, so a rerun (--skip-unchanged after a lost pod) leaves nothing
// partial. A temporary file another live process holds is never taken.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace galley::test;

namespace {
const fs::path seed = samples_dir() / "harbin-expo.yaml";
}

TEST_CASE("a partial temporary file left by a killed writer is taken over by the next run",
          "[cli][output]") {
    TempDir dir;
    const fs::path stale = dir / "out" / ".harbin-expo.json.tmp";
    write_file(stale, "{\"partial\": ");  // what a SIGKILL mid-write leaves
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-d", (dir / "out").string()});
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(fs::exists(stale));
    CHECK(read_file(dir / "out" / "harbin-expo.json").find("\"galley_json\": 1") !=
          std::string::npos);
    for (const auto& e : fs::directory_iterator(dir / "out")) {
        CHECK(e.path().filename().string().front() != '.');
    }
}

TEST_CASE("a temporary file another live writer holds is left alone", "[cli][output]") {
    TempDir dir;
    const fs::path held = dir / "out" / ".harbin-expo.json.tmp";
    write_file(held, "someone else's half-written file");
    const int fd = ::open(held.c_str(), O_WRONLY);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    auto r = run_galley({"convert", seed.string(), "--to", "json", "-d", (dir / "out").string()});
    ::close(fd);
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(held) == "someone else's half-written file");
    CHECK(fs::exists(dir / "out" / "harbin-expo.json"));
}
