// Atomic output files: a uniquely named temporary file in the target's folder, written
// whole, then renamed over the target.
#include "job/atomic_output.hpp"

#include <galley/diagnostic.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <set>
#include <unistd.h>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void fail(const fs::path& target, const std::string& what, int err) {
    throw Error(ErrorCode::ExportFailed,
                "cannot write " + target.string() + ": " + what + ": " + std::strerror(err));
}

// Folders this process has already made sure exist: a batch writes thousands of files
// into a handful of folders, and create_directories() costs a stat() per call.
void ensure_folder(const fs::path& target, const fs::path& dir) {
    static std::mutex mutex;
    static std::set<std::string> known;
    if (dir.empty()) {
        return;
    }
    {
        std::lock_guard lock(mutex);
        if (known.count(dir.native())) {
            return;
        }
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        fail(target, "cannot create folder " + dir.string(), ec.value());
    }
    std::lock_guard lock(mutex);
    known.insert(dir.native());
}

// Opens a new temporary file next to `target`. O_EXCL with a name unique to this
// process and call replaces mkstemp(): the file gets 0666 less the umask directly
// (mkstemp's 0600 needed an fchmod), and a name left over from a crash is skipped.
int open_temporary(const fs::path& target, std::string& temp) {
    static std::atomic<unsigned long> counter{0};
    const std::string base = (target.parent_path() / ("." + target.filename().native())).native();
    for (int attempt = 0; attempt < 100; ++attempt) {
        temp = base;
        temp.append(".tmp-").append(std::to_string(getpid())).append("-").append(
            std::to_string(counter++));
        int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}
}  // namespace

void write_file_atomically(const fs::path& target, std::string_view bytes) {
    ensure_folder(target, target.parent_path());
    std::string temp;
    int fd = open_temporary(target, temp);
    if (fd < 0) {
        fail(target, "cannot create a temporary file", errno);
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            int err = errno;
            close(fd);
            unlink(temp.c_str());
            fail(target, "write failed", err);
        }
        done += static_cast<std::size_t>(n);
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
