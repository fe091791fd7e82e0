// The IPTC kit's verdict on our items: `validate` (the NewsML-G2 2.35 power XSD, offline)
// and `check-qcodes` (every scheme alias declared by a referenced catalog).
//
// These cases are hidden ("[.kit]") and registered one by one in CMakeLists.txt, where a
// missing kit turns them into "Skipped" with the reason, never a quiet pass.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley;
using namespace galley::newsml_test;

namespace {
// Runs one kit script on `files`; returns its exit status, with its stderr in the report.
int kit_check(const fs::path& kit_dir, const char* script, const std::vector<fs::path>& files) {
    std::vector<std::string> argv{(kit_dir / script).string()};
    for (const auto& f : files) {
        argv.push_back(f.string());
    }
    test::CommandResult r = test::run(argv);
    UNSCOPED_INFO(script << " exit " << r.exit_code << "\n" << r.err);
    return r.exit_code;
}

void require_kit_accepts(const fs::path& kit_dir, const std::vector<fs::path>& files) {
    REQUIRE_FALSE(files.empty());
    CHECK(kit_check(kit_dir, "validate", files) == 0);
    CHECK(kit_check(kit_dir, "check-qcodes", files) == 0);
}

// Converts `inputs` with the `galley` command into `out_dir`; returns the item of each.
std::vector<fs::path> convert_with_cli(const std::vector<fs::path>& inputs, const fs::path& out_dir,
                                       const std::vector<std::string>& options) {
    std::vector<std::string> args{"convert"};
    for (const auto& input : inputs) {
        args.push_back(input.string());
    }
    args.insert(args.end(), {"--to", "newsml", "-d", out_dir.string()});
    args.insert(args.end(), options.begin(), options.end());
    test::CommandResult r = test::run_galley(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        files.push_back(out_dir / (input.stem().string() + ".newsml.xml"));
        CHECK(fs::is_regular_file(files.back()));
    }
    return files;
}

Article minimal_article() {
    return ArticleBuilder("minimal")
        .headline("Minimal")
        .updated(date(2023, 7, 11))
        .at(5, 3)
        .paragraph("Text.")
        .build();
}

Article foreign_article(const std::string& language, const std::string& headline) {
    Article a = basic_article();
    a.language = language;
    a.headline = plain(headline);
    a.source = "新华社";
    return a;
}
}  // namespace

TEST_CASE("kit: every sample's item is schema-valid and its qcodes resolve", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const std::vector<fs::path> samples = test::sample_files();
    REQUIRE_FALSE(samples.empty());
    const std::vector<std::vector<std::string>> option_sets = {
        {},
        {"-O", "newsml.provider=example.com", "-O",
         "newsml.section-base=https://example.com/newsml/section/", "-O", "newsml.wrap=newsMessage",
         "-O", "newsml.images=caption"},
        {"-O", "newsml.wrap=package"},
        {"-O", "newsml.wrap=package", "-O", "newsml.pictures=embed", "-O",
         "newsml.provider=example.com"}};
    for (const auto& options : option_sets) {
        test::TempDir out;
        require_kit_accepts(*kit_dir, convert_with_cli(samples, out.path(), options));
    }
}

