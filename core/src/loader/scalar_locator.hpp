// Maps a byte offset inside a scalar's parsed value back to its place in the source.
#pragma once

#include <cstddef>
#include <string_view>

namespace galley::detail {

/// Finds where the character at a given offset of a scalar's *value* stands in the
/// source, through quotes, escapes, line folding and block indentation, so that an
/// error inside a paragraph (a bad link, a stray image) points at the character
/// itself. It walks value and source side by side; queries that move forward continue
/// from the last one, so locating every block of a long body costs one pass. When
/// value and source cannot be matched (an unusual escape), it answers with the
/// scalar's start: a correct line, if a less precise column.
class ScalarLocator {
public:
    /// `node_offset` is the scalar node's mark; `value` its parsed text.
    ScalarLocator(std::string_view source, std::size_t node_offset, std::string_view value);

    std::size_t locate(std::size_t value_offset);

private:
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Block };
    void restart();
    bool step();

    std::string_view m_source;
    std::string_view m_value;
    std::size_t m_start = 0;  // first source byte of the content
    Style m_style = Style::Plain;
    std::size_t m_v = 0;  // walk position in the value
    std::size_t m_s = 0;  // matching position in the source
    bool m_lost = false;
    std::size_t m_lost_at = 0;  // the value offset where value and source disagreed
};

}  // namespace galley::detail
