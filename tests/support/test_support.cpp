// Implementation of the shared test helpers (posix_spawn, temp folders, golden files).
#include "test_support.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace galley::test {

fs::path source_dir() { return GALLEY_SOURCE_DIR; }
fs::path test_data_dir() { return GALLEY_TEST_DATA_DIR; }
fs::path samples_dir() { return source_dir() / "samples"; }
fs::path binary_dir() { return GALLEY_BINARY_DIR; }
fs::path galley_exe() { return GALLEY_EXE; }
fs::path plugin_dir() { return GALLEY_PLUGIN_DIR; }
fs::path newsml_kit() { return GALLEY_NEWSML_KIT; }
fs::path fixture_plugin_dir(const std::string& name) {
    return fs::path(GALLEY_FIXTURE_PLUGIN_DIR) / name;
}

std::vector<fs::path> sample_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(samples_dir())) {
        if (e.path().extension() == ".yaml") {
            out.push_back(e.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

CommandResult run(const std::vector<std::string>& argv, const std::string& input,
                  const std::vector<std::string>& env, const std::optional<fs::path>& cwd) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
        throw std::runtime_error("pipe failed");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
        posix_spawn_file_actions_addclose(&actions, fd);
    }
    // The working folder: posix_spawn has no portable chdir action in glibc 2.36's
    // public API before _np, so run through `sh -c 'cd DIR && exec "$@"'` when needed.
    std::vector<std::string> args = argv;
    if (cwd) {
        args.insert(args.begin(), {"/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", cwd->string()});
    }
    std::vector<char*> cargv;
    for (auto& a : args) {
        cargv.push_back(a.data());
    }
    cargv.push_back(nullptr);
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e) {
        env_strings.emplace_back(*e);
    }
    for (const auto& e : env) {
        auto name = e.substr(0, e.find('=') + 1);
        env_strings.erase(
            std::remove_if(env_strings.begin(), env_strings.end(),
                           [&](const std::string& s) { return s.rfind(name, 0) == 0; }),
            env_strings.end());
        env_strings.push_back(e);
    }
    std::vector<char*> cenv;
    for (auto& e : env_strings) {
        cenv.push_back(e.data());
    }
    cenv.push_back(nullptr);

    pid_t pid = 0;
    int rc = posix_spawnp(&pid, cargv[0], &actions, nullptr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    CommandResult result;
    if (rc != 0) {
        close(in_pipe[1]);
        close(out_pipe[0]);
        close(err_pipe[0]);
        result.exit_code = 127;
        result.err = std::string("cannot run ") + argv[0] + ": " + std::strerror(rc);
        return result;
    }
    // Feed stdin and drain both outputs together so no pipe fills up and blocks.
    std::size_t written = 0;
    int in_fd = in_pipe[1];
    if (input.empty()) {
        close(in_fd);
        in_fd = -1;
    }
    bool out_open = true, err_open = true;
    char buf[65536];
    while (out_open || err_open || in_fd >= 0) {
        pollfd fds[3];
        int n = 0;
        int idx_in = -1, idx_out = -1, idx_err = -1;
        if (in_fd >= 0) {
            fds[n] = {in_fd, POLLOUT, 0};
            idx_in = n++;
        }
        if (out_open) {
            fds[n] = {out_pipe[0], POLLIN, 0};
            idx_out = n++;
        }
        if (err_open) {
            fds[n] = {err_pipe[0], POLLIN, 0};
            idx_err = n++;
        }
        if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (idx_in >= 0 && fds[idx_in].revents) {
            ssize_t w = write(in_fd, input.data() + written, input.size() - written);
            if (w > 0) {
                written += static_cast<std::size_t>(w);
            }
            if (w < 0 || written == input.size()) {
                close(in_fd);
                in_fd = -1;
            }
        }
        auto drain = [&](int idx, int fd, bool& open, std::string& into) {
            if (idx >= 0 && fds[idx].revents) {
                ssize_t r = read(fd, buf, sizeof buf);
                if (r > 0) {
                    into.append(buf, static_cast<std::size_t>(r));
                } else {
                    open = false;
                }
            }
        };
        drain(idx_out, out_pipe[0], out_open, result.out);
        drain(idx_err, err_pipe[0], err_open, result.err);
    }
    close(out_pipe[0]);
    close(err_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

CommandResult run_galley(const std::vector<std::string>& args, const std::string& input,
                         const std::optional<fs::path>& cwd) {
    std::vector<std::string> argv{galley_exe().string()};
    argv.insert(argv.end(), args.begin(), args.end());
    // Plugins from this build only, whatever the caller's environment says.
    return run(argv, input, {"GALLEY_PLUGIN_PATH="}, cwd);
}

bool have_program(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream ss(path ? path : "");
    std::string dir;
    while (std::getline(ss, dir, ':')) {
        if (!dir.empty() && access((fs::path(dir) / program).c_str(), X_OK) == 0) {
            return true;
        }
    }
    return false;
}

TempDir::TempDir() {
    std::string templ = (fs::temp_directory_path() / "galley-test-XXXXXX").string();
    if (!mkdtemp(templ.data())) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + file.string());
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const fs::path& file, const std::string& bytes) {
    if (file.has_parent_path()) {
        fs::create_directories(file.parent_path());
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

bool matches_golden(const fs::path& golden, const std::string& actual, std::string& why) {
    const char* accept = std::getenv("GALLEY_ACCEPT");
    if (accept && std::string(accept) == "1") {
        write_file(golden, actual);
        return true;
    }
    if (!fs::exists(golden)) {
        why = "golden file " + golden.string() + " is missing (run with GALLEY_ACCEPT=1)";
        return false;
    }
    std::string expected = read_file(golden);
    if (expected == actual) {
        return true;
    }
    std::size_t i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
        ++i;
    }
    std::size_t line = 1 + static_cast<std::size_t>(std::count(
                               expected.begin(), expected.begin() + static_cast<long>(i), '\n'));
    auto excerpt = [&](const std::string& s) {
        std::size_t from = i >= 40 ? i - 40 : 0;
        return s.substr(from, 80);
    };
    why = golden.filename().string() + " differs at byte " + std::to_string(i) + " (line " +
          std::to_string(line) + ", expected " + std::to_string(expected.size()) + " bytes, got " +
          std::to_string(actual.size()) + ")\n  expected: " + excerpt(expected) +
          "\n  actual:   " + excerpt(actual);
    return false;
}

}  // namespace galley::test
