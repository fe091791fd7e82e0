// The progress display of batch conversion, and the lock that keeps messages and the
// bar from interleaving on standard error.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace galley::detail {

/// A bar with count, rate and ETA redrawn in place on a terminal, or a plain line every
/// 10 % elsewhere; nothing when disabled. Thread-safe.
class Progress {
public:
    Progress(std::ostream& err, bool enabled, bool terminal, std::size_t total);

    /// One more input finished.
    void advance();
    /// Prints `line` (one message, with its newline) without tearing the bar.
    void print(const std::string& line);
    /// Removes the bar (a terminal) before the closing summary.
    void finish();

    double elapsed_seconds() const;

private:
    void draw_locked();

    std::ostream& m_err;
    bool m_enabled;
    bool m_terminal;
    std::size_t m_total;
    std::size_t m_done = 0;
    std::size_t m_last_decile = 0;
    bool m_bar_visible = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
    std::mutex m_mutex;
};

}  // namespace galley::detail
