// One truth across every format: each sample rendered in memory to every format galley
// can read back, its fields (headline, dek, byline, dateline, body paragraphs, captions,
// embargo notice, copyright) extracted from each output and compared with the model and
// the presentation layer. A new format joins by adding an extractor to
// core/cli/consistency/extractors.cpp: these tests then cover it without a change.
#include "consistency/article_fields.hpp"
#include "test_support.hpp"

#include <galley/loader.hpp>
#include <galley/registry.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley;
using namespace galley::test;
namespace check = galley::consistency;

namespace {

const PluginRegistry& plugins() {
    static const PluginRegistry& registry = []() -> const PluginRegistry& {
        static PluginRegistry r;
        r.load({plugin_dir()});
        return r;
    }();
    return registry;
}

class Quiet : public DiagnosticSink {
public:
    void report(Diagnostic) override {}
};

std::string render_to(const std::string& id, const Article& article) {
    const LoadedExporter* exporter = plugins().find(id);
    REQUIRE(exporter != nullptr);
    Rendition out;
    Quiet quiet;
    render(*exporter, article, resolve_options(*exporter, {}), out, quiet);
    return out.bytes;
}

const check::Extractor& extractor(const std::string& id) {
    for (const auto& e : check::extractors()) {
        if (e.format_id == id) {
            return e;
        }
    }
    FAIL("no extractor for " << id);
    throw;
}

Article load(const fs::path& file) {
    LoadResult r = load_article_file(file);
    REQUIRE(r.ok());
    return std::move(*r.article);
}

std::string describe(const std::vector<check::Difference>& differences) {
    std::string out;
    for (const auto& d : differences) {
        out += d.format_id + " " + d.field + ": found \"" + d.found + "\", expected \"" +
               d.expected + "\"\n";
    }
    return out;
}

}  // namespace

TEST_CASE("every sample reads the same in every format", "[consistency]") {
    for (const fs::path& sample : sample_files()) {
        const Article article = load(sample);
        const check::Fields expected = check::expected_fields(article);
        REQUIRE(expected.count("headline") == 1);
        for (const auto& e : check::extractors()) {
            if (plugins().find(e.format_id) == nullptr) {
                continue;  // a format this build has no plugin for
            }
            SECTION(sample.filename().string() + " as " + e.format_id) {
                const check::Extraction got = e.extract(render_to(e.format_id, article));
                if (e.format_id == "pdf" && !have_program("pdftotext")) {
                    WARN("pdftotext is not installed: the PDF is not compared");
                    continue;
                }
                REQUIRE(got.skipped.empty());
                const auto differences = check::compare(expected, got, e.format_id);
                INFO(describe(differences));
                CHECK(differences.empty());
            }
        }
    }
}

TEST_CASE("every sample's structured outputs carry the fields they promise", "[consistency]") {
    // A field an extractor leaves out is never compared: make sure the readers do find
    // the fields, so an empty extraction cannot pass for agreement.
    const Article article = load(samples_dir() / "newsroom-archives-feature.yaml");
    for (const char* id : {"xhtml", "epub"}) {
        const check::Extraction got = extractor(id).extract(render_to(id, article));
        for (const char* field :
             {"headline", "dek", "byline", "dateline", "embargo", "copyright"}) {
            INFO(id << " " << field);
            CHECK(got.fields.at(field).size() == 1);
        }
        CHECK(got.fields.at("paragraph").size() > 10);
        CHECK(got.fields.at("caption").size() == 1);
    }
    const check::Extraction newsml = extractor("newsml").extract(render_to("newsml", article));
    CHECK(newsml.fields.at("dateline") == std::vector<std::string>{"Halden Bay, 14 March"});
    CHECK(newsml.fields.at("byline") ==
          std::vector<std::string>{"By Marta Lindqvist and Owen Achterberg"});
    const check::Extraction ninjs = extractor("ninjs").extract(render_to("ninjs", article));
    for (const char* field : {"headline", "dek", "byline", "copyright"}) {
        INFO("ninjs " << field);
        CHECK(ninjs.fields.at(field).size() == 1);
    }
    CHECK(ninjs.fields.at("paragraph").size() > 10);
    CHECK(ninjs.fields.at("caption").size() == 1);
}

TEST_CASE("a field one format prints differently is reported", "[consistency]") {
    const Article article = load(samples_dir() / "newsroom-archives-feature.yaml");
    const check::Fields expected = check::expected_fields(article);
    // The bug this layer removed: the XHTML joined names with commas.
    std::string page = render_to("xhtml", article);
    const std::string byline = "By Marta Lindqvist and Owen Achterberg";
    REQUIRE(page.find(byline) != std::string::npos);
    page.replace(page.find(byline), byline.size(), "By Marta Lindqvist, Owen Achterberg");
    const auto differences = check::compare(expected, extractor("xhtml").extract(page), "xhtml");
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].field == "byline");
    CHECK(differences[0].found == "By Marta Lindqvist, Owen Achterberg");
    CHECK(differences[0].expected == byline);
}

TEST_CASE("a PDF's text agrees modulo line breaks, hyphenation and capitals", "[consistency]") {
    check::Fields expected{
        {"headline", {"The paper that remembers everything"}},
        {"embargo", {"Embargoed until 16 March 2024 at 06:00 GMT+1"}},
        {"paragraph", {"Reporters went there only when they had to, and usually came out."}}};
    check::Extraction pdf;
    pdf.text =
        "EMBARGOED UNTIL 16 MARCH 2024 AT 06:00 GMT+1\nThe paper that remem-\nbers everything\n"
        "Reporters went there only when they\nhad to, and\nFEATURES   Page 2 of 3\nusually came "
        "out.\n";
    CHECK(check::compare(expected, pdf, "pdf").empty());
    // A date printed differently is caught.
    pdf.text =
        "EMBARGOED UNTIL MARCH 16, 2024, 6:00 UTC+01:00\nThe paper that remembers everything\n"
        "Reporters went there only when they had to, and usually came out.\n";
    const auto differences = check::compare(expected, pdf, "pdf");
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].field == "embargo");
    CHECK(differences[0].missing);
}

TEST_CASE("galley check agrees on every sample and fails on a bad input", "[consistency][cli]") {
    std::vector<std::string> args{"check"};
    for (const fs::path& sample : sample_files()) {
        args.push_back(sample.string());
    }
    const CommandResult ok = run_galley(args);
    INFO(ok.out << ok.err);
    CHECK(ok.exit_code == 0);
    CHECK(std::count(ok.out.begin(), ok.out.end(), '\n') ==
          static_cast<long>(sample_files().size()));
    CHECK(ok.out.find(" agree\n") != std::string::npos);

    TempDir dir;
    write_file(dir / "bad.yaml", "galley: 1\nid: x\n");
    const CommandResult bad = run_galley({"check", (dir / "bad.yaml").string()});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("bad.yaml:") != std::string::npos);
}
