// Atomic output files: mkstemp in the target's folder, write, rename.
#include "job/atomic_output.hpp"

#include <galley/diagnostic.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {
// umask() can only be read by setting it; do that once, before any worker starts
// writing, so no thread ever observes the temporary value.
mode_t file_mode() {
    static const mode_t mode = [] {
        mode_t mask = umask(022);
        umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    return mode;
}

[[noreturn]] void fail(const fs::path& target, const std::string& what, int err) {
    throw Error(ErrorCode::ExportFailed,
                "cannot write " + target.string() + ": " + what + ": " + std::strerror(err));
}
}  // namespace

void write_file_atomically(const fs::path& target, std::string_view bytes) {
    const mode_t mode = file_mode();
    fs::path dir = target.parent_path();
    if (!dir.empty()) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) {
            fail(target, "cannot create folder " + dir.string(), ec.value());
        }
    }
    // Built with append(): "." + name trips GCC 12's false -Wrestrict (PR 105329).
    std::string name(".");
    name.append(target.filename().string()).append(".tmp-XXXXXX");
    std::string temp = (dir / name).string();
    int fd = mkstemp(temp.data());
    if (fd < 0) {
        fail(target, "cannot create a temporary file", errno);
    }
    auto discard = [&](const std::string& what) {
        int err = errno;
        close(fd);
        unlink(temp.c_str());
        fail(target, what, err);
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            discard("write failed");
        }
        done += static_cast<std::size_t>(n);
    }
    if (fchmod(fd, mode) != 0) {
        discard("cannot set permissions");
    }
    if (close(fd) != 0) {
        int err = errno;
        unlink(temp.c_str());
        fail(target, "close failed", err);
    }
    if (rename(temp.c_str(), target.c_str()) != 0) {
        int err = errno;
        unlink(temp.c_str());
        fail(target, "rename failed", err);
    }
}

}  // namespace galley::detail
