// The epub exporter: epubcheck's verdict, the package document's metadata, the
// navigation document, and the content document shared with the xhtml exporter.
#include "epubcheck.hpp"
#include "exporter_harness.hpp"
#include "test_articles.hpp"
#include "xml_query.hpp"
#include "zip_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;

namespace {

const ExporterHarness& epub() { return ExporterHarness::shared("epub"); }

EpubcheckVerdict check_publication(const std::string& bytes) {
    TempDir dir;
    write_file(dir / "book.epub", bytes);
    return epubcheck(dir / "book.epub");
}

}  // namespace

TEST_CASE("epub declares its format", "[epub]") {
    const ExporterInfo& info = epub().exporter().info;
    CHECK(info.id == "epub");
    CHECK(info.extension == ".epub");
    CHECK(info.media_type == "application/epub+zip");
    REQUIRE(info.options.size() == 1);
    CHECK(info.options[0].key == "ncx");
    CHECK(info.options[0].default_value == "true");
}

TEST_CASE("epubcheck finds no error and no warning", "[epub][epubcheck]") {
    REQUIRE(fs::exists(epubcheck_jar()));
    for (const auto& [name, article] : all_test_articles()) {
        SECTION(name) {
            const EpubcheckVerdict verdict = check_publication(epub().render(article).output.bytes);
            INFO(verdict.report);
            CHECK(verdict.exit_code == 0);
            CHECK(verdict.errors == 0);
            CHECK(verdict.warnings == 0);
            CHECK(verdict.report.find("No errors or warnings detected") != std::string::npos);
        }
    }
}

TEST_CASE("epubcheck is a real check: a broken publication fails it", "[epub][epubcheck]") {
    std::string bytes = epub().render(feature_article()).output.bytes;
    const std::string needle = "EPUB/nav.xhtml";
    // Rename the file in the local header and the central directory: the manifest's
    // nav.xhtml goes missing.
    for (std::size_t at = bytes.find(needle); at != std::string::npos;
         at = bytes.find(needle, at)) {
        bytes.replace(at, needle.size(), "EPUB/xav.xhtml");
    }
    const EpubcheckVerdict verdict = check_publication(bytes);
    CHECK(verdict.exit_code != 0);
    CHECK(verdict.errors > 0);
}

TEST_CASE("the package document describes the article", "[epub][opf]") {
    const auto entries = read_zip(epub().render(feature_article()).output.bytes);
    const XmlQuery q(entry(entries, "EPUB/package.opf"));
    REQUIRE(q.well_formed());
    const std::string m = "/opf:package/opf:metadata";
    CHECK(q.string("/opf:package/@version") == "3.0");
    CHECK(q.string("/opf:package/@unique-identifier") == "pub-id");
    // uuid5(uuid5(NAMESPACE_URL, "urn:galley:article"), id), as Python computes it.
    CHECK(q.string(m + "/dc:identifier[@id='pub-id']") ==
          "urn:uuid:15d47b77-e459-5e42-841b-31dc99f2b707");
    CHECK(q.string(m + "/dc:title[@id='title']") == "A river port learns to wait");
    CHECK(q.string(m + "/opf:meta[@refines='#subtitle'][@property='title-type']") == "subtitle");
    CHECK(q.string(m + "/dc:language") == "en");
    CHECK(q.strings(m + "/dc:creator") == std::vector<std::string>{"Anna Petrova"});
    CHECK(q.string(m + "/opf:meta[@refines='#creator-1'][@property='role']") == "aut");
    CHECK(q.strings(m + "/dc:contributor") == std::vector<std::string>{"Li Wei"});
    CHECK(q.string(m + "/opf:meta[@refines='#creator-2'][@property='role']") == "pht");
    CHECK(q.string(m + "/dc:date") == "2024-01-15T09:30:00+08:00");
    CHECK(q.string(m + "/opf:meta[@property='dcterms:modified']") == "2024-01-16T10:05:00Z");
    CHECK(q.strings(m + "/dc:subject") == std::vector<std::string>{"economy, business and finance",
                                                                   "economy", "Harbin",
                                                                   "Songhua River", "logistics"});
    CHECK(q.string(m + "/opf:meta[@refines='#subject-2'][@property='term']") == "20000344");
    CHECK(q.string(m + "/dc:description") ==
          "How a northern river port plans a year around four months of ice.");
    CHECK(q.string(m + "/dc:publisher") == "Galley Wire");
    CHECK(q.string(m + "/dc:rights") == "\xC2\xA9 2024 Galley Wire");
    // EPUB Accessibility 1.1
    CHECK(q.strings(m + "/opf:meta[@property='schema:accessMode']") ==
          std::vector<std::string>{"textual", "visual"});
    CHECK(q.count(m + "/opf:meta[@property='schema:accessModeSufficient'][.='textual']") == 1);
    CHECK(q.count(m + "/opf:meta[@property='schema:accessibilityFeature'][.='alternativeText']") ==
          1);
    CHECK(q.count(m + "/opf:meta[@property='schema:accessibilityFeature'][.='tableOfContents']") ==
          1);
    CHECK(q.string(m + "/opf:meta[@property='schema:accessibilityHazard']") == "none");
    CHECK_FALSE(q.string(m + "/opf:meta[@property='schema:accessibilitySummary']").empty());
    // Manifest and spine.
    const std::string item = "/opf:package/opf:manifest/opf:item";
    CHECK(q.string(item + "[@properties='nav']/@href") == "nav.xhtml");
    CHECK(q.string(item + "[@href='content.xhtml']/@media-type") == "application/xhtml+xml");
    CHECK(q.string(item + "[@href='style.css']/@media-type") == "text/css");
    CHECK(q.string(item + "[@href='images/skyline.png']/@media-type") == "image/png");
    CHECK(q.strings("/opf:package/opf:spine/opf:itemref/@idref") ==
          std::vector<std::string>{"content"});
    CHECK(q.string(item + "[@id='ncx']/@href") == "toc.ncx");
    CHECK(q.string("/opf:package/opf:spine/@toc") == "ncx");
}

