// Articles from YAML files, through the real loader (the public galley::load_article_file):
// samples/*.yaml and the suites' fixtures, so tests never keep copies of them in C++.
#pragma once

#include <galley/document.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace galley::test {

/// The article in `file`; throws std::runtime_error with every diagnostic when the
/// loader rejects it (Catch reports the message and fails the test).
Article load_article(const std::filesystem::path& file);

/// samples/<stem>.yaml, e.g. load_sample("harbin-expo").
Article load_sample(const std::string& stem);

/// Every samples/*.yaml, sorted by name, with its file stem.
std::vector<std::pair<std::string, Article>> load_samples();

}  // namespace galley::test
