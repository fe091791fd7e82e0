// Plugin loading, temp files and poppler/qpdf helpers for the pdf tests.
#include "pdf_check.hpp"

#include <galley/registry.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace galley::test {

namespace {
const LoadedExporter& pdf_exporter() {
    static PluginRegistry registry;
    static const LoadedExporter* exporter = [] {
        if (!registry.load_file(GALLEY_PDF_PLUGIN)) {
            throw std::runtime_error("cannot load the pdf plugin: " +
                                     registry.problems().front().reason);
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

std::string render_clean_pdf(const Article& article) {
    DiagnosticCollector warnings;
    const std::string bytes = render_pdf(article, {}, &warnings);
    for (const auto& d : warnings.diagnostics()) {
        FAIL_CHECK(d.message);
    }
    CHECK(render_pdf(article) == bytes);  // deterministic
    const PdfFile pdf(bytes);
    auto check = pdf.tool({"qpdf", "--check"});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.err.empty());
    return bytes;
}

PdfFile::PdfFile(const std::string& bytes) : m_path(m_dir / "out.pdf") {
    write_file(m_path, bytes);
}

CommandResult PdfFile::tool(std::vector<std::string> argv,
                            const std::vector<std::string>& after) const {
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

std::string normalize(const std::string& text_in, bool drop_spaces) {
    // A no-break space counts as a space: it shares the space's glyph in most fonts,
    // so extraction gives whichever the font's first use mapped.
    std::string text;
    text.reserve(text_in.size());
    for (std::size_t i = 0; i < text_in.size(); ++i) {
        if (text_in[i] == '\xC2' && i + 1 < text_in.size() && text_in[i + 1] == '\xA0') {
            text += ' ';
            ++i;
        } else {
            text += text_in[i];
        }
    }
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

std::string without_furniture(const std::string& text, const std::vector<std::string>& header,
                              const std::vector<std::string>& footer) {
    auto matches = [](const std::string& line, const std::vector<std::string>& candidates) {
        const std::string n = normalize(line);
        return std::any_of(candidates.begin(), candidates.end(),
                           [&](const std::string& c) { return n == normalize(c); });
    };
    std::string out;
    std::size_t start = 0;
    for (int page = 0; start < text.size(); ++page) {
        std::size_t end = text.find('\f', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::vector<std::string> lines;
        std::istringstream in(text.substr(start, end - start));
        std::string line;
        while (std::getline(in, line)) {
            lines.push_back(line);
        }
        std::size_t first = 0, last = lines.size();
        while (last > first &&
               (normalize(lines[last - 1]).empty() || matches(lines[last - 1], footer))) {
            --last;
        }
        while (page > 0 && first < last &&
               (normalize(lines[first]).empty() || matches(lines[first], header))) {
            ++first;
        }
        for (std::size_t i = first; i < last; ++i) {
            out += lines[i];
            out += '\n';
        }
        start = end + 1;
    }
    return out;
}

DarkMap dark_map(const std::string& ppm) {
    // Header: magic, width, height, maxval, each separated by white space.
    std::istringstream in(ppm);
    std::string magic;
    int max = 0;
    DarkMap map;
    in >> magic >> map.width >> map.height >> max;
    in.get();
    const std::size_t channels = magic == "P6" ? 3 : 1;
    const auto offset = static_cast<std::size_t>(in.tellg());
    for (std::size_t i = offset; i + channels <= ppm.size(); i += channels) {
        bool is_dark = false;
        for (std::size_t c = 0; c < channels; ++c) {
            is_dark = is_dark || static_cast<unsigned char>(ppm[i + c]) < 128;
        }
        map.dark.push_back(is_dark);
    }
    const auto pixels = static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height);
    if (map.dark.size() < pixels) {
        map.dark.resize(pixels);  // a short image: the missing pixels are blank
    }
    return map;
}

long dark_pixels(const std::string& ppm) {
    const DarkMap map = dark_map(ppm);
    return std::count(map.dark.begin(), map.dark.end(), true);
}

std::string render_pixels(const PdfFile& pdf, int dpi, int x, int y, int width, int height) {
    auto r = pdf.tool({"pdftoppm", "-r", std::to_string(dpi), "-gray", "-f", "1", "-l", "1", "-x",
                       std::to_string(x), "-y", std::to_string(y), "-W", std::to_string(width),
                       "-H", std::to_string(height)});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    return r.out;
}

}  // namespace galley::test
