// The articles the pdf tests and benchmark render: samples/*.yaml through the real loader,
// and, built with the shared ArticleBuilder, what the samples do not have (a JPEG photo
// and a PNG chart with an alpha channel).
#pragma once

#include "article_builder.hpp"
#include "article_files.hpp"

#include <galley/document.hpp>

#include <string>
#include <vector>

namespace galley::test {

struct NamedArticle {
    std::string name;
    Article article;
};

/// The seed sample (samples/harbin-expo.yaml) with two figures from tests/plugins/pdf/data
/// after its second and sixth paragraphs: photo.jpg (JPEG, 720x450) and chart.png (RGBA
/// PNG, 600x340), each with a caption and a credit.
Article figures_article();

/// tests/plugins/pdf/data/<stem>.yaml through the real loader (hindi, hebrew, thai, ...).
Article pdf_fixture(const std::string& stem);

/// tests/plugins/pdf/data/panorama-feature.yaml: a two-column feature with a 3:1
/// panorama (panorama.png, 1500x500) after its second paragraph, which spans the
/// columns; its paragraphs start "Alpha paragraph.", "Bravo paragraph.", ... in order.
Article panorama_article();

/// Every sample by file stem, then figures_article() as "built-figures".
std::vector<NamedArticle> pdf_samples();

}  // namespace galley::test
