// image_file_names(): one name per image, unique ignoring letter case, chosen in linear
// time however the names collide.
#include <galley/xhtml/document_writer.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <set>

using namespace galley;

namespace {

Block image_block(const std::string& path) {
    Image image;
    image.path = path;
    image.media_type = "image/png";
    return Block{image, {1, 1}};
}

std::string folded(std::string s) {
    for (char& c : s) {
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return s;
}

}  // namespace

TEST_CASE("image file names are unique ignoring letter case", "[xhtml][images]") {
    const std::vector<Block> body = {image_block("x/Chart.png"), image_block("y/chart.png"),
                                     image_block("z/CHART.PNG"), image_block("chart.png")};
    CHECK(xhtml::image_file_names(body) ==
          std::vector<std::string>{"Chart.png", "2-chart.png", "3-CHART.PNG", "4-chart.png"});
}

TEST_CASE("naming thousands of colliding images takes linear time", "[xhtml][images]") {
    // 2,000 images named "2001-a.png" ... "4000-a.png", then 2,000 named "a.png": each of
    // those collides with a run of numbered names. The old naming tried the numbers one
    // by one, each against every name: 23 s for 4,000 images.
    std::vector<Block> body;
    for (int n = 2001; n <= 4000; ++n) {
        body.push_back(image_block("img/" + std::to_string(n) + "-a.png"));
    }
    for (int n = 0; n < 2000; ++n) {
        body.push_back(image_block("img/a.png"));
    }
    const auto start = std::chrono::steady_clock::now();
    const std::vector<std::string> names = xhtml::image_file_names(body);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(names.size() == 4000);
    std::set<std::string> distinct;
    for (const auto& name : names) {
        distinct.insert(folded(name));
    }
    CHECK(distinct.size() == 4000);
    CHECK(names[2000] == "a.png");
    CHECK(names[2001] == "4001-a.png");
    CHECK(seconds < 1.0);  // a few milliseconds
}
