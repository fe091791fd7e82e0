// Headless Chromium with the flags a sandboxed test machine needs, and its own
// throwaway profile so runs never share state.
#include "browser.hpp"

namespace galley::test {

namespace {
CommandResult run_chromium(std::vector<std::string> extra, const fs::path& page) {
    TempDir profile;
    std::vector<std::string> argv = {"chromium",
                                     "--headless",
                                     "--no-sandbox",
                                     "--disable-gpu",
                                     "--no-first-run",
                                     "--disable-background-networking",
                                     "--disable-component-update",
                                     "--disable-sync",
                                     "--hide-scrollbars",
                                     "--user-data-dir=" + profile.path().string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back("file://" + fs::absolute(page).string());
    return run(argv);
}
}  // namespace

bool have_browser() { return have_program("chromium"); }

CommandResult dump_dom(const fs::path& page) { return run_chromium({"--dump-dom"}, page); }

CommandResult screenshot(const fs::path& page, const fs::path& png, int width, int height) {
    return run_chromium({"--screenshot=" + fs::absolute(png).string(),
                         "--window-size=" + std::to_string(width) + "," + std::to_string(height)},
                        page);
}

}  // namespace galley::test
