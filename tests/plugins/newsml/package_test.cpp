// newsml.wrap=package: the text item, one picture item per image and a packageItem
// grouping them, in one newsMessage; pictures copied beside the output or embedded.
#include "newsml_test_support.hpp"

#include <galley/exporter.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

TEST_CASE("package: text item, a picture item per image, a packageItem referring to them",
          "[newsml][package]") {
    const Article article = full_article();
    Output out = render(article, {{"wrap", "package"}});
    INFO(out.messages());
    Xml x(out.bytes);
    CHECK(x.count("/n:newsMessage/n:itemSet/n:newsItem") == 2);
    CHECK(x.count("/n:newsMessage/n:itemSet/n:packageItem") == 1);
    const std::string text_guid =
        x.str("//n:newsItem[n:itemMeta/n:itemClass/@qcode='ninat:text']/@guid");
    const std::string picture_guid =
        x.str("//n:newsItem[n:itemMeta/n:itemClass/@qcode='ninat:picture']/@guid");
    CHECK(text_guid == "urn:newsml:e.my399.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(picture_guid == text_guid + "-picture1");
    CHECK(x.all("//n:packageItem//n:itemRef/@residref") ==
          std::vector<std::string>{text_guid, picture_guid});
    CHECK(x.str("//n:packageItem/n:itemMeta/n:itemClass/@qcode") == "ninat:composite");

    // The picture: its rendition, caption and credit; the bytes beside the output.
    const std::string pic = "//n:newsItem[n:itemMeta/n:itemClass/@qcode='ninat:picture']";
    const std::string href = x.str(pic + "//n:remoteContent/@href");
    CHECK(href == "harbin-promotion-yekaterinburg-2023.picture1.png");
    CHECK(x.str(pic + "//n:remoteContent/@contenttype") == "image/png");
    CHECK(x.str(pic + "//n:remoteContent/@rendition") == "rnd:highRes");
    CHECK(x.str(pic + "//n:remoteContent/@width") == "1");
    CHECK(x.str(pic + "//n:description[@role='drol:caption']") == "The expo hall.");
    CHECK(x.str(pic + "//n:creditline") == "Photo: Example");
    REQUIRE(out.side_files.size() == 1);
    CHECK(out.side_files[0].relative_path == href);
    CHECK(x.str(pic + "//n:remoteContent/@size") == std::to_string(out.side_files[0].bytes.size()));
    // The text item no longer has the figure, and nothing is reported as dropped.
    CHECK(x.count("//n:newsItem//h:img") == 0);
    CHECK(x.count("//n:newsItem//h:figcaption[contains(., 'The expo hall.')]") == 0);
    CHECK_FALSE(out.warned("left out"));
}

TEST_CASE("package: newsml.pictures=embed puts the picture in the item as base64",
          "[newsml][package]") {
    Output out = render(full_article(), {{"wrap", "package"}, {"pictures", "embed"}});
    Xml x(out.bytes);
    CHECK(out.side_files.empty());
    CHECK(x.count("//n:remoteContent") == 0);
    CHECK(x.str("//n:inlineData/@encoding") == "encd:base64");
    CHECK(x.str("//n:inlineData/@contenttype") == "image/png");
    const std::string data = x.str("//n:inlineData");
    CHECK(data.rfind("iVBORw0KGgo", 0) == 0);  // "\x89PNG\r\n\x1a\n" in base64
    CHECK(data.size() % 4 == 0);
}

TEST_CASE("package: copies go beside the output and never over the input picture",
          "[newsml][package]") {
    // Outputs beside the inputs (no -d): the copy is named after the article, so the
    // image the article reads stays as it was.
    test::TempDir dir;
    fs::copy(test::samples_dir(), dir.path(), fs::copy_options::recursive);
    const fs::path article = dir / "river-port-reopens-md.yaml";
    std::vector<std::pair<fs::path, std::string>> images;
    for (const auto& e : fs::recursive_directory_iterator(dir.path())) {
        if (e.path().extension() == ".png" || e.path().extension() == ".jpg") {
            images.emplace_back(e.path(), test::read_file(e.path()));
        }
    }
    REQUIRE_FALSE(images.empty());
    test::CommandResult r = test::run_galley(
        {"convert", article.string(), "--to", "newsml", "-O", "newsml.wrap=package"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const fs::path copy = dir / "halden-bay-river-port-reopens-2024.picture1.png";
    REQUIRE(fs::is_regular_file(copy));
    bool same_as_an_input = false;
    for (const auto& [path, bytes] : images) {
        CHECK(test::read_file(path) == bytes);
        same_as_an_input = same_as_an_input || test::read_file(copy) == bytes;
    }
    CHECK(same_as_an_input);
}
