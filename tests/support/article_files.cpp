// Loading test articles from YAML with the real loader.
#include "article_files.hpp"

#include "test_support.hpp"

#include <galley/loader.hpp>

#include <stdexcept>

namespace galley::test {

Article load_article(const std::filesystem::path& file) {
    LoadResult result = load_article_file(file);
    if (!result.ok()) {
        std::string why;
        for (const auto& d : result.diagnostics) {
            why += d.format() + "\n";
        }
        throw std::runtime_error("cannot load " + file.string() + ":\n" + why);
    }
    return std::move(*result.article);
}

Article load_sample(const std::string& stem) {
    return load_article(samples_dir() / (stem + ".yaml"));
}

std::vector<std::pair<std::string, Article>> load_samples() {
    std::vector<std::pair<std::string, Article>> out;
    for (const auto& file : sample_files()) {
        out.emplace_back(file.stem().string(), load_article(file));
    }
    return out;
}

}  // namespace galley::test
