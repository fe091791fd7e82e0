// The plugin host against real bad files: each is skipped with its path and reason, and
// the process survives. Good plugins load, render and unload in the right order.
#include "article_builder.hpp"
#include "test_support.hpp"

#include <galley/loader.hpp>
#include <galley/registry.hpp>
#include <galley/version.hpp>

#include <catch2/catch.hpp>

#include <thread>

using namespace galley;
using namespace galley::test;

namespace {
fs::path json_plugin() { return plugin_dir() / "galley_json.so"; }

// Loads `file` alone and returns the single problem it caused.
PluginProblem only_problem(const fs::path& file) {
    PluginRegistry registry;
    CHECK_FALSE(registry.load_file(file));
    REQUIRE(registry.problems().size() == 1);
    CHECK(registry.exporters().empty());
    return registry.problems().front();
}

Article tiny_article() {
    return ArticleBuilder("tiny").headline("Tiny").at(3).paragraph("Body.").build();
}
}  // namespace

TEST_CASE("the json plugin loads with complete metadata", "[plugins]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(json_plugin()));
    CHECK(registry.problems().empty());
    const LoadedExporter* json = registry.find("json");
    REQUIRE(json != nullptr);
    CHECK(json->info.extension == ".json");
    CHECK(json->info.media_type == "application/json");
    CHECK_FALSE(json->info.version.empty());
    CHECK(json->file == json_plugin());
}

TEST_CASE("a text file named like a plugin is skipped", "[plugins]") {
    TempDir dir;
    write_file(dir / "galley_text.so", "this is not a library\n");
    auto p = only_problem(dir / "galley_text.so");
    CHECK(p.file == dir / "galley_text.so");
    CHECK(p.reason.find("no ELF header") != std::string::npos);
}

TEST_CASE("an empty file is skipped", "[plugins]") {
    TempDir dir;
    write_file(dir / "galley_empty.so", "");
    CHECK(only_problem(dir / "galley_empty.so").reason.find("too short") != std::string::npos);
}

