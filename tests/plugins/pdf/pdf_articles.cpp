// The pdf suite's articles.
#include "pdf_articles.hpp"

#include "test_support.hpp"

namespace galley::test {

Article figures_article() {
    const fs::path data = GALLEY_PDF_TEST_DATA;
    Article seed = load_sample("harbin-expo");
    const std::vector<Block> paragraphs = std::move(seed.body);
    seed.body.clear();
    ArticleBuilder built(std::move(seed));
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        built.at(paragraphs[i].at.line, paragraphs[i].at.column).block(paragraphs[i].content);
        if (i == 1) {
            built.image(
                figure("photo.jpg", read_file(data / "photo.jpg"), 720, 450,
                       "The Harbin skyline at dusk, seen across the Songhua River",
                       inline_text("Evening over the Songhua: the new warehouses of the river "
                                   "terminal stand on the north bank, opposite the old town."),
                       "Galley Wire Service"));
        } else if (i == 5) {
            built.image(
                figure("chart.png", read_file(data / "chart.png"), 600, 340,
                       "Bar chart of trade through Harbin from 2019 to 2023",
                       inline_text("Trade through Harbin’s terminals, billion yuan, 2019–2023. "
                                   "The 2023 figure is a preliminary estimate."),
                       "Source: Harbin Municipal Commerce Bureau"));
        }
    }
    return built.build();
}

Article pdf_fixture(const std::string& stem) {
    return load_article(fs::path(GALLEY_PDF_TEST_DATA) / (stem + ".yaml"));
}

Article panorama_article() { return pdf_fixture("panorama-feature"); }

std::vector<NamedArticle> pdf_samples() {
    std::vector<NamedArticle> out;
    for (auto& [name, article] : load_samples()) {
        out.push_back({name, std::move(article)});
    }
    out.push_back({"built-figures", figures_article()});
    return out;
}

}  // namespace galley::test
