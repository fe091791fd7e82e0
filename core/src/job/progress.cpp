// Progress bar and message serialisation on standard error.
#include "job/progress.hpp"

#include <cstdio>

namespace galley::detail {

Progress::Progress(std::ostream& err, bool enabled, bool terminal, std::size_t total)
    : m_err(err), m_enabled(enabled && total > 0), m_terminal(terminal), m_total(total),
      m_start(std::chrono::steady_clock::now()) {}

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

void Progress::advance() {
    std::lock_guard lock(m_mutex);
    ++m_done;
    if (!m_enabled) {
        return;
    }
    if (m_terminal) {
        auto now = std::chrono::steady_clock::now();
        // Redraw at most 20 times a second: a fast batch would otherwise spend its time
        // writing to the terminal.
        if (m_done == m_total || now - m_last_draw > std::chrono::milliseconds(50)) {
            m_last_draw = now;
            draw_locked();
        }
        return;
    }
    std::size_t decile = m_done * 10 / m_total;
    if (decile > m_last_decile) {
        m_last_decile = decile;
        double s = elapsed_seconds();
        char buf[128];
        std::snprintf(buf, sizeof buf, "progress: %zu/%zu (%zu%%), %.0f articles/s\n", m_done,
                      m_total, m_done * 100 / m_total,
                      s > 0 ? static_cast<double>(m_done) / s : 0.0);
        m_err << buf << std::flush;
    }
}

void Progress::draw_locked() {
    constexpr int width = 30;
    double s = elapsed_seconds();
    double rate = s > 0 ? static_cast<double>(m_done) / s : 0.0;
    double eta = rate > 0 ? static_cast<double>(m_total - m_done) / rate : 0.0;
    int filled = static_cast<int>(static_cast<double>(width) * static_cast<double>(m_done) /
                                  static_cast<double>(m_total));
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(width - filled), ' ');
    char buf[192];
    std::snprintf(buf, sizeof buf, "\r[%s] %zu/%zu  %.0f/s  ETA %.0fs \033[K", bar.c_str(), m_done,
                  m_total, rate, eta);
    m_err << buf << std::flush;
    m_bar_visible = true;
}

void Progress::print(const std::string& line) {
    std::lock_guard lock(m_mutex);
    if (m_bar_visible) {
        m_err << "\r\033[K";
    }
    m_err << line;
    if (m_bar_visible) {
        draw_locked();
    } else {
        m_err.flush();
    }
}

void Progress::finish() {
    std::lock_guard lock(m_mutex);
    if (m_bar_visible) {
        m_err << "\r\033[K" << std::flush;
        m_bar_visible = false;
    }
}

}  // namespace galley::detail
