// Helpers shared by every test suite: paths of this build, running commands, temporary
// folders, reading and writing files, golden-file comparison.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace galley::test {

namespace fs = std::filesystem;

/// Paths fixed at configure time.
fs::path source_dir();     ///< the repository
fs::path test_data_dir();  ///< tests/
fs::path samples_dir();    ///< samples/
fs::path binary_dir();     ///< the build tree
fs::path galley_exe();     ///< the built `galley`
fs::path plugin_dir();     ///< <build>/<libdir>/galley/plugins
fs::path newsml_kit();     ///< shared/newsml-g2 (may not exist)
/// <build>/tests/fixture-plugins/<name>: one deliberately broken plugin per folder.
fs::path fixture_plugin_dir(const std::string& name);

/// Every samples/*.yaml, sorted.
std::vector<fs::path> sample_files();

/// The result of running a program.
struct CommandResult {
    int exit_code = -1;  ///< the exit status, or 128 + signal when killed
    std::string out;     ///< standard output
    std::string err;     ///< standard error
};

/// Runs `argv` (argv[0] is looked up in PATH when it has no slash), feeding `input` to
/// its standard input, and waits. `env` entries ("NAME=value") are added to the
/// environment; `cwd` is the working folder when given.
CommandResult run(const std::vector<std::string>& argv, const std::string& input = {},
                  const std::vector<std::string>& env = {},
                  const std::optional<fs::path>& cwd = std::nullopt);

/// Runs the built `galley` with `args` (plugins from this build only).
CommandResult run_galley(const std::vector<std::string>& args, const std::string& input = {},
                         const std::optional<fs::path>& cwd = std::nullopt);

/// True when `program` is found in PATH.
bool have_program(const std::string& program);

/// A fresh empty folder, removed with everything in it when this object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return m_path; }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

std::string read_file(const fs::path& file);
void write_file(const fs::path& file, const std::string& bytes);

/// Compares `actual` with the golden file byte for byte. With GALLEY_ACCEPT=1 in the
/// environment, rewrites the golden file instead (pandoc's --accept) and returns true.
/// On a mismatch, returns false and puts a short description of the first difference
/// in `why`.
bool matches_golden(const fs::path& golden, const std::string& actual, std::string& why);

}  // namespace galley::test
