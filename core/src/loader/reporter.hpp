// Collects the loader's diagnostics by source offset and hands them out in source order.
#pragma once

#include "loader/source_text.hpp"

#include <galley/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace galley::detail {

/// Every problem found while loading one article. Problems are recorded against byte
/// offsets into the SourceText (or against no place at all, for the file as a whole)
/// and come out sorted by place, so the order of the checks never shows.
class Reporter {
public:
    Reporter(std::string file, const SourceText* source)
        : m_file(std::move(file)), m_source(source) {}

    void error(std::size_t offset, std::string message) {
        add(offset, Severity::Error, std::move(message));
    }
    void warning(std::size_t offset, std::string message) {
        add(offset, Severity::Warning, std::move(message));
    }
    /// A problem with the file as a whole (unreadable, too large): no line or column.
    void file_error(std::string message);

    /// Errors listed per file. Past this many, errors are still counted (the article is
    /// refused) but not listed: a thousand copies of one mistake help nobody, and each
    /// costs time and memory. take() ends the list with one line saying how many were left
    /// out, or with the line given to stop_listing().
    static constexpr std::size_t max_listed_errors = 50;
    /// True once max_listed_errors are listed: a check may stop looking for more.
    bool full() const { return m_errors >= max_listed_errors; }
    /// Ends the list with `message` at `offset` (why the rest is not worth listing).
    void stop_listing(std::size_t offset, std::string message);

    bool has_errors() const { return m_errors > 0; }
    std::size_t error_count() const { return m_errors; }
    /// Position of `offset` for Block::at and similar.
    Position position(std::size_t offset) const { return m_source->position(offset); }

    /// The diagnostics in source order (file-level ones first).
    std::vector<Diagnostic> take();

private:
    struct Entry {
        bool located;
        std::size_t offset;
        Severity severity;
        std::string message;
    };
    void add(std::size_t offset, Severity severity, std::string message);

    std::string m_file;
    const SourceText* m_source;
    std::vector<Entry> m_entries;
    std::size_t m_errors = 0;
    std::size_t m_unlisted = 0;      // errors past max_listed_errors
    std::vector<Entry> m_last_word;  // stop_listing()'s line
};

}  // namespace galley::detail
