// Headless Chromium for the page tests: the DOM a browser builds, and screenshots.
#pragma once

#include "test_support.hpp"

#include <string>

namespace galley::test {

/// The Debian `chromium` binary, if installed.
bool have_browser();

/// Loads `page` (a local file) in headless Chromium and returns the DOM it built,
/// serialised (--dump-dom).
CommandResult dump_dom(const fs::path& page);

/// Saves a PNG screenshot of `page` at a window of `width` x `height` CSS pixels.
CommandResult screenshot(const fs::path& page, const fs::path& png, int width, int height);

}  // namespace galley::test
