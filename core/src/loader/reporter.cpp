// Diagnostics in source order, with character columns.
#include "loader/reporter.hpp"

#include <algorithm>

namespace galley::detail {

void Reporter::add(std::size_t offset, Severity severity, std::string message) {
    if (severity == Severity::Error) {
        if (full()) {
            ++m_errors;
            ++m_unlisted;
            return;
        }
        ++m_errors;
    }
    m_entries.push_back({true, offset, severity, std::move(message)});
}

void Reporter::file_error(std::string message) {
    ++m_errors;
    m_entries.push_back({false, 0, Severity::Error, std::move(message)});
}

void Reporter::stop_listing(std::size_t offset, std::string message) {
    ++m_errors;
    m_last_word.assign(1, {true, offset, Severity::Error, std::move(message)});
}

std::vector<Diagnostic> Reporter::take() {
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.located != b.located) {
            return !a.located;
        }
        return a.offset < b.offset;
    });
    if (!m_last_word.empty()) {
        m_entries.push_back(std::move(m_last_word.front()));
    } else if (m_unlisted > 0) {
        m_entries.push_back({false, 0, Severity::Error,
                             std::to_string(m_unlisted) + " more errors not listed (at most " +
                                 std::to_string(max_listed_errors) + " are listed per file)"});
    }
    std::vector<Diagnostic> out;
    out.reserve(m_entries.size());
    // Offsets come in order, so a position on the line of the previous one continues from
    // it: many errors in one long line cost one pass over the line, not one each.
    std::size_t previous_offset = 0;
    Position previous{0, 0};
    for (auto& e : m_entries) {
        Diagnostic d;
        d.severity = e.severity;
        d.where.file = m_file;
        if (e.located && m_source) {
            const Position p = previous.line > 0 && e.offset >= previous_offset
                                   ? m_source->position_from(e.offset, previous_offset, previous)
                                   : m_source->position(e.offset);
            d.where.line = p.line;
            d.where.column = p.column;
            previous_offset = e.offset;
            previous = p;
        }
        d.message = std::move(e.message);
        out.push_back(std::move(d));
    }
    m_entries.clear();
    m_last_word.clear();
    m_errors = 0;
    m_unlisted = 0;
    return out;
}

}  // namespace galley::detail
