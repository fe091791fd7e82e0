// Cutting a very long paragraph into pieces that are set one after the other. Total-fit
// line breaking holds a paragraph's boxes, glue, penalties and break candidates all at
// once (some 250 bytes per input byte), so a paragraph of megabytes would cost
// gigabytes; set in pieces of about `long_paragraph_bytes`, each ending at a line end,
// it costs what one piece does. Ordinary paragraphs are far shorter and set whole.
#pragma once

#include <galley/document.hpp>

#include <cstddef>
#include <vector>

namespace galley::pdf {

/// Paragraphs with more text than this (bytes of UTF-8) are set in pieces.
inline constexpr std::size_t long_paragraph_bytes = 64 * 1024;

/// The bytes of text in `text`, nested runs included.
std::size_t inline_text_bytes(const InlineText& text);

/// `text` cut into pieces of at least `piece_bytes` of text where possible, at a space
/// (which is dropped: it falls at a line end) or between two CJK ideographs. Emphasis,
/// strong and links around a cut are repeated in both pieces. Text with no such place
/// (one very long word) stays in one piece.
std::vector<InlineText> split_inline_text(const InlineText& text, std::size_t piece_bytes);

}  // namespace galley::pdf
