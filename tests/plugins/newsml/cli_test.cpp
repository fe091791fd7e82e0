// The newsml exporter through the `galley` command: options on the command line, bad
// values as usage errors, warnings on standard error, a refused export leaving no file.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::newsml_test;

namespace {
const fs::path seed = test::samples_dir() / "harbin-expo.yaml";
const fs::path feature = test::samples_dir() / "newsroom-archives-feature.yaml";
}  // namespace

TEST_CASE("cli: -O newsml.* options reach the item", "[newsml][cli]") {
    test::CommandResult r = test::run_galley(
        {"convert", seed.string(), "--to", "newsml", "-o", "-", "-O", "newsml.provider=example.com",
         "-O", "newsml.section-base=https://example.com/newsml/section/", "-O",
         "newsml.wrap=newsMessage", "-O", "newsml.pubstatus=withheld"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Xml x(r.out);
    CHECK(x.str("/n:newsMessage/n:header/n:sent") == "2023-07-11T00:00:00Z");
    CHECK(x.str("//n:newsItem/@guid") ==
          "urn:newsml:example.com:20230710:harbin-promotion-yekaterinburg-2023");
    CHECK(x.str("//n:service/@uri") == "https://example.com/newsml/section/foreign-exchanges");
    CHECK(x.str("//n:pubStatus/@qcode") == "stat:withheld");
    CHECK(r.err.find("not carried") == std::string::npos);
}

TEST_CASE("cli: bad newsml option values are usage errors", "[newsml][cli]") {
    for (const char* option :
         {"newsml.provider=not a domain", "newsml.section-base=sections/",
          "newsml.pubstatus=killed", "newsml.images=embed", "newsml.nitf=true"}) {
        INFO(option);
        test::CommandResult r =
            test::run_galley({"convert", seed.string(), "--to", "newsml", "-o", "-", "-O", option});
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(std::string(option).substr(0, std::string(option).find('='))) !=
              std::string::npos);
    }
}

TEST_CASE("cli: warnings name the file and images their line", "[newsml][cli]") {
    test::TempDir dir;
    test::CommandResult r = test::run_galley(
        {"convert", feature.string(), "--to", "newsml", "-d", dir.path().string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(fs::is_regular_file(dir / "newsroom-archives-feature.newsml.xml"));
    CHECK(r.err.find(feature.string() + ": warning: newsml: not carried by the item: ") !=
          std::string::npos);
    CHECK(r.err.find(feature.string() +
                     ":117:5: warning: newsml: image 'images/archive-chart.png'") !=
          std::string::npos);
}

TEST_CASE("cli: newsml.images=fail refuses the article with images and writes nothing",
          "[newsml][cli]") {
    test::TempDir dir;
    test::CommandResult r =
        test::run_galley({"convert", seed.string(), feature.string(), "--to", "newsml", "-d",
                          dir.path().string(), "-O", "newsml.images=fail"});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(feature.string() + ":117:5: error: newsml: the body has 1 image(s)") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir / "newsroom-archives-feature.newsml.xml"));
    CHECK(fs::is_regular_file(dir / "harbin-expo.newsml.xml"));
}
