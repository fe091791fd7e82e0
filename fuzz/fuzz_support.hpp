// What the fuzz targets share: where their fixed inputs live, and cheap checks that an
// output is what its format promises. A failed check aborts, so libFuzzer (or the
// standalone replay runner) reports it as a crash with the input that caused it.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace galley::fuzz {

/// Stops the run with a message; libFuzzer saves the input as crash-<sha1>.
[[noreturn]] inline void fail(std::string_view what, std::string_view detail = {}) {
    std::fprintf(stderr, "galley fuzz check failed: %.*s%s%.*s\n", static_cast<int>(what.size()),
                 what.data(), detail.empty() ? "" : ": ", static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

/// Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view text);

/// Well-formed XML per libxml2, without fetching anything from the network.
bool is_well_formed_xml(std::string_view text, std::string* error = nullptr);

}  // namespace galley::fuzz