TEST_CASE("every author is a dc:creator, with aut when the role names a writer", "[epub][opf]") {
    Article article = feature_article();
    article.authors = {{"Anna Petrova", "Business reporter", "", ""},
                       {"Ольга Семёнова", "корреспондент", "", ""},
                       {"王雪", "本报记者", "", ""},
                       {"Sam Doe", "Harbin desk", "", ""},
                       {"Li Wei", "photographer", "", ""}};
    const auto entries = read_zip(epub().render(article).output.bytes);
    const XmlQuery q(entry(entries, "EPUB/package.opf"));
    const std::string m = "/opf:package/opf:metadata";
    CHECK(q.strings(m + "/dc:creator") ==
          std::vector<std::string>{"Anna Petrova", "Ольга Семёнова", "王雪", "Sam Doe"});
    for (const char* id : {"creator-1", "creator-2", "creator-3"}) {
        CHECK(q.string(m + "/opf:meta[@refines='#" + std::string(id) + "'][@property='role']") ==
              "aut");
    }
    CHECK(q.count(m + "/opf:meta[@refines='#creator-4']") == 0);  // free text: no relator
    CHECK(q.strings(m + "/dc:contributor") == std::vector<std::string>{"Li Wei"});
    CHECK(q.string(m + "/opf:meta[@refines='#creator-5'][@property='role']") == "pht");
}

TEST_CASE("toc.ncx mirrors the navigation document for EPUB 2 reading systems", "[epub][ncx]") {
    const auto entries = read_zip(epub().render(feature_article()).output.bytes);
    const XmlQuery opf(entry(entries, "EPUB/package.opf"));
    const XmlQuery q(entry(entries, "EPUB/toc.ncx"));
    REQUIRE(q.well_formed());
    CHECK(q.string("/ncx:ncx/ncx:head/ncx:meta[@name='dtb:uid']/@content") ==
          opf.string("//dc:identifier[@id='pub-id']"));
    CHECK(q.string("/ncx:ncx/ncx:head/ncx:meta[@name='dtb:depth']/@content") == "4");
    CHECK(q.string("/ncx:ncx/ncx:docTitle/ncx:text") == "A river port learns to wait");
    const std::string top = "/ncx:ncx/ncx:navMap/ncx:navPoint";
    CHECK(q.count(top) == 1);
    CHECK(q.string(top + "/ncx:content/@src") == "content.xhtml");
    CHECK(q.string(top + "/ncx:navPoint/ncx:navLabel/ncx:text") == "The first ice");
    CHECK(q.string(top + "/ncx:navPoint/ncx:content/@src") == "content.xhtml#the-first-ice");
    CHECK(q.string(top + "/ncx:navPoint/ncx:navPoint/ncx:navPoint/ncx:navLabel/ncx:text") ==
          "Three dates to watch");
    std::vector<std::string> order = q.strings("//ncx:navPoint/@playOrder");
    for (std::size_t i = 0; i < order.size(); ++i) {
        CHECK(order[i] == std::to_string(i + 1));
    }
}

TEST_CASE("epub.ncx=false leaves toc.ncx out", "[epub][ncx]") {
    const auto entries =
        read_zip(epub().render(feature_article(), {{"ncx", "false"}}).output.bytes);
    CHECK_THROWS(entry(entries, "EPUB/toc.ncx"));
    const XmlQuery opf(entry(entries, "EPUB/package.opf"));
    CHECK(opf.count("//opf:item[@href='toc.ncx']") == 0);
    CHECK(opf.count("/opf:package/opf:spine/@toc") == 0);
    const EpubcheckVerdict verdict =
        check_publication(epub().render(feature_article(), {{"ncx", "false"}}).output.bytes);
    CHECK(verdict.errors + verdict.warnings == 0);
}

