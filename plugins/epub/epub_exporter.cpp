// The `epub` exporter: the content document from the shared XHTML document writer (the
// same code as the xhtml page), plus navigation, package document and OCF container.
#include "epub_exporter.hpp"

#include "identifier.hpp"
#include "navigation_document.hpp"
#include "ncx_document.hpp"
#include "ocf_container.hpp"
#include "package_document.hpp"
#include "utc_time.hpp"

#include <galley/plugin.hpp>
#include <galley/xhtml/document_writer.hpp>
#include <galley/xhtml/stylesheet.hpp>

namespace galley::epub {

namespace {

constexpr std::string_view container_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

constexpr const char* content_href = "content.xhtml";
constexpr const char* stylesheet_href = "style.css";

// Files every EPUB holds unchanged, deflated once per process.
struct ConstantFiles {
    Deflated container;
    Deflated stylesheet;
};

const ConstantFiles& constant_files() {
    static const ConstantFiles files = [] {
        Deflater deflater;
        return ConstantFiles{deflater.deflate(container_xml),
                             deflater.deflate(xhtml::default_stylesheet(xhtml::Packaging::Epub))};
    }();
    return files;
}

// The moment the package was last changed: from the article, else SOURCE_DATE_EPOCH.
std::int64_t modified(const Article& article, const ExportOptions& options,
                      DiagnosticSink& diagnostics) {
    if (auto seconds = modified_seconds(article)) {
        return *seconds;
    }
    if (options.source_date_epoch) {
        return *options.source_date_epoch;
    }
    diagnostics.warning({article.source_name, 0, 0},
                        "the article has no created, published or updated date; dcterms:modified "
                        "is set to 1970-01-01 (set SOURCE_DATE_EPOCH to choose)");
    return 0;
}

}  // namespace

ExporterInfo EpubExporter::info() const {
    ExporterInfo info;
    info.id = "epub";
    info.name = "EPUB 3.3 publication";
    info.version = "1.0.0";
    info.extension = ".epub";
    info.media_type = "application/epub+zip";
    OptionSpec ncx;
    ncx.key = "ncx";
    ncx.type = OptionSpec::Type::Bool;
    ncx.default_value = "true";
    ncx.description = "Also write toc.ncx, the table of contents EPUB 2 reading systems read";
    info.options = {ncx};
    return info;
}

void EpubExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                          DiagnosticSink& diagnostics) const {
    const std::vector<std::string> names = xhtml::image_file_names(article.body);
    PackageContent package;
    package.manifest = {{"nav", "nav.xhtml", "application/xhtml+xml", "nav"},
                        {"content", content_href, "application/xhtml+xml", ""},
                        {"css", stylesheet_href, "text/css", ""}};
    package.spine = {"content"};
    const bool with_ncx = options.get_bool("ncx");
    if (with_ncx) {
        package.manifest.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", ""});
        package.spine_toc = "ncx";
    }
    const std::size_t first_image = package.manifest.size();
    std::vector<const Image*> images;  // in manifest order, for the container

    xhtml::DocumentOptions doc;
    doc.packaging = xhtml::Packaging::Epub;
    doc.stylesheet_href = stylesheet_href;
    doc.body.image_source = [&](const Image& image, std::size_t index) -> std::string {
        if (!image.data || (image.media_type != "image/png" && image.media_type != "image/jpeg")) {
            return {};
        }
        std::string href = "images/" + names[index];
        package.manifest.push_back(
            {"img-" + std::to_string(index + 1), href, image.media_type, ""});
        images.push_back(&image);
        return href;
    };
    std::string content;
    const xhtml::DocumentReport report = xhtml::write_document(article, doc, content);
    xhtml::report_problems(report, article, diagnostics);
    package.has_images = !images.empty();

    std::string nav;
    write_navigation_document(article, report.body.headings, content_href, stylesheet_href, nav);
    std::string ncx;
    if (with_ncx) {
        write_ncx_document(article, report.body.headings, publication_urn(article.id), content_href,
                           ncx);
    }

    const DateTime when = DateTime::from_unix_seconds(modified(article, options, diagnostics));
    package.modified = when.iso8601();  // dcterms:modified wants 2023-07-11T00:00:00Z
    std::string opf;
    write_package_document(article, package, opf);

    using Storage = ContainerEntry::Storage;
    const ConstantFiles& constant = constant_files();
    std::vector<ContainerEntry> entries = {
        {"META-INF/container.xml", Storage::Deflated, {}, &constant.container},
        {"EPUB/package.opf", Storage::Compressed, opf, nullptr},
        {"EPUB/nav.xhtml", Storage::Compressed, nav, nullptr},
        {"EPUB/content.xhtml", Storage::Compressed, content, nullptr},
        {"EPUB/style.css", Storage::Deflated, {}, &constant.stylesheet},
    };
    if (with_ncx) {
        entries.push_back({"EPUB/toc.ncx", Storage::Compressed, ncx, nullptr});
    }
    for (std::size_t i = 0; i < images.size(); ++i) {
        // PNG and JPEG are compressed already: storing them is faster and no larger.
        entries.push_back({"EPUB/" + package.manifest[first_image + i].href, Storage::Stored,
                           *images[i]->data, nullptr});
    }
    write_container(entries, when, out.bytes);
}

}  // namespace galley::epub

GALLEY_DECLARE_PLUGIN(galley::epub::EpubExporter)
