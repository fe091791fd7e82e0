// The check: load, render every format in memory, read each output back, compare.
#include "check_command.hpp"

#include "consistency/article_fields.hpp"

#include <galley/loader.hpp>

namespace galley::cli {

namespace {

// Exporters' warnings are convert's business; check reports only differences.
class IgnoredDiagnostics : public DiagnosticSink {
public:
    void report(Diagnostic) override {}
};

}  // namespace

ExitCode run_check(const std::vector<std::string>& inputs, const PluginRegistry& registry,
                   std::ostream& out, std::ostream& err) {
    std::vector<std::pair<const LoadedExporter*, const consistency::Extractor*>> formats;
    for (const auto& extractor : consistency::extractors()) {
        if (const LoadedExporter* exporter = registry.find(extractor.format_id)) {
            formats.emplace_back(exporter, &extractor);
        }
    }
    if (formats.empty()) {
        err << "galley: error: no loaded format can be read back (xhtml, epub, newsml, ninjs, "
               "json, pdf)\n";
        return ExitCode::NoPlugins;
    }
    bool failed = false;
    for (const std::string& input : inputs) {
        LoadResult loaded = load_article_file(input);
        if (!loaded.ok()) {
            for (const auto& d : loaded.diagnostics) {
                err << d.format() << '\n';
            }
            failed = true;
            continue;
        }
        const Article& article = *loaded.article;
        const consistency::Fields expected = consistency::expected_fields(article);
        std::size_t differences = 0;
        std::vector<std::string> compared;
        for (const auto& [exporter, extractor] : formats) {
            Rendition rendition;
            IgnoredDiagnostics ignored;
            try {
                render(*exporter, article, resolve_options(*exporter, {}), rendition, ignored);
            } catch (const Error& e) {
                err << input << ": error: " << exporter->info.id << ": " << e.what() << '\n';
                failed = true;
                continue;
            }
            const consistency::Extraction got = extractor->extract(rendition.bytes);
            if (!got.skipped.empty()) {
                err << input << ": warning: " << exporter->info.id
                    << " not compared: " << got.skipped << '\n';
                continue;
            }
            compared.push_back(exporter->info.id);
            for (const auto& d : consistency::compare(expected, got, exporter->info.id)) {
                ++differences;
                out << input << ": " << d.field << ": " << d.format_id;
                if (d.missing) {
                    out << " does not show \"" << d.expected << "\"\n";
                } else {
                    out << " shows \"" << d.found << "\", expected \"" << d.expected << "\"\n";
                }
            }
        }
        std::string list;
        for (const auto& id : compared) {
            list += (list.empty() ? "" : ", ") + id;
        }
        if (differences == 0) {
            out << input << ": " << list << " agree\n";
        } else {
            out << input << ": " << differences << " difference(s) between " << list << '\n';
            failed = true;
        }
    }
    return failed ? ExitCode::Failed : ExitCode::Success;
}

}  // namespace galley::cli
