// libFuzzer target: the loader, from bytes. Any input must give either an article or
// at least one located error, never a crash, a hang or unbounded memory.
#include "fuzz_support.hpp"

#include <galley/loader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

// Image paths resolve against a folder of real (and deliberately broken) images the
// build assembles, so the fuzzer reaches the image checks too.
#ifndef GALLEY_FUZZ_FILES_DIR
#error "GALLEY_FUZZ_FILES_DIR must name the folder image paths resolve against"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view yaml(reinterpret_cast<const char*>(data), size);
    const galley::LoadResult result =
        galley::load_article_text(yaml, "fuzz.yaml", GALLEY_FUZZ_FILES_DIR);
    // Messages quote what they complain about, but every diagnostic is UTF-8 whatever the
    // input (fuzz/regressions/README.md: a raw byte in an unknown key, a file yaml-cpp
    // would read as UTF-32).
    bool has_error = false;
    for (const auto& d : result.diagnostics) {
        has_error = has_error || d.severity == galley::Severity::Error;
        const std::string line = d.format();
        if (d.message.empty() || !galley::fuzz::is_valid_utf8(line)) {
            galley::fuzz::fail("a diagnostic is empty or not UTF-8", line);
        }
    }
    if (result.ok() == has_error) {
        galley::fuzz::fail(result.ok() ? "an article came back with an error"
                                       : "no article and no error");
    }
    return 0;
}
