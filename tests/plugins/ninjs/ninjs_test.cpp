// The ninjs exporter through the `galley` command: golden files, the mapping, the guid
// shared with NewsML, and IPTC's schemas (the kit's validate, draft 2020-12).
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <iostream>
#include <optional>
#include <regex>

using namespace galley::test;

namespace {
fs::path ninjs_kit() { return GALLEY_NINJS_KIT; }

std::optional<fs::path> kit() {
    if (!fs::is_regular_file(ninjs_kit() / "validate") || !have_program("python3")) {
        return std::nullopt;
    }
    return ninjs_kit();
}

void report_kit_missing() {
    // tests/plugins/ninjs/CMakeLists.txt marks the test Skipped when it prints this.
    std::cout << "SKIPPED: ninjs kit not usable: no validate in " << ninjs_kit()
              << " or no python3 (configure -DGALLEY_NINJS_KIT=DIR)" << std::endl;
}

CommandResult convert(const fs::path& input, const std::string& format,
                      const std::vector<std::string>& options = {}) {
    std::vector<std::string> args{"convert", input.string(), "--to", format, "-o", "-"};
    args.insert(args.end(), options.begin(), options.end());
    CommandResult r = run_galley(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r;
}

std::string json_string_member(const std::string& json, const std::string& key) {
    std::smatch m;
    std::regex pattern("\"" + key + "\": \"([^\"]*)\"");
    return std::regex_search(json, m, pattern) ? m[1].str() : std::string();
}

int validate(const fs::path& kit_dir, const std::string& version,
             const std::vector<fs::path>& files) {
    std::vector<std::string> argv{(kit_dir / "validate").string(), "--version", version};
    for (const auto& f : files) {
        argv.push_back(f.string());
    }
    CommandResult r = run(argv);
    UNSCOPED_INFO("validate exit " << r.exit_code << "\n" << r.out << r.err);
    return r.exit_code;
}
}  // namespace

TEST_CASE("every sample matches its golden ninjs", "[ninjs][golden]") {
    for (const auto& sample : sample_files()) {
        INFO(sample.filename());
        CommandResult r = convert(sample, "ninjs");
        std::string why;
        CHECK(matches_golden(test_data_dir() / "golden" / "ninjs" /
                                 (sample.stem().string() + ".ninjs.json"),
                             r.out, why));
        INFO(why);
        CHECK(why.empty());
    }
}

TEST_CASE("the ninjs uri is the NewsML guid, with and without a provider",
          "[ninjs][needs-newsml]") {
    for (const auto& sample : sample_files()) {
        INFO(sample.filename());
        for (const char* provider : {"", "example.com"}) {
            std::vector<std::string> ninjs_options, newsml_options;
            if (*provider) {
                ninjs_options = {"-O", std::string("ninjs.provider=") + provider};
                newsml_options = {"-O", std::string("newsml.provider=") + provider};
            }
            std::string uri =
                json_string_member(convert(sample, "ninjs", ninjs_options).out, "uri");
            std::string item = convert(sample, "newsml", newsml_options).out;
            std::smatch guid;
            REQUIRE(std::regex_search(item, guid, std::regex("guid=\"([^\"]*)\"")));
            CHECK(uri == guid[1].str());
            CHECK(uri.find("localhost") == std::string::npos);
            if (*provider) {
                CHECK(uri.rfind("urn:newsml:example.com:", 0) == 0);
            }
        }
    }
}

TEST_CASE("without a provider or a domain source, the default is galley.invalid, said once",
          "[ninjs]") {
    // Three samples whose source is a name, not a domain: one warning for the run.
    TempDir out;
    std::vector<std::string> args{"convert"};
    for (const char* name :
         {"harbin-ice-festival-zh", "moscow-metro-ru", "river-port-reopens-md"}) {
        args.push_back((samples_dir() / (std::string(name) + ".yaml")).string());
    }
    args.insert(args.end(), {"--to", "ninjs", "-d", out.path().string()});
    CommandResult r = run_galley(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::string json = read_file(out / "moscow-metro-ru.ninjs.json");
    CHECK(json_string_member(json, "uri").rfind("urn:newsml:galley.invalid:", 0) == 0);
    std::size_t first = r.err.find("uris use 'galley.invalid'");
    REQUIRE(first != std::string::npos);
    CHECK(r.err.find("uris use 'galley.invalid'", first + 1) == std::string::npos);
}

TEST_CASE("ninjs 2.1 writes the lower-case property names", "[ninjs]") {
    const fs::path sample = samples_dir() / "newsroom-archives-feature.yaml";
    std::string v31 = convert(sample, "ninjs").out;
    std::string v21 = convert(sample, "ninjs", {"-O", "ninjs.version=2.1"}).out;
    for (const char* key : {"versionCreated", "firstCreated", "contentCreated", "pubStatus",
                            "copyrightHolder", "contentType", "embargoedUntil"}) {
        INFO(key);
        CHECK(v31.find(std::string("\"") + key + "\"") != std::string::npos);
        CHECK(v21.find(std::string("\"") + key + "\"") == std::string::npos);
    }
    for (const char* key : {"versioncreated", "firstcreated", "contentcreated", "pubstatus",
                            "copyrightholder", "contenttype", "embargoed"}) {
        INFO(key);
        CHECK(v21.find(std::string("\"") + key + "\"") != std::string::npos);
    }
    CHECK(json_string_member(v21, "version") == "2.1");  // standard.version comes first
}

TEST_CASE("ninjs maps the article's fields and names what it leaves out", "[ninjs]") {
    const fs::path sample = samples_dir() / "newsroom-archives-feature.yaml";
    CommandResult r =
        convert(sample, "ninjs", {"-O", "ninjs.image-base=https://example.com/media/"});
    const std::string& json = r.out;
    CHECK(json.find("\"role\": \"dek\"") != std::string::npos);
    CHECK(json.find("\"role\": \"summary\"") != std::string::npos);
    CHECK(json.find("\"contentType\": \"text/html\"") != std::string::npos);
    CHECK(json.find("\"contentType\": \"text/plain\"") != std::string::npos);
    CHECK(json.find("\"value\": \"<div>\\n  <p>") != std::string::npos);
    CHECK(json.find("\"uri\": \"http://cv.iptc.org/newscodes/mediatopic/01000000\"") !=
          std::string::npos);
    CHECK(json.find("\"rel\": \"author\"") != std::string::npos);
    CHECK(json.find("\"type\": \"picture\"") != std::string::npos);
    CHECK(json.find("\"href\": \"https://example.com/media/") != std::string::npos);
    CHECK(json.find("\"slugline\": \"MEDIA-ARCHIVES/DIGITISATION\"") != std::string::npos);
    CHECK(json.find("\"embargoedUntil\": \"2024-03-16T06:00:00+01:00\"") != std::string::npos);
    // No e-mail address leaves the newsroom; what ninjs cannot carry is named.
    CHECK(json.find("m.lindqvist@") == std::string::npos);
    CHECK(r.err.find("not carried by the document:") != std::string::npos);
    CHECK(r.err.find("keywords") != std::string::npos);
    CHECK(r.err.find("section 'Features'") != std::string::npos);
    CHECK(r.err.find("e-mail") != std::string::npos);
}

TEST_CASE("bad ninjs options are usage errors", "[ninjs]") {
    const fs::path sample = samples_dir() / "harbin-expo.yaml";
    for (const char* option :
         {"ninjs.version=4.0", "ninjs.provider=not a domain", "ninjs.image-base=ftp://example.com/",
          "ninjs.image-base=https://x/a"}) {
        INFO(option);
        CommandResult r =
            run_galley({"convert", sample.string(), "--to", "ninjs", "-o", "-", "-O", option});
        CHECK(r.exit_code == 2);
    }
}

TEST_CASE("kit: every sample validates as ninjs 3.1 and 2.1", "[.kit]") {
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const std::vector<fs::path> samples = sample_files();
    REQUIRE_FALSE(samples.empty());
    for (const char* version : {"3.1", "2.1"}) {
        for (const std::vector<std::string>& extra :
             {std::vector<std::string>{},
              std::vector<std::string>{"-O", "ninjs.provider=example.com", "-O",
                                       "ninjs.image-base=https://example.com/media/"}}) {
            TempDir out;
            std::vector<std::string> args{"convert"};
            for (const auto& s : samples) {
                args.push_back(s.string());
            }
            args.insert(args.end(), {"--to", "ninjs", "-d", out.path().string(), "-O",
                                     std::string("ninjs.version=") + version});
            args.insert(args.end(), extra.begin(), extra.end());
            CommandResult r = run_galley(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            std::vector<fs::path> files;
            for (const auto& s : samples) {
                files.push_back(out / (s.stem().string() + ".ninjs.json"));
            }
            INFO("ninjs " << version);
            CHECK(validate(*kit_dir, version, files) == 0);
        }
    }
}

TEST_CASE("kit: the validator passes IPTC's should_pass and fails its should_fail suite",
          "[.kit]") {
    // The positive and negative control: a validator that accepted everything would make
    // the sample check above worthless.
    auto kit_dir = kit();
    if (!kit_dir) {
        report_kit_missing();
        return;
    }
    const fs::path suite = *kit_dir / "testdata" / "3.0";
    std::vector<fs::path> good;
    for (const auto& e : fs::directory_iterator(suite / "should_pass")) {
        good.push_back(e.path());
    }
    REQUIRE_FALSE(good.empty());
    CHECK(validate(*kit_dir, "3.1", good) == 0);
    std::size_t bad_count = 0;
    for (const auto& e : fs::directory_iterator(suite / "should_fail")) {
        INFO(e.path().filename());
        CHECK(validate(*kit_dir, "3.1", {e.path()}) == 1);
        ++bad_count;
    }
    CHECK(bad_count > 0);
}
