// Implementation of the newsml suite's helpers.
#include "newsml_test_support.hpp"

#include <galley/loader.hpp>

#include <catch2/catch.hpp>


#include <iostream>

namespace galley::newsml_test {


const LoadedExporter& newsml() {
    static PluginRegistry registry;
    static const LoadedExporter* loaded = [] {
        const fs::path file = test::plugin_dir() / "galley_newsml.so";
        if (!registry.load_file(file)) {
            FAIL("cannot load " << file << ": "
                                << (registry.problems().empty() ? std::string("?")
                                                                : registry.problems().back().reason));
        }
        return registry.find("newsml");
    }();
    REQUIRE(loaded != nullptr);
    return *loaded;
}

std::string Output::messages() const {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.format() + "\n";
    }
    return out;
}

bool Output::warned(std::string_view needle) const {
    for (const auto& d : diagnostics) {
        if (d.severity == Severity::Warning && d.message.find(needle) != std::string::npos) {
            return true;
        }
    }
    return false;
}

Output render(const Article& article, const std::map<std::string, std::string>& options,
              std::optional<std::int64_t> source_date_epoch) {
    const LoadedExporter& exporter = newsml();
    ExportOptions resolved = resolve_options(exporter, options);
    resolved.source_date_epoch = source_date_epoch;
    Rendition rendition;
    DiagnosticCollector sink;
    galley::render(exporter, article, resolved, rendition, sink);
    return Output{rendition.bytes, sink.diagnostics(), rendition.side_files};
}

InlineText text(const std::string& s) { return {Inline{Inline::Kind::Text, s, {}, {}, {}}}; }

Article basic_article() {
    Article a;
    a.id = "harbin-promotion-yekaterinburg-2023";
    a.language = "en";
    a.section = "Foreign Exchanges";
    a.headline = text("Harbin business promotion and economic cooperation event held in Russia");
    a.subheadline = text("More than 150 representatives from Russia and Belarus attended");
    a.byline = "By ( e.my399.com )";
    a.source = "e.my399.com";
    a.dateline = Dateline{"Yekaterinburg, Russia", date(2023, 7, 10)};
    a.updated = date(2023, 7, 11);
    a.subjects = {{"medtop:04000000", "economy, business and finance"},
                  {"medtop:20000638", "international relations"}};
    a.keywords = {"Harbin", "China-Russia Expo"};
    a.people = {"Zhang Qixiang"};
    a.organisations = {"Harbin Municipal Government"};
    a.places = {"Harbin", "Yekaterinburg"};
    a.body.push_back(Block{Paragraph{text("During the 7th China-Russia Expo, a Harbin business "
                                          "promotion event was held in Yekaterinburg.")},
                           {20, 5}});
    a.body.push_back(Block{Heading{2, text("Signing ceremony")}, {22, 5}});
    a.body.push_back(Block{Paragraph{{Inline{Inline::Kind::Text, "Enterprises had ", {}, {}, {}},
                                      Inline{Inline::Kind::Emphasis, {}, {}, {}, text("face-to-face")},
                                      Inline{Inline::Kind::Text, " discussions.", {}, {}, {}}}},
                           {23, 5}});
    a.source_name = "basic.yaml";
    return a;
}

Article full_article() {
    Article a = basic_article();
    a.created = date_time(2023, 7, 10, 18, 5, 180);
    a.published = date_time(2023, 7, 10, 19, 0, 180);
    a.updated = date_time(2023, 7, 11, 9, 30, 0);
    a.urgency = 4;
    a.slugline = "RUSSIA-CHINA/HARBIN";
    a.summary = text("Harbin presented itself to Russian and Belarusian partners.");
    a.authors = {Person{"Anna Petrova", "correspondent", "anna@example.com",
                        "https://example.com/staff/apetrova"},
                 Person{"Li Wei", "", "", ""}};
    a.copyright = Copyright{"Example News Agency", 2023, ""};
    a.embargo = date_time(2023, 7, 12, 6, 0, 0);
    a.corrections = {Correction{date(2023, 7, 11), text("An earlier version misnamed the oblast.")}};
    a.body.push_back(Block{Quote{text("Harbin is one of our most important partners."),
                                 text("Alexandrine, Smolensk Oblast")},
                           {30, 5}});
    a.body.push_back(Block{List{false, {text("logistics"), text("trade")}}, {32, 5}});
    a.body.push_back(Block{Rule{}, {35, 5}});
    a.body.push_back(image_block("expo.png", "The expo hall.", "Photo: Example", {36, 5}));
    ExtensionValue ext;
    ext.kind = ExtensionValue::Kind::Mapping;
    auto scalar = [](std::string v) {
        ExtensionValue s;
        s.kind = ExtensionValue::Kind::Scalar;
        s.scalar = std::move(v);
        return s;
    };
    ext.members.push_back({"genre", scalar("genre:Current")});
    ext.members.push_back({"usageTerms", scalar("Not for use outside Europe.")});
    ext.members.push_back({"edNote", scalar("Pictures follow.")});
    a.extensions["x-newsml"] = ext;
    a.source_name = "full.yaml";
    return a;
}

