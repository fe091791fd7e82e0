// The loader is reentrant: many threads loading articles at once get what one thread gets.
#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

#include <thread>

using namespace galley;
using namespace galley::test;

namespace {
// Everything a reader of the result could see, as one string.
std::string fingerprint(const LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics) {
        out += d.format() + "\n";
    }
    if (!r.article) {
        return out;
    }
    const Article& a = *r.article;
    out += a.id + "|" + a.language + "|" + plain_text(a.headline) + "\n";
    for (const Block& b : a.body) {
        out += std::to_string(b.content.index()) + "@" + std::to_string(b.at.line) + ":" +
               std::to_string(b.at.column) + " ";
        if (const auto* p = std::get_if<Paragraph>(&b.content)) {
            out += plain_text(p->content);
        }
        if (const auto* img = std::get_if<Image>(&b.content)) {
            out += img->path + " " + std::to_string(img->data ? img->data->size() : 0);
        }
        out += "\n";
    }
    return out;
}
}  // namespace

TEST_CASE("loader reentrancy: samples and bad inputs loaded on many threads at once") {
    std::vector<fs::path> files = sample_files();
    files.push_back(test_data_dir() / "bad-input" / "three-mistakes.yaml");
    files.push_back(test_data_dir() / "bad-input" / "billion-laughs.yaml");
    files.push_back(test_data_dir() / "bad-input" / "markdown-body.yaml");
    std::vector<std::string> expected;
    for (const auto& f : files) {
        expected.push_back(fingerprint(load_article_file(f)));
    }
    constexpr int threads = 8;
    constexpr int rounds = 4;
    std::vector<std::vector<std::string>> seen(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (int round = 0; round < rounds; ++round) {
                for (std::size_t i = 0; i < files.size(); ++i) {
                    // Each thread walks the files from a different start.
                    const std::size_t k = (i + static_cast<std::size_t>(t)) % files.size();
                    seen[static_cast<std::size_t>(t)].push_back(
                        std::to_string(k) + "\n" + fingerprint(load_article_file(files[k])));
                }
            }
        });
    }
    for (auto& th : pool) {
        th.join();
    }
    for (const auto& per_thread : seen) {
        REQUIRE(per_thread.size() == files.size() * rounds);
        for (const auto& entry : per_thread) {
            const std::size_t nl = entry.find('\n');
            const std::size_t k = std::stoul(entry.substr(0, nl));
            CHECK(entry.substr(nl + 1) == expected[k]);
        }
    }
}
