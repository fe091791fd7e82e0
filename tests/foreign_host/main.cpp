// A program that links libgalley but is not the galley command and does not live beside
// it (it is built into a folder of its own): it must still find the plugins installed
// with the library, because the registry looks for them relative to libgalley.
//
// Exit 0 when the default search path (no --plugin-dir, no GALLEY_PLUGIN_PATH) holds the
// library's plugin folder and the json exporter loads from it; 1 otherwise, with the why.
#include <galley/registry.hpp>

#include <cstdlib>
#include <iostream>

int main() {
    ::unsetenv("GALLEY_PLUGIN_PATH");
    const auto dirs = galley::PluginRegistry::search_path();
    if (dirs.empty()) {
        std::cerr << "foreign host: the default plugin search path is empty\n";
        return 1;
    }
    galley::PluginRegistry registry;
    registry.load(dirs, {"json"});
    if (!registry.find("json")) {
        std::cerr << "foreign host: json not found in";
        for (const auto& d : dirs) {
            std::cerr << ' ' << d;
        }
        std::cerr << '\n';
        return 1;
    }
    std::cout << "foreign host found " << registry.find("json")->file.string() << '\n';
    return 0;
}