const std::string hostile =
    "<b>bold</b> & \"dq\" 'sq' ]]> &amp; <![CDATA[x]]> <!-- c --> <script>x</script>";

Article hostile_article() {
    Article a;
    a.id = "hostile";
    a.language = "en";
    a.section = hostile;
    a.headline = text(hostile);
    a.subheadline = text("sub " + hostile);
    a.summary = text("summary " + hostile);
    a.byline = "by " + hostile;
    a.authors = {Person{"author " + hostile, "role " + hostile, "", ""}};
    a.source = "source " + hostile;
    a.copyright = Copyright{"holder " + hostile, 2023, "notice " + hostile};
    a.dateline = Dateline{"place " + hostile, date(2023, 7, 10)};
    a.created = date(2023, 7, 10);
    a.slugline = "slug " + hostile;
    a.embargo = date_time(2023, 7, 12, 6, 0, 0);
    a.corrections = {Correction{date(2023, 7, 11), text("correction " + hostile)}};
    a.subjects = {{"medtop:04000000", "subject " + hostile}, {"x:\"<&>\"", "code " + hostile}};
    a.keywords = {"keyword " + hostile};
    a.people = {"person " + hostile};
    a.organisations = {"organisation " + hostile};
    a.places = {"place " + hostile};
    a.body.push_back(Block{Paragraph{text("paragraph " + hostile)}, {10, 3}});
    a.body.push_back(Block{Heading{3, text("heading " + hostile)}, {11, 3}});
    a.body.push_back(Block{Quote{text("quote " + hostile), text("by " + hostile)}, {12, 3}});
    a.body.push_back(Block{List{true, {text("item " + hostile)}}, {13, 3}});
    a.body.push_back(image_block("x.png", "caption " + hostile, "credit " + hostile, {14, 3}));
    ExtensionValue ext;
    ext.kind = ExtensionValue::Kind::Mapping;
    ExtensionValue note;
    note.kind = ExtensionValue::Kind::Scalar;
    note.scalar = "note " + hostile;
    ext.members.push_back({"edNote", note});
    note.scalar = "terms " + hostile;
    ext.members.push_back({"usageTerms", note});
    a.extensions["x-newsml"] = ext;
    a.source_name = "hostile.yaml";
    return a;
}

Block paragraph(const std::string& s, Position at) {
    Block block;
    block.content = Paragraph{text(s)};
    block.at = at;
    return block;
}

Block image_block(const std::string& path, const std::string& caption, const std::string& credit,
                  Position at) {
    Image image;
    image.path = path;
    image.media_type = "image/png";
    image.width = 1;
    image.height = 1;
    image.data = std::make_shared<const std::string>("\x89PNG\r\n\x1a\n");
    image.alt = "alt text";
    image.caption = text(caption);
    image.credit = credit;
    return Block{image, at};
}

Article load_sample(const std::string& name) {
    return load_article(test::samples_dir() / (name + ".yaml"));
}

Article load_article(const fs::path& file) {
    LoadResult result = load_article_file(file);
    std::string problems;
    for (const auto& d : result.diagnostics) {
        problems += d.format() + "\n";
    }
    INFO(problems);
    REQUIRE(result.ok());
    return std::move(*result.article);
}

Xml::Xml(const std::string& bytes) : galley::test::XmlQuery(bytes) {
    INFO(bytes);
    REQUIRE(well_formed());
}

std::optional<fs::path> kit() {
    const fs::path dir = test::newsml_kit();
    if (!fs::is_regular_file(dir / "validate") || !fs::is_regular_file(dir / "check-qcodes") ||
        !test::have_program("xmllint")) {
        return std::nullopt;
    }
    return dir;
}

void report_kit_missing() {
    // tests/plugins/newsml/CMakeLists.txt marks the test Skipped when it prints this.
    std::cout << "SKIPPED: NewsML-G2 kit not usable: no validate/check-qcodes in "
              << test::newsml_kit() << " or no xmllint (configure -DGALLEY_NEWSML_KIT=DIR)"
              << std::endl;
}

std::vector<fs::path> write_outputs(const fs::path& dir,
                                    const std::vector<std::pair<std::string, Output>>& outputs) {
    std::vector<fs::path> files;
    for (const auto& [name, output] : outputs) {
        files.push_back(dir / (name + ".newsml.xml"));
        test::write_file(files.back(), output.bytes);
    }
    return files;
}

}  // namespace galley::newsml_test
