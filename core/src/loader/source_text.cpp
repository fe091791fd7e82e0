// Line index and character columns for diagnostics.
#include "loader/source_text.hpp"

#include <galley/text.hpp>

#include <algorithm>
#include <cstring>

namespace galley::detail {

SourceText::SourceText(std::string_view bytes) {
    // yaml-cpp drops a leading BOM and counts its marks after it; so do we.
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
    }
    m_text = bytes;
    m_line_starts.push_back(0);
    const char* begin = bytes.data();
    const char* end = begin + bytes.size();
    for (const char* p = begin; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) {
            break;
        }
        p = static_cast<const char*>(nl) + 1;
        m_line_starts.push_back(static_cast<std::size_t>(p - begin));
    }
}

Position SourceText::position(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const std::size_t line_index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
    std::size_t pos = m_line_starts[line_index];
    int column = 1;
    while (pos < offset) {
        next_code_point(m_text, pos);
        ++column;
    }
    return {static_cast<int>(line_index) + 1, column};
}

Position SourceText::position_from(std::size_t offset, std::size_t known,
                                   Position known_position) const {
    offset = std::min(offset, m_text.size());
    known = std::min(known, offset);
    const std::size_t line_index = static_cast<std::size_t>(known_position.line) - 1;
    const bool same_line =
        line_index < m_line_starts.size() && m_line_starts[line_index] <= known &&
        (line_index + 1 == m_line_starts.size() || offset < m_line_starts[line_index + 1]);
    if (!same_line) {
        return position(offset);
    }
    std::size_t pos = known;
    int column = known_position.column;
    while (pos < offset) {
        next_code_point(m_text, pos);
        ++column;
    }
    return {known_position.line, column};
}

}  // namespace galley::detail
