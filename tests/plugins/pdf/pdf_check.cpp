// Plugin loading, temp files and poppler/qpdf helpers for the pdf tests.
#include "pdf_check.hpp"

#include <galley/registry.hpp>

#include <mutex>
#include <sstream>
#include <stdexcept>

namespace galley::test {

namespace {
const LoadedExporter& pdf_exporter() {
    static PluginRegistry registry;
    static const LoadedExporter* exporter = [] {
        if (!registry.load_file(GALLEY_PDF_PLUGIN)) {
            throw std::runtime_error("cannot load the pdf plugin: " + registry.problems().front().reason);
        }
        return registry.find("pdf");
    }();
    return *exporter;
}
}  // namespace

std::string render_pdf(const Article& article, const std::map<std::string, std::string>& options,
                       DiagnosticCollector* warnings) {
    const LoadedExporter& pdf = pdf_exporter();
    ExportOptions resolved = resolve_options(pdf, options);
    Rendition out;
    DiagnosticCollector local;
    render(pdf, article, resolved, out, warnings ? *warnings : local);
    return out.bytes;
}

std::string render_pdf_with_epoch(const Article& article, std::int64_t epoch) {
    const LoadedExporter& pdf = pdf_exporter();
    ExportOptions resolved = resolve_options(pdf, {});
    resolved.source_date_epoch = epoch;
    Rendition out;
    DiagnosticCollector warnings;
    render(pdf, article, resolved, out, warnings);
    return out.bytes;
}

PdfFile::PdfFile(const std::string& bytes) : m_path(m_dir / "out.pdf") { write_file(m_path, bytes); }

CommandResult PdfFile::tool(std::vector<std::string> argv, const std::vector<std::string>& after) const {
    argv.push_back(m_path.string());
    argv.insert(argv.end(), after.begin(), after.end());
    return run(argv);
}

std::string PdfFile::text() const {
    auto r = run({"pdftotext", "-enc", "UTF-8", m_path.string(), "-"});
    if (r.exit_code != 0) {
        throw std::runtime_error("pdftotext failed: " + r.err);
    }
    return r.out;
}

std::map<std::string, std::string> PdfFile::info(const std::vector<std::string>& extra) const {
    std::vector<std::string> argv{"pdfinfo"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    auto r = tool(argv);
    std::map<std::string, std::string> fields;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        fields[line.substr(0, colon)] = value;
    }
    return fields;
}

std::string normalize(const std::string& text, bool drop_spaces) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space && !drop_spaces) {
            out += ' ';
        }
        space = false;
        out += c;
    }
    return out;
}

std::string without_lines(const std::string& text, const std::vector<std::string>& furniture) {
    std::istringstream in(text);
    std::string line, out;
    while (std::getline(in, line)) {
        bool drop = false;
        for (const auto& f : furniture) {
            drop = drop || normalize(line) == normalize(f);
        }
        if (!drop) {
            out += line;
            out += '\n';
        }
    }
    return out;
}

long dark_pixels(const std::string& ppm) {
    // Header: magic, width, height, maxval, each separated by white space.
    std::istringstream in(ppm);
    std::string magic;
    int w = 0, h = 0, max = 0;
    in >> magic >> w >> h >> max;
    in.get();
    const int channels = magic == "P6" ? 3 : 1;
    const auto offset = static_cast<std::size_t>(in.tellg());
    long dark = 0;
    for (std::size_t i = offset; i + static_cast<std::size_t>(channels) <= ppm.size();
         i += static_cast<std::size_t>(channels)) {
        bool is_dark = false;
        for (int c = 0; c < channels; ++c) {
            is_dark = is_dark || static_cast<unsigned char>(ppm[i + static_cast<std::size_t>(c)]) < 128;
        }
        dark += is_dark ? 1 : 0;
    }
    return dark;
}

}  // namespace galley::test
