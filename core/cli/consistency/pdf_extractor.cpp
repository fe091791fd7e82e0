// Reading a PDF's text with poppler's pdftotext in content-stream order (-raw): the order
// galley writes, the article's, where the layout heuristic of plain pdftotext may read a
// column's head beside a figure before the column next to it.
#include "pdf_extractor.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace galley::consistency {

namespace {

bool have_pdftotext() {
    static const bool found = std::system("command -v pdftotext >/dev/null 2>&1") == 0;
    return found;
}

// A private folder for the one file pdftotext needs, removed on every path.
class ScratchFile {
public:
    ScratchFile() {
        std::random_device random;
        m_dir =
            std::filesystem::temp_directory_path() / ("galley-check-" + std::to_string(random()));
        std::filesystem::create_directory(m_dir);
    }
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    std::filesystem::path path() const { return m_dir / "output.pdf"; }

private:
    std::filesystem::path m_dir;
};

}  // namespace

Extraction extract_pdf(const std::string& bytes) {
    Extraction e;
    if (!have_pdftotext()) {
        e.skipped = "pdftotext (poppler-utils) is not installed";
        return e;
    }
    const ScratchFile scratch;
    std::ofstream(scratch.path(), std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    // The path is ours (digits and ASCII letters), safe to pass through the shell.
    const std::string command = "pdftotext -q -raw -enc UTF-8 '" + scratch.path().string() + "' -";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        e.skipped = "pdftotext could not be run";
        return e;
    }
    std::string text;
    char buffer[8192];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        text.append(buffer, n);
    }
    if (pclose(pipe) != 0) {
        e.skipped = "pdftotext failed";
        return e;
    }
    e.text = std::move(text);
    return e;
}

}  // namespace galley::consistency
