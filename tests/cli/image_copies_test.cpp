// XHTML image copies are outputs: one folder per page (named after the page's file),
// never over an input, never shared by two articles, named in linear time; EPUB entries
// unique ignoring letter case.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <set>

using namespace galley::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double slowdown = 8;  // the sanitizer build of galley is several times slower
#else
constexpr double slowdown = 1;
#endif

std::string chart_png() { return read_file(samples_dir() / "images" / "archive-chart.png"); }
std::string tonnage_png() { return read_file(samples_dir() / "images" / "port-tonnage.png"); }

std::string article(const std::string& id, const std::vector<std::string>& images) {
    std::string yaml = "id: " + id +
                       "\nlanguage: en\nheadline: Pictures\npublished: 2024-01-01\nbody:\n"
                       "  - Some text.\n";
    for (const auto& image : images) {
        yaml += "  - image: " + image + "\n    alt: A chart\n";
    }
    return yaml;
}

}  // namespace

TEST_CASE("two articles with one id get their own image folders", "[cli][images]") {
    TempDir dir;
    write_file(dir / "a" / "chart.png", chart_png());
    write_file(dir / "a" / "first.yaml", article("same-id", {"chart.png"}));
    write_file(dir / "b" / "chart.png", tonnage_png());
    write_file(dir / "b" / "second.yaml", article("same-id", {"chart.png"}));
    const auto r = run_galley({"convert", (dir / "a" / "first.yaml").string(),
                               (dir / "b" / "second.yaml").string(), "--to", "xhtml", "-d",
                               (dir / "out").string(), "--no-progress"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(dir / "out" / "first-images" / "chart.png") == chart_png());
    CHECK(read_file(dir / "out" / "second-images" / "chart.png") == tonnage_png());
    CHECK(read_file(dir / "out" / "first.xhtml").find("src=\"first-images/chart.png\"") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out" / "same-id-images"));
}

TEST_CASE("an image copy never replaces an input image", "[cli][images]") {
    TempDir dir;
    // story-images/chart.png is an input; the copy of sub/chart.png would be named
    // story-images/chart.png too if the names were not unique.
    write_file(dir / "story-images" / "chart.png", chart_png());
    write_file(dir / "sub" / "chart.png", tonnage_png());
    write_file(dir / "first.png", tonnage_png());
    write_file(dir / "story.yaml",
               article("story", {"first.png", "sub/chart.png", "story-images/chart.png"}));
    const auto r = run_galley({"convert", (dir / "story.yaml").string(), "--to", "xhtml"});
    INFO(r.err);
    // The copy of sub/chart.png is named chart.png: it would land on the third input,
    // which holds other bytes. The page fails before anything is written.
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("would replace an input of this article") != std::string::npos);
    CHECK(read_file(dir / "story-images" / "chart.png") == chart_png());
    CHECK(read_file(dir / "sub" / "chart.png") == tonnage_png());
    CHECK_FALSE(fs::exists(dir / "story-images" / "first.png"));
    CHECK_FALSE(fs::exists(dir / "story.xhtml"));

    // An input that already holds the copy's bytes is left as it is.
    TempDir same;
    write_file(same / "story-images" / "chart.png", chart_png());
    write_file(same / "story.yaml", article("story", {"story-images/chart.png"}));
    const auto ok = run_galley({"convert", (same / "story.yaml").string(), "--to", "xhtml"});
    INFO(ok.err);
    CHECK(ok.exit_code == 0);
    CHECK(read_file(same / "story-images" / "chart.png") == chart_png());
}

TEST_CASE("image names differing only in case stay apart, in XHTML and EPUB", "[cli][images]") {
    TempDir dir;
    write_file(dir / "x" / "Chart.png", chart_png());
    write_file(dir / "y" / "chart.png", tonnage_png());
    write_file(dir / "story.yaml", article("story", {"x/Chart.png", "y/chart.png"}));
    const auto r = run_galley(
        {"convert", (dir / "story.yaml").string(), "--to", "xhtml,epub", "--no-progress"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(dir / "story-images" / "Chart.png") == chart_png());
    CHECK(read_file(dir / "story-images" / "2-chart.png") == tonnage_png());
    // The EPUB's ZIP has no two entries whose names differ only in letter case.
    const auto list =
        run({"/usr/bin/python3", "-c",
             "import sys, zipfile\nfor n in zipfile.ZipFile(sys.argv[1]).namelist(): print(n)",
             (dir / "story.epub").string()});
    REQUIRE(list.exit_code == 0);
    std::set<std::string> folded;
    std::size_t entries = 0;
    std::string name;
    for (char c : list.out) {
        if (c == '\n') {
            folded.insert(name);
            ++entries;
            name.clear();
        } else {
            name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    CHECK(entries >= 8);
    CHECK(folded.size() == entries);
}

TEST_CASE("a thousand colliding image copies are written, and written again", "[cli][images]") {
    // 500 images whose own names are "501-a.png" ... "1000-a.png", then 500 named "a.png",
    // which collide with the numbered names. (Naming time is measured in the xhtml suite:
    // image_file_names(); here, the files on disk.)
    TempDir dir;
    write_file(dir / "img" / "a.png", chart_png());
    std::vector<std::string> images;
    for (int n = 501; n <= 1000; ++n) {
        const std::string name = std::to_string(n) + "-a.png";
        fs::create_symlink("a.png", dir / "img" / name);
        images.push_back("img/" + name);
    }
    images.resize(1000, "img/a.png");
    write_file(dir / "many.yaml", article("many", images));
    auto copies = [&] {
        std::set<std::string> names;
        for (const auto& e : fs::directory_iterator(dir / "many-images")) {
            names.insert(e.path().filename().string());
            CHECK(read_file(e.path()) == chart_png());
        }
        return names;
    };
    const auto start = std::chrono::steady_clock::now();
    const auto r = run_galley({"convert", (dir / "many.yaml").string(), "--to", "xhtml"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::set<std::string> first = copies();
    CHECK(first.size() == 1000);
    CHECK(first.count("a.png") == 1);
    CHECK(first.count("1001-a.png") == 1);
    // Again, over the copies of the first run: each is checked against the article's
    // inputs by one stat (it compared every copy with every image: 70 s for 4,000).
    const auto again = run_galley({"convert", (dir / "many.yaml").string(), "--to", "xhtml"});
    CHECK(again.exit_code == 0);
    CHECK(copies() == first);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 60 * slowdown);  // about 1 s on an idle machine
}
