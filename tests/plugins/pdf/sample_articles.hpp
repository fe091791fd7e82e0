// The articles the pdf tests and benchmark render, built in C++ while the YAML loader
// is not on main: the seed sample verbatim, a Russian and a Chinese article, and a long
// feature with every block type and two figures.
#pragma once

#include <galley/document.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace galley::test {

struct NamedArticle {
    std::string name;
    Article article;
};

Article seed_article();     ///< samples/harbin-expo.yaml
Article russian_article();  ///< Russian, with Ё/ё
Article chinese_article();  ///< Simplified Chinese
/// A two-page feature: headings, pull and block quotes, lists, a JPEG photo and a PNG
/// chart with transparency, a rule, links, a correction. Images are read from `data`.
Article feature_article(const std::filesystem::path& data);

/// All of the above.
std::vector<NamedArticle> sample_articles(const std::filesystem::path& data);

}  // namespace galley::test
