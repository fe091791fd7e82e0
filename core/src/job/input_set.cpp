// Input expansion and sharding for batch conversion.
#include "job/input_set.hpp"

#include <algorithm>
#include <cstdint>
#include <system_error>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {
bool is_article_file(const fs::path& p) {
    auto ext = p.extension().string();
    return ext == ".yaml" || ext == ".yml";
}
}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& arguments,
                                     std::vector<std::string>& problems) {
    std::vector<InputFile> out;
    for (const auto& arg : arguments) {
        if (arg == "-") {
            out.push_back({"<stdin>", {}, "stdin", true});
            continue;
        }
        fs::path p(arg);
        std::error_code ec;
        auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            problems.push_back(arg + ": error: no such file or folder");
            continue;
        }
        if (!fs::is_directory(status)) {
            out.push_back({arg, p, p.filename(), false});
            continue;
        }
        std::vector<InputFile> found;
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
        for (fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
            const fs::path& file = it->path();
            if (it->is_directory(ec) && file.filename().string().starts_with(".")) {
                it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && is_article_file(file)) {
                fs::path rel = file.lexically_relative(p);
                found.push_back({file.string(), file, rel, false});
            }
        }
        if (ec) {
            problems.push_back(arg + ": error: cannot read folder: " + ec.message());
        }
        if (found.empty()) {
            problems.push_back(arg + ": error: no *.yaml or *.yml articles in this folder");
        }
        std::sort(found.begin(), found.end(),
                  [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

bool in_shard(const fs::path& relative, unsigned k, unsigned n) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : relative.generic_string()) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h % n == k - 1;
}

}  // namespace galley::detail