TEST_CASE("the navigation document nests the headings under the headline", "[epub][nav]") {
    const auto entries = read_zip(epub().render(feature_article()).output.bytes);
    const XmlQuery q(entry(entries, "EPUB/nav.xhtml"));
    REQUIRE(q.well_formed());
    const std::string toc = "//h:nav[@epub:type='toc']/h:ol";
    CHECK(q.count(toc + "/h:li") == 1);
    CHECK(q.string(toc + "/h:li/h:a") == "A river port learns to wait");
    CHECK(q.string(toc + "/h:li/h:a/@href") == "content.xhtml");
    CHECK(q.string(toc + "/h:li/h:ol/h:li/h:a") == "The first ice");
    CHECK(q.string(toc + "/h:li/h:ol/h:li/h:a/@href") == "content.xhtml#the-first-ice");
    CHECK(q.string(toc + "/h:li/h:ol/h:li/h:ol/h:li/h:a/@href") ==
          "content.xhtml#what-moves-in-winter");
    CHECK(q.string(toc + "/h:li/h:ol/h:li/h:ol/h:li/h:ol/h:li/h:a") == "Three dates to watch");
    CHECK(q.count("//h:nav[@epub:type='landmarks']//h:a[@epub:type='bodymatter']") == 1);
}

TEST_CASE("a heading that skips a level nests one step deeper only", "[epub][nav]") {
    Article article = feature_article();
    article.body = {Block{Heading{2, {text("A")}}, {}}, Block{Heading{4, {text("B")}}, {}},
                    Block{Heading{3, {text("C")}}, {}}, Block{Heading{2, {text("D")}}, {}},
                    Block{Paragraph{{text("x")}}, {}}};
    const auto entries = read_zip(epub().render(article).output.bytes);
    const XmlQuery q(entry(entries, "EPUB/nav.xhtml"));
    REQUIRE(q.well_formed());
    const std::string top = "//h:nav[@epub:type='toc']/h:ol/h:li/h:ol";
    CHECK(q.strings(top + "/h:li/h:a") == std::vector<std::string>{"A", "D"});
    CHECK(q.strings(top + "/h:li[1]/h:ol/h:li/h:a") == std::vector<std::string>{"B", "C"});
}

TEST_CASE("the content document is the xhtml exporter's page, packaged",
          "[epub][content][needs-xhtml]") {
    const Article article = feature_article();
    const auto entries = read_zip(epub().render(article).output.bytes);
    const std::string& content = entry(entries, "EPUB/content.xhtml");
    const std::string page =
        ExporterHarness::shared("xhtml").render(article, {{"css", "style.css"}}).output.bytes;
    // The body is the same bytes except for where the images live.
    auto body_of = [](const std::string& doc) { return doc.substr(doc.find("<body>")); };
    std::string expected = body_of(page);
    const std::string web_src = "river-port-feature-2024-images/";
    expected.replace(expected.find(web_src), web_src.size(), "images/");
    CHECK(body_of(content) == expected);
    CHECK(content.find("name=\"viewport\"") == std::string::npos);
    CHECK(content.find("<link rel=\"stylesheet\" href=\"style.css\"/>") != std::string::npos);
    CHECK(entry(entries, "EPUB/style.css").find("galley article stylesheet") != std::string::npos);
}

TEST_CASE("galley convert writes every sample as xhtml and epub, the same bytes twice",
          "[epub][cli][needs-xhtml]") {
    std::vector<std::string> args = {"convert", "--to", "xhtml,epub", "-q", "-d"};
    TempDir first, second;
    std::vector<std::string> inputs;
    for (const auto& file : sample_files()) {
        inputs.push_back(file.string());
    }
    auto convert = [&](const TempDir& dir) {
        std::vector<std::string> a = args;
        a.push_back(dir.path().string());
        a.insert(a.end(), inputs.begin(), inputs.end());
        return run_galley(a);
    };
    const CommandResult r1 = convert(first);
    INFO(r1.err);
    REQUIRE(r1.exit_code == 0);
    REQUIRE(convert(second).exit_code == 0);
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(first.path())) {
        if (!e.is_regular_file()) {
            continue;
        }
        ++files;
        const fs::path relative = fs::relative(e.path(), first.path());
        INFO(relative.string());
        CHECK(read_file(e.path()) == read_file(second.path() / relative));
    }
    // Two outputs per sample, plus the images copied beside the pages.
    CHECK(files >= 2 * inputs.size());
    for (const auto& input : sample_files()) {
        // The CLI writes what the exporter renders, which epubcheck has checked above.
        CHECK(read_file(first.path() / (input.stem().string() + ".epub")) ==
              epub().render(load_article(input.string())).output.bytes);
        CHECK(fs::exists(first.path() / (input.stem().string() + ".xhtml")));
    }
}
