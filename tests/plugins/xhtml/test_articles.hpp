// The articles of the xhtml and epub suites, built with the shared ArticleBuilder: every
// block kind, an image, and hostile text; plus the samples and the YAML escaping fixture.
#pragma once

#include "article_builder.hpp"
#include "article_files.hpp"

#include <string>
#include <utility>
#include <vector>

namespace galley::test {

/// A feature with every block kind (headings h2–h4, quotes with and without
/// attribution, both lists, a PNG figure with caption and credit, a rule), authors,
/// corrections, copyright and an embargo.
Article feature_article();

/// Markup-like and special text in every field a page prints: `<script>`, `&`, `]]>`,
/// quotes, bidi controls, an unsafe link scheme.
Article injection_article();

/// Every samples/*.yaml through the real loader, named by file stem; then the two
/// articles built here ("feature", "injection") and the YAML escaping fixture
/// tests/fixtures/escaping/injection-markup.yaml. Throws when a file does not load.
std::vector<std::pair<std::string, Article>> all_test_articles();

/// The PNG fixture the feature's figure holds (tests/plugins/xhtml/fixtures).
std::string fixture_png();

}  // namespace galley::test
