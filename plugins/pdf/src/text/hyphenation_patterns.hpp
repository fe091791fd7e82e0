// What libhyphen is given from a .dic file, shared by the exporter and the build-time
// dictionary compiler (build_tools/compile_hyphenation.cpp) so both parse the same text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace galley::pdf {

/// The pattern lines of a .dic file's text, each ending in '\n'. hyph_ru_RU.dic ends with
/// a TeX \hyphenation{...} block of exception words that libhyphen would read as
/// patterns (clashing with real ones, and leaking memory on each clash); it is left out,
/// as is every other line with a backslash or a brace.
std::string hyphenation_patterns(std::string_view file_text);

/// FNV-1a (64 bit) of a .dic file's bytes: tells whether the file on disk is the one a
/// dictionary was compiled from at build time. Not a security measure; the file is
/// trusted either way.
std::uint64_t dictionary_fingerprint(std::string_view file_text);

}  // namespace galley::pdf
