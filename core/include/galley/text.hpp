// Text helpers every exporter needs: inline runs as plain text, word counts, UTF-8.
#pragma once

#include <galley/document.hpp>
#include <galley/export.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace galley {

/// The characters of inline runs without markup: emphasis and links reduced to their
/// text, a line break as one space, runs of white space collapsed to one space and
/// trimmed at both ends. For fields that want plain text (NewsML headline, PDF info).
GALLEY_API std::string plain_text(const InlineText& text);

/// Collapses every run of white space (space, tab, newline, CR) to one space and trims.
GALLEY_API std::string collapse_whitespace(std::string_view text);

/// A character of Chinese, Japanese or Korean writing, by ICU's Script_Extensions
/// property (Han, hiragana, katakana, bopomofo, hangul, and the punctuation used with
/// them such as `、。「」`) or a full-width form (U+FF01.., the ideographic space).
GALLEY_API bool is_cjk(char32_t cp);

/// Words in the body, as a reader counts them: runs of letters, digits and marks
/// separated by space, punctuation or symbols; each CJK letter (ideograph, kana, hangul
/// syllable) counts as a word.
GALLEY_API std::size_t word_count(const Article& article);
GALLEY_API std::size_t word_count(std::string_view plain);

/// Decodes one UTF-8 code point at `pos` and advances `pos`. Returns U+FFFD and
/// advances one byte on a malformed sequence (input from the loader is always valid).
GALLEY_API char32_t next_code_point(std::string_view text, std::size_t& pos);

/// True when `text` is well-formed UTF-8 (every sequence decodes; no surrogates,
/// overlong forms or code points past U+10FFFF).
GALLEY_API bool is_valid_utf8(std::string_view text);

/// Appends the UTF-8 encoding of `cp`.
GALLEY_API void append_utf8(std::string& out, char32_t cp);

/// The article's language's primary subtag, lower case: "zh" for "zh-Hans".
GALLEY_API std::string primary_language(const Article& article);

}  // namespace galley