TEST_CASE("truncated copies of a real plugin are skipped, never dlopened", "[plugins]") {
    // dlopen() of a truncated ELF dies with SIGBUS; the host must catch every cut.
    const std::string whole = read_file(json_plugin());
    TempDir dir;
    for (double fraction : {0.005, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
        auto cut = static_cast<std::size_t>(static_cast<double>(whole.size()) * fraction);
        fs::path file = dir / ("galley_cut" + std::to_string(cut) + ".so");
        write_file(file, whole.substr(0, cut));
        INFO("cut at " << cut << " of " << whole.size() << " bytes");
        auto p = only_problem(file);
        CHECK(p.reason.find("truncated") != std::string::npos);
    }
}

TEST_CASE("a shared library without the galley section is not a plugin", "[plugins]") {
    auto p = only_problem(fixture_plugin_dir("no_aliases") / "galley_noaliases.so");
    CHECK(p.reason.find("not a galley plugin") != std::string::npos);
}

TEST_CASE("a plugin built for another API version is refused with both numbers", "[plugins]") {
    auto p = only_problem(fixture_plugin_dir("other_api") / "galley_otherapi.so");
    CHECK(p.reason.find("built for plugin API " + std::to_string(GALLEY_PLUGIN_API_VERSION + 98)) !=
          std::string::npos);
    CHECK(p.reason.find("has plugin API " + std::to_string(GALLEY_PLUGIN_API_VERSION)) !=
          std::string::npos);
}

TEST_CASE("a plugin that throws while starting is reported with its message", "[plugins]") {
    auto p = only_problem(fixture_plugin_dir("throws_on_create") / "galley_throws.so");
    CHECK(p.reason.find("font cache missing") != std::string::npos);
}

TEST_CASE("a plugin with an unresolved symbol fails at load, not at first call", "[plugins]") {
    auto p = only_problem(fixture_plugin_dir("unresolved") / "galley_unresolved.so");
    CHECK(p.reason.find("galley_fixture_symbol_that_does_not_exist") != std::string::npos);
}

TEST_CASE("a plugin whose id does not match its file name is skipped", "[plugins]") {
    TempDir dir;
    fs::copy_file(json_plugin(), dir / "galley_yaml.so");
    auto p = only_problem(dir / "galley_yaml.so");
    CHECK(p.reason.find("does not match its file name") != std::string::npos);
}

TEST_CASE("a duplicate id is skipped and the first plugin wins", "[plugins]") {
    TempDir dir;
    fs::copy_file(json_plugin(), dir / "galley_json.so");
    PluginRegistry registry;
    registry.load({plugin_dir(), dir.path()});
    REQUIRE(registry.find("json") != nullptr);
    CHECK(registry.find("json")->file == json_plugin());
    REQUIRE(registry.problems().size() == 1);
    CHECK(registry.problems()[0].file == dir / "galley_json.so");
    CHECK(registry.problems()[0].reason.find("duplicate plugin id \"json\"") != std::string::npos);
}

TEST_CASE("a folder of bad files and good ones loads the good ones", "[plugins]") {
    TempDir dir;
    fs::copy_file(json_plugin(), dir / "galley_json.so");
    write_file(dir / "galley_broken.so", std::string(4096, '\x7f'));
    write_file(dir / "README.txt", "not considered: only *.so files are");
    fs::copy_file(fixture_plugin_dir("other_api") / "galley_otherapi.so",
                  dir / "galley_otherapi.so");
    PluginRegistry registry;
    registry.load({dir.path()});
    CHECK(registry.exporters().size() == 1);
    CHECK(registry.problems().size() == 2);
}

TEST_CASE("the same folder listed twice loads each plugin once", "[plugins]") {
    PluginRegistry registry;
    registry.load({plugin_dir(), plugin_dir()});
    CHECK(registry.problems().empty());
    CHECK(registry.find("json") != nullptr);
}

TEST_CASE("search path order: extra folders, GALLEY_PLUGIN_PATH, then the install layout",
          "[plugins]") {
    TempDir a, b;
    setenv("GALLEY_PLUGIN_PATH", (b.path().string() + ":/nonexistent-galley-dir").c_str(), 1);
    auto path = PluginRegistry::search_path({a.path()});
    unsetenv("GALLEY_PLUGIN_PATH");
    REQUIRE(path.size() == 3);
    CHECK(path[0] == a.path());
    CHECK(path[1] == b.path());
    CHECK(fs::equivalent(path[2], plugin_dir()));
}

TEST_CASE("options are checked against the declaration", "[plugins]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(json_plugin()));
    const LoadedExporter& json = *registry.find("json");
    auto defaults = resolve_options(json, {});
    CHECK(defaults.get("indent") == "2");
    CHECK(defaults.get("positions") == "true");
    CHECK(resolve_options(json, {{"positions", "no"}}).get("positions") == "false");
    CHECK_THROWS_WITH(resolve_options(json, {{"indnet", "2"}}),
                      Catch::Contains("unknown option json.indnet"));
    CHECK_THROWS_WITH(resolve_options(json, {{"indent", "9"}}),
                      Catch::Contains("expected a number from 0 to 8"));
    CHECK_THROWS_WITH(resolve_options(json, {{"indent", "two"}}),
                      Catch::Contains("expected a whole number"));
    CHECK_THROWS_WITH(resolve_options(json, {{"positions", "maybe"}}),
                      Catch::Contains("expected true or false"));
}

TEST_CASE("an exception thrown by render() arrives as galley::Error with its message",
          "[plugins]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(fixture_plugin_dir("failing_export") / "galley_boom.so"));
    const LoadedExporter& boom = *registry.find("boom");
    Rendition out;
    DiagnosticCollector sink;
    Article a = tiny_article();
    a.source_name = "tiny.yaml";
    try {
        render(boom, a, resolve_options(boom, {}), out, sink);
        FAIL("render should have thrown");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::ExportFailed);
        CHECK(std::string(e.what()) ==
              "tiny.yaml: error: boom export failed: disk full (simulated)");
    }
}

TEST_CASE("one exporter renders on several threads at once with identical results",
          "[plugins][threads]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(json_plugin()));
    const LoadedExporter& json = *registry.find("json");
    const ExportOptions options = resolve_options(json, {});
    Article article = tiny_article();
    Rendition reference;
    DiagnosticCollector sink;
    render(json, article, options, reference, sink);
    REQUIRE(reference.bytes.find("\"Body.\"") != std::string::npos);

    constexpr int threads = 4, rounds = 200;
    std::vector<int> mismatches(threads, 0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            Rendition out;
            DiagnosticCollector local;
            for (int r = 0; r < rounds; ++r) {
                out.clear();
                render(json, article, options, out, local);
                mismatches[static_cast<std::size_t>(t)] += out.bytes != reference.bytes;
            }
        });
    }
    for (auto& t : pool) {
        t.join();
    }
    for (int m : mismatches) {
        CHECK(m == 0);
    }
}

