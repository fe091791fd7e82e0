// Diagnostics in source order, with character columns.
#include "loader/reporter.hpp"

#include <galley/text.hpp>

#include <algorithm>
#include <cstdio>

namespace galley::detail {

namespace {

// Messages quote keys, values, aliases and tags from the article, which may hold bytes
// that are not UTF-8 (already reported at their place) or control characters. A
// diagnostic is one line of UTF-8 whatever the input: such bytes are shown as \xHH.
std::string printable(std::string message) {
    auto needs_escape = [&](std::size_t& pos) {
        const std::size_t start = pos;
        const char32_t cp = next_code_point(message, pos);
        return (cp == 0xFFFD && pos == start + 1) || cp < 0x20 || cp == 0x7F;
    };
    bool clean = true;
    for (std::size_t pos = 0; clean && pos < message.size();) {
        clean = !needs_escape(pos);
    }
    if (clean) {
        return message;
    }
    std::string out;
    out.reserve(message.size() + 8);
    std::size_t pos = 0;
    while (pos < message.size()) {
        const std::size_t start = pos;
        if (needs_escape(pos)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(message[start]));
            out += buf;
            pos = start + 1;
        } else {
            out.append(message, start, pos - start);
        }
    }
    return out;
}

}  // namespace

void Reporter::add(std::size_t offset, Severity severity, std::string message) {
    if (severity == Severity::Error) {
        if (full()) {
            ++m_errors;
            ++m_unlisted;
            return;
        }
        ++m_errors;
    }
    m_entries.push_back({true, offset, severity, printable(std::move(message))});
}

void Reporter::file_error(std::string message) {
    ++m_errors;
    m_entries.push_back({false, 0, Severity::Error, printable(std::move(message))});
}

void Reporter::stop_listing(std::size_t offset, std::string message) {
    ++m_errors;
    m_last_word.assign(1, {true, offset, Severity::Error, printable(std::move(message))});
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
