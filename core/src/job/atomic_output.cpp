// Output files (cli.md): a regular file, or a name that does not exist yet, is written
// to a uniquely named temporary file in the target's folder and renamed over it. A
// target that exists and is not a regular file (a device such as /dev/null, a FIFO, a
// terminal, /dev/stdout) is written into directly: renaming over it would replace the
// device node or the pipe's name with a regular file.
#include "job/atomic_output.hpp"

#include <galley/diagnostic.hpp>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <set>
#include <sys/file.h>
#include <sys/stat.h>
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

// Writes all of `bytes` to `fd`; 0, or the errno of the failed write.
int write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

// The file name of a temporary file beside `target`: ".<name><suffix>" while that fits
// in NAME_MAX, else ".<hash of name><suffix>", so a legal output name near the 255-byte
// limit never fails because of its temporary name.
std::string temporary_name(const fs::path& target, const char* suffix) {
    const std::string name = target.filename().native();
    std::string out(1, '.');
    if (1 + name.size() + std::strlen(suffix) <= NAME_MAX) {
        out.append(name);
    } else {
        std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a: only needs to vary between names
        for (unsigned char c : name) {
            h ^= c;
            h *= 0x100000001b3ull;
        }
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
        out.append(hex);
    }
    out.append(suffix);
    return out;
}

// A temporary file that is removed when it goes out of scope unless it was renamed,
// whatever throws in between (std::bad_alloc included): nothing is ever left behind.
class TemporaryFile {
public:
    // Opens a temporary file next to `target`: the target's own reusable one when it is
    // free (open_reusable), else a new one. O_EXCL with a name unique to this process
    // and call replaces mkstemp(): the file gets 0666 less the umask directly (mkstemp's
    // 0600 needed an fchmod).
    explicit TemporaryFile(const fs::path& target) {
        if (open_reusable(target)) {
            return;
        }
        static std::atomic<unsigned long> counter{0};
        for (int attempt = 0; attempt < 100; ++attempt) {
            char suffix[64];
            std::snprintf(suffix, sizeof suffix, ".tmp-%ld-%lu", static_cast<long>(getpid()),
                          counter++);
            m_path = (target.parent_path() / temporary_name(target, suffix)).native();
            m_fd = open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd >= 0 || errno != EEXIST) {
                break;
            }
        }
        if (m_fd < 0) {
            int err = errno;
            m_path.clear();
            fail(target, "cannot create a temporary file", err);
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (m_fd >= 0) {
            close(m_fd);
        }
        if (!m_path.empty()) {
            unlink(m_path.c_str());
        }
    }

    int fd() const { return m_fd; }

    /// Closes the file and renames it to `target`; 0, or the errno of what failed.
    int commit(const fs::path& target) {
        int fd = m_fd;
        m_fd = -1;
        if (close(fd) != 0 || rename(m_path.c_str(), target.c_str()) != 0) {
            return errno;
        }
        m_path.clear();
        return 0;
    }

private:
    // The temporary file every writer of `target` uses first: ".<name>.tmp", held with an
    // exclusive flock() while it is written. A process killed mid-write (a pod evicted, a
    // worker sent SIGKILL) leaves its partial file under this name, unlocked; the next
    // run that writes the same target takes it over, truncates it and renames it away,
    // so a rerun leaves nothing partial behind. When another live process holds it, or
    // the name is not a plain file of ours, the caller falls back to a unique name.
    bool open_reusable(const fs::path& target) {
        const std::string path = (target.parent_path() / temporary_name(target, ".tmp")).native();
        const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            return false;
        }
        struct stat held {
        }, named{};
        // Locked, a regular file, and still the file the name points to: a writer that
        // renamed it away between our open() and flock() would otherwise hand us the
        // finished output to truncate.
        if (flock(fd, LOCK_EX | LOCK_NB) != 0 || fstat(fd, &held) != 0 || !S_ISREG(held.st_mode) ||
            lstat(path.c_str(), &named) != 0 || named.st_ino != held.st_ino ||
            named.st_dev != held.st_dev || ftruncate(fd, 0) != 0) {
            close(fd);
            return false;
        }
        m_fd = fd;
        m_path = path;
        return true;
    }

    int m_fd = -1;
    std::string m_path;
};

// Writes into an existing file that is not a regular one (a device, a FIFO, a terminal).
// There is no whole-or-nothing for these: what was written stays written.
void write_into(const fs::path& target, std::string_view bytes) {
    int fd = open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        fail(target, "cannot open", errno);
    }
    int err = write_all(fd, bytes);
    if (close(fd) != 0 && err == 0 && errno != EINTR) {
        err = errno;
    }
    if (err != 0) {
        fail(target, "write failed", err);
    }
}

// The name a new file for `target` gets when `target` is a dangling symbolic link: the
// link's destination (the shell's `>` does the same), followed through further links.
fs::path follow_dangling_links(const fs::path& target) {
    fs::path p = target;
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(p, ec)) || ec) {
            return p;
        }
        fs::path to = fs::read_symlink(p, ec);
        if (ec) {
            fail(target, "cannot read the symbolic link", ec.value());
        }
        p = to.is_absolute() ? to : p.parent_path() / to;
    }
    fail(target, "cannot follow the symbolic link", ELOOP);
}
}  // namespace

void write_file_atomically(const fs::path& target, std::string_view bytes) {
    // One lstat() in the common cases (a new name, a regular file): a batch writes
    // thousands of files. Only a symbolic link costs more.
    fs::path file = target;
    struct stat st {};
    if (lstat(target.c_str(), &st) != 0) {
        st.st_mode = 0;  // not there (or unreachable: creating the temporary file says why)
    } else if (S_ISLNK(st.st_mode)) {
        if (stat(target.c_str(), &st) != 0) {
            file = follow_dangling_links(target);
            st.st_mode = 0;
        } else if (S_ISREG(st.st_mode)) {
            // The file itself is replaced; every link to it stays a link.
            std::error_code ec;
            file = fs::canonical(target, ec);
            if (ec) {
                fail(target, "cannot resolve the path", ec.value());
            }
        }
    }
    if (S_ISDIR(st.st_mode)) {
        fail(target, "it is a folder", EISDIR);
    }
    if (st.st_mode != 0 && !S_ISREG(st.st_mode)) {
        write_into(target, bytes);
        return;
    }

    ensure_folder(target, file.parent_path());
    TemporaryFile temp(file);
    if (int err = write_all(temp.fd(), bytes)) {
        fail(target, "write failed", err);
    }
    if (int err = temp.commit(file)) {
        fail(target, "cannot replace the file", err);
    }
}

}  // namespace galley::detail
