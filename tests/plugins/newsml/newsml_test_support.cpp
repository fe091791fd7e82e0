// Implementation of the newsml suite's helpers.
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

#include <iostream>

namespace galley::newsml_test {

const LoadedExporter& newsml() {
    static PluginRegistry registry;
    static const LoadedExporter* loaded = [] {
        const fs::path file = test::plugin_dir() / "galley_newsml.so";
        if (!registry.load_file(file)) {
            FAIL("cannot load " << file << ": "
                                << (registry.problems().empty()
                                        ? std::string("?")
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

Article basic_article() {
    return ArticleBuilder("harbin-promotion-yekaterinburg-2023")
        .section("Foreign Exchanges")
        .headline("Harbin business promotion and economic cooperation event held in Russia")
        .subheadline("More than 150 representatives from Russia and Belarus attended")
        .byline("By ( e.my399.com )")
        .source("e.my399.com")
        .dateline("Yekaterinburg, Russia", date(2023, 7, 10))
        .updated(date(2023, 7, 11))
        .subject("medtop:04000000", "economy, business and finance")
        .subject("medtop:20000638", "international relations")
        .keywords({"Harbin", "China-Russia Expo"})
        .people({"Zhang Qixiang"})
        .organisations({"Harbin Municipal Government"})
        .places({"Harbin", "Yekaterinburg"})
        .at(20)
        .paragraph(
            "During the 7th China-Russia Expo, a Harbin business promotion event was held in "
            "Yekaterinburg.")
        .at(22)
        .heading("Signing ceremony")
        .paragraph("Enterprises had *face-to-face* discussions.")
        .source_name("basic.yaml")
        .build();
}

Article full_article() {
    return ArticleBuilder(basic_article())
        .created(date_time(2023, 7, 10, 18, 5, 180))
        .published(date_time(2023, 7, 10, 19, 0, 180))
        .updated(date_time(2023, 7, 11, 9, 30, 0))
        .urgency(4)
        .slugline("RUSSIA-CHINA/HARBIN")
        .summary("Harbin presented itself to Russian and Belarusian partners.")
        .author("Anna Petrova", "correspondent", "anna@example.com",
                "https://example.com/staff/apetrova")
        .author("Li Wei")
        .copyright("Example News Agency", 2023)
        .embargo(date_time(2023, 7, 12, 6, 0, 0))
        .correction(date(2023, 7, 11), "An earlier version misnamed the oblast.")
        .at(30)
        .quote("Harbin is one of our most important partners.", "Alexandrine, Smolensk Oblast")
        .at(32)
        .list({"logistics", "trade"})
        .at(35)
        .rule()
        .image(small_figure("expo.png", "The expo hall.", "Photo: Example"))
        .extension("x-newsml", {{"genre", "genre:Current"},
                                {"usageTerms", "Not for use outside Europe."},
                                {"edNote", "Pictures follow."}})
        .source_name("full.yaml")
        .build();
}

const std::string hostile =
    "<b>bold</b> & \"dq\" 'sq' ]]> &amp; <![CDATA[x]]> <!-- c --> <script>x</script>";

Article hostile_article() {
    // plain(): the builder's markup would read the '[' of the CDATA opener.
    return ArticleBuilder("hostile")
        .section(hostile)
        .headline(plain(hostile))
        .subheadline(plain("sub " + hostile))
        .summary(plain("summary " + hostile))
        .byline("by " + hostile)
        .author("author " + hostile, "role " + hostile)
        .source("source " + hostile)
        .copyright("holder " + hostile, 2023, "notice " + hostile)
        .dateline("place " + hostile, date(2023, 7, 10))
        .created(date(2023, 7, 10))
        .slugline("slug " + hostile)
        .embargo(date_time(2023, 7, 12, 6, 0, 0))
        .correction(date(2023, 7, 11), plain("correction " + hostile))
        .subject("medtop:04000000", "subject " + hostile)
        .subject("x:\"<&>\"", "code " + hostile)
        .keywords({"keyword " + hostile})
        .people({"person " + hostile})
        .organisations({"organisation " + hostile})
        .places({"place " + hostile})
        .at(10, 3)
        .paragraph(plain("paragraph " + hostile))
        .heading(plain("heading " + hostile), 3)
        .quote(plain("quote " + hostile), plain("by " + hostile))
        .block(List{true, {plain("item " + hostile)}})
        .image(small_figure("x.png", "caption " + hostile, "credit " + hostile))
        .extension("x-newsml", {{"edNote", "note " + hostile}, {"usageTerms", "terms " + hostile}})
        .source_name("hostile.yaml")
        .build();
}

Image small_figure(const std::string& path, const std::string& caption, const std::string& credit) {
    return figure(path, "\x89PNG\r\n\x1a\n", 1, 1, "alt text", plain(caption), credit);
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
