// The article's bytes with a line index: byte offsets to 1-based line and column.
#pragma once

#include <galley/document.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace galley::detail {

/// The text being loaded, without its UTF-8 byte order mark. Every location inside the
/// loader is a byte offset into text(); position() turns it into what a person sees:
/// a 1-based line and a 1-based column counted in characters (code points), so a
/// column after "Ёлка" is the same whatever the encoding width of its letters. An
/// invalid byte counts as one column.
class SourceText {
public:
    explicit SourceText(std::string_view bytes);

    std::string_view text() const { return m_text; }
    Position position(std::size_t offset) const;
    /// The same, knowing that `known` (at or before `offset`) is at `known_position`: the
    /// columns are counted from there when both are on one line.
    Position position_from(std::size_t offset, std::size_t known, Position known_position) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_line_starts;
};

}  // namespace galley::detail