TEST_CASE("kit: every fixture item is schema-valid and its qcodes resolve", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const std::map<std::string, std::string> all_options = {
        {"provider", "example.com"},
        {"section-base", "https://example.com/newsml/section/"},
    };
    Article v2 = full_article();
    v2.version = 2;
    Article killed = basic_article();
    killed.status = PubStatus::Canceled;
    std::vector<std::pair<std::string, Output>> outputs = {
        {"basic", render(basic_article())},
        {"basic-configured", render(basic_article(), all_options)},
        {"full", render(full_article(), all_options)},
        {"full-caption", render(full_article(), {{"images", "caption"}})},
        {"full-wrapped", render(full_article(), {{"wrap", "newsMessage"}})},
        {"full-package", render(full_article(), {{"wrap", "package"}})},
        {"full-package-embedded",
         render(full_article(), {{"wrap", "package"}, {"pictures", "embed"}})},
        {"full-v2", render(v2, all_options)},
        {"withheld", render(basic_article(), {{"pubstatus", "withheld"}})},
        {"killed", render(killed)},
        {"hostile", render(hostile_article(), {{"images", "caption"}})},
        {"hostile-configured", render(hostile_article(), all_options)},
        {"minimal", render(minimal_article())},
        {"russian", render(foreign_article("ru", "Харбин провёл презентацию в Екатеринбурге"))},
        {"chinese", render(foreign_article("zh-Hans", "哈尔滨在叶卡捷琳堡举行推介会"))},
    };
    test::TempDir dir;
    std::vector<fs::path> files = write_outputs(dir.path(), outputs);
    // The YAML fixtures, through the command line.
    std::vector<fs::path> fixtures;
    for (const auto& entry :
         fs::directory_iterator(test::test_data_dir() / "plugins/newsml/fixtures")) {
        if (entry.path().extension() == ".yaml") {
            fixtures.push_back(entry.path());
        }
    }
    REQUIRE(fixtures.size() >= 2);
    for (auto& file : convert_with_cli(fixtures, dir / "yaml", {"-O", "newsml.images=caption"})) {
        files.push_back(std::move(file));
    }
    require_kit_accepts(*kit_dir, files);
}

TEST_CASE("kit: the checkers reject a broken item", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    // A passing verdict above means something only if the same checkers fail here.
    const std::string good = render(full_article()).bytes;
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string bytes = good;
        auto at = bytes.find(from);
        REQUIRE(at != std::string::npos);
        bytes.replace(at, from.size(), to);
        return bytes;
    };
    test::TempDir dir;
    const fs::path valid = dir / "valid.xml";
    const fs::path order = dir / "order.xml";
    const fs::path text_in_attr = dir / "keyword-newline.xml";
    const fs::path alias = dir / "alias.xml";
    test::write_file(valid, good);
    // itemMeta is a sequence: pubStatus may not come before versionCreated.
    std::string reordered = broken("    <pubStatus qcode=\"stat:usable\"/>\n", "");
    reordered.insert(reordered.find("<versionCreated>"), "<pubStatus qcode=\"stat:usable\"/>");
    test::write_file(order, reordered);
    test::write_file(text_in_attr,
                     broken("<keyword>Harbin</keyword>", "<keyword>Har\nbin</keyword>"));
    test::write_file(alias, broken("qcode=\"medtop:04000000\"", "qcode=\"mytopics:04000000\""));
    CHECK(kit_check(*kit_dir, "validate", {valid}) == 0);
    CHECK(kit_check(*kit_dir, "validate", {order}) == 1);
    CHECK(kit_check(*kit_dir, "validate", {text_in_attr}) == 1);
    CHECK(kit_check(*kit_dir, "check-qcodes", {valid}) == 0);
    CHECK(kit_check(*kit_dir, "check-qcodes", {alias}) == 1);
}

TEST_CASE("kit: the plugin's alias list matches the IPTC catalog", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const Xml catalog(test::read_file(*kit_dir / "catalog.IPTC-G2-Standards_41.xml"));
    const auto aliases = catalog.all("//*[local-name()='scheme']/@alias");
    const auto retired = catalog.all("//*[local-name()='scheme'][@schemeretired]/@alias");
    REQUIRE(aliases.size() > 100);
    // One subject per alias of the catalog, plus one it does not declare.
    Article a = minimal_article();
    for (const auto& alias : aliases) {
        a.subjects.push_back({alias + ":x", alias});
    }
    a.subjects.push_back({"notinthecatalog:x", "notinthecatalog"});
    Output out = render(a);
    Xml x(out.bytes);
    for (const auto& alias : aliases) {
        INFO(alias);
        const bool is_retired = std::find(retired.begin(), retired.end(), alias) != retired.end();
        const std::string subject = "//n:subject[n:name='" + alias + "']";
        CHECK(x.str(subject + "/@" + (is_retired ? "literal" : "qcode")) == alias + ":x");
    }
    CHECK(x.str("//n:subject[n:name='notinthecatalog']/@literal") == "notinthecatalog:x");
    test::TempDir dir;
    require_kit_accepts(*kit_dir, write_outputs(dir.path(), {{"aliases", out}}));
}
