// Diagnostics in source order, with character columns.
#include "loader/reporter.hpp"

#include <algorithm>

namespace galley::detail {

void Reporter::add(std::size_t offset, Severity severity, std::string message) {
    m_errors += severity == Severity::Error;
    m_entries.push_back({true, offset, severity, std::move(message)});
}

void Reporter::file_error(std::string message) {
    ++m_errors;
    m_entries.push_back({false, 0, Severity::Error, std::move(message)});
}

std::vector<Diagnostic> Reporter::take() {
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.located != b.located) {
            return !a.located;
        }
        return a.offset < b.offset;
    });
    std::vector<Diagnostic> out;
    out.reserve(m_entries.size());
    for (auto& e : m_entries) {
        Diagnostic d;
        d.severity = e.severity;
        d.where.file = m_file;
        if (e.located && m_source) {
            const Position p = m_source->position(e.offset);
            d.where.line = p.line;
            d.where.column = p.column;
        }
        d.message = std::move(e.message);
        out.push_back(std::move(d));
    }
    m_entries.clear();
    m_errors = 0;
    return out;
}

}  // namespace galley::detail