// exporter.hpp promises that render() may run on one exporter instance from several
// threads at once. Every shipped format, every sample article (images, Markdown, CJK,
// Cyrillic), four threads each rendering all of them in a different order: each output
// must equal the one-thread rendering. The ThreadSanitizer tree (`make tsan`) runs this
// case and fails on any data race, not only on a wrong byte.
TEST_CASE("every shipped exporter renders the samples on 4 threads as it does on one",
          "[plugins][threads]") {
    std::vector<Article> articles;
    for (const auto& file : sample_files()) {
        LoadResult loaded = load_article_file(file);
        INFO(file.string());
        REQUIRE(loaded.ok());
        articles.push_back(std::move(*loaded.article));
    }
    REQUIRE(articles.size() >= 4);
    const std::vector<std::string> formats = {"epub", "json", "newsml", "pdf", "xhtml"};
    PluginRegistry registry;
    registry.load({plugin_dir()}, formats);
    for (const auto& id : formats) {
        INFO("format " << id);
        const LoadedExporter* exporter = registry.find(id);
        REQUIRE(exporter != nullptr);
        ExportOptions options = resolve_options(*exporter, {});
        options.source_date_epoch = 1700000000;
        std::vector<std::string> reference;
        for (const auto& article : articles) {
            Rendition out;
            DiagnosticCollector sink;
            render(*exporter, article, options, out, sink);
            reference.push_back(out.bytes);
        }

        constexpr std::size_t threads = 4, rounds = 2;
        std::vector<int> mismatches(threads, 0);
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                Rendition out;  // reused across calls, as the batch runner does
                DiagnosticCollector sink;
                for (std::size_t r = 0; r < rounds * articles.size(); ++r) {
                    const std::size_t i = (r + t) % articles.size();
                    out.clear();
                    render(*exporter, articles[i], options, out, sink);
                    mismatches[t] += out.bytes != reference[i];
                }
            });
        }
        for (auto& t : pool) {
            t.join();
        }
        for (int m : mismatches) {
            CHECK(m == 0);
        }
    }
}

TEST_CASE("loading only named formats leaves the other plugin files alone", "[plugins]") {
    TempDir dir;
    fs::copy_file(json_plugin(), dir / "galley_json.so");
    write_file(dir / "galley_broken.so", "junk");  // not named: not even opened
    PluginRegistry registry;
    registry.load({dir.path()}, {"json"});
    CHECK(registry.find("json") != nullptr);
    CHECK(registry.problems().empty());
    registry.load({dir.path()});  // everything: now the junk is looked at and reported
    CHECK(registry.problems().size() == 1);
    CHECK(registry.exporters().size() == 1);
}

TEST_CASE("a plugin built with libstdc++'s other string ABI is skipped with the differences",
          "[plugins][hardening]") {
    auto p = only_problem(fixture_plugin_dir("other_toolchain") / "galley_oldabi.so");
    CHECK(p.reason.find("built with another toolchain or other galley headers") !=
          std::string::npos);
    CHECK(p.reason.find("_GLIBCXX_USE_CXX11_ABI=0 (galley: 1)") != std::string::npos);
    CHECK(p.reason.find("sizeof(std::string) 8 (galley: 32)") != std::string::npos);
    CHECK(p.reason.find("rebuild it against this galley") != std::string::npos);
}

TEST_CASE("the shipped plugins carry this build's toolchain fingerprint", "[plugins][hardening]") {
    PluginRegistry registry;
    registry.load({plugin_dir()});
    CHECK(registry.problems().empty());
    for (const char* id : {"json", "pdf", "xhtml", "epub", "newsml"}) {
        CHECK(registry.find(id) != nullptr);
    }
}

TEST_CASE("what a plugin's option checks throw becomes an error naming the plugin",
          "[plugins][hardening]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(fixture_plugin_dir("throws_on_check") / "galley_checkboom.so"));
    const LoadedExporter& checkboom = *registry.find("checkboom");
    CHECK(resolve_options(checkboom, {}).get("mode") == "calm");
    auto code_of = [&](const std::string& mode) {
        try {
            resolve_options(checkboom, {{"mode", mode}});
        } catch (const Error& e) {
            INFO(e.what());
            CHECK(e.message().rfind("checkboom plugin failed while checking ", 0) == 0);
            return e.code();
        }
        FAIL("resolve_options should have thrown");
        return ErrorCode::Usage;
    };
    CHECK(code_of("explode") == ErrorCode::ExportFailed);
    CHECK(code_of("int") == ErrorCode::ExportFailed);
    CHECK(code_of("whole") == ErrorCode::ExportFailed);
}

TEST_CASE("the pdf plugin refuses a page that cannot fit when options are resolved",
          "[plugins][hardening]") {
    PluginRegistry registry;
    REQUIRE(registry.load_file(plugin_dir() / "galley_pdf.so"));
    const LoadedExporter& pdf = *registry.find("pdf");
    CHECK_NOTHROW(resolve_options(pdf, {{"paper", "a5"}}));
    try {
        resolve_options(pdf, {{"paper", "50x50mm"}});
        FAIL("resolve_options should have thrown");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Usage);
        CHECK(e.message() == "bad options for pdf: the margins leave less than 40 x 60 mm for "
                             "text on this paper");
    }
    CHECK_THROWS_WITH(resolve_options(pdf, {{"font-size", "nan"}}),
                      Catch::Contains("bad value 'nan'"));
}
