// Rendering through the real plugin and asking poppler and qpdf about the result.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>

#include "test_support.hpp"

#include <map>
#include <string>
#include <vector>

namespace galley::test {

/// Renders `article` with the built galley_pdf plugin (loaded once per process).
std::string render_pdf(const Article& article,
                       const std::map<std::string, std::string>& options = {},
                       DiagnosticCollector* warnings = nullptr);

/// The same with SOURCE_DATE_EPOCH set, as the host passes it.
std::string render_pdf_with_epoch(const Article& article, std::int64_t epoch);

/// Renders `article` and checks, failing the running test case otherwise, that it came
/// out clean: no warning (every character has a font, every script is set), the same
/// bytes on a second render, and `qpdf --check` without a complaint. Returns the bytes.
std::string render_clean_pdf(const Article& article);

/// A rendered PDF written to a temporary file, with the checkers run on it.
class PdfFile {
public:
    explicit PdfFile(const std::string& bytes);
    const fs::path& path() const { return m_path; }

    /// Runs a tool on the file: `argv`, the path, then `after`.
    CommandResult tool(std::vector<std::string> argv,
                       const std::vector<std::string>& after = {}) const;
    /// pdftotext output in reading order (raw mode off, default options).
    std::string text() const;
    /// `pdfinfo` fields by name ("Pages", "Page size", ...).
    std::map<std::string, std::string> info(const std::vector<std::string>& extra = {}) const;

private:
    TempDir m_dir;
    fs::path m_path;
};

/// Text for comparing extracted and source text: runs of white space become one space
/// (or vanish entirely when `drop_spaces`, for CJK where line ends add none).
std::string normalize(const std::string& text, bool drop_spaces = false);

/// pdftotext output without page furniture: on each page (pages end in a form feed),
/// leading lines equal to one of `header` (from the second page on) and trailing lines
/// equal to one of `footer`.
std::string without_furniture(const std::string& text, const std::vector<std::string>& header,
                              const std::vector<std::string>& footer);

/// Which pixels of a PPM/PGM image from pdftoppm are dark (any channel below 128).
struct DarkMap {
    int width = 0, height = 0;
    std::vector<bool> dark;  ///< row by row
    bool at(int x, int y) const {
        return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                    static_cast<std::size_t>(x)];
    }
};
DarkMap dark_map(const std::string& ppm);

/// Dark pixels (any channel below 128) in a PPM/PGM image from pdftoppm.
long dark_pixels(const std::string& ppm);

/// The first page's region of `width` by `height` pixels from (`x`, `y`), rendered in
/// grey at `dpi` (a PGM from pdftoppm).
std::string render_pixels(const PdfFile& pdf, int dpi, int x, int y, int width, int height);

}  // namespace galley::test
