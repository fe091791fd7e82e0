// The `xhtml` exporter: options, images beside the page or inside it, and the page
// from the shared document writer.
#include "xhtml_exporter.hpp"

#include "data_uri.hpp"

#include <galley/plugin.hpp>
#include <galley/xhtml/document_writer.hpp>

#include <filesystem>

namespace galley::xhtml {

namespace {

// The folder of the image copies, in characters safe in a file name and a URL: named
// after the page's own file ("story.xhtml" -> "story-images"), which is unique per
// output, so two articles (even with one id) never share it. Without a file name
// (standard output), after the article's id.
std::string image_folder(const Article& article, const std::string& output_name) {
    const std::string stem =
        output_name.empty() ? article.id : std::filesystem::path(output_name).stem().string();
    std::string out = safe_file_name(stem);
    if (out.empty() || out.front() == '.') {
        out.insert(0, "article");
    }
    return out + "-images";
}

}  // namespace

ExporterInfo XhtmlExporter::info() const {
    ExporterInfo info;
    info.id = "xhtml";
    info.name = "Standalone XHTML5 article page";
    info.version = "1.0.0";
    info.extension = ".xhtml";
    info.media_type = "application/xhtml+xml";
    OptionSpec css;
    css.key = "css";
    css.type = OptionSpec::Type::String;
    css.description = "URL of a stylesheet to link instead of embedding the default one "
                      "(written as given; the file is not read)";
    OptionSpec images;
    images.key = "images";
    images.type = OptionSpec::Type::Enum;
    images.default_value = "copy";
    images.choices = {"copy", "embed"};
    images.description = "copy: write the images into <page name>-images/ beside the page; "
                         "embed: put them inside the page as data: URIs";
    info.options = {css, images};
    return info;
}

std::optional<std::string> XhtmlExporter::check_option(std::string_view key,
                                                       std::string_view value) const {
    if (key == "css") {
        for (char c : value) {
            if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) {
                return "a stylesheet URL has no spaces or control characters (write a space as "
                       "%20)";
            }
        }
    }
    return std::nullopt;
}

void XhtmlExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                           DiagnosticSink& diagnostics) const {
    DocumentOptions doc;
    doc.packaging = Packaging::Web;
    doc.stylesheet_href = options.get("css");
    const bool embed = options.get("images") == "embed";
    std::vector<std::string> names;
    std::string folder;
    if (!embed) {
        names = image_file_names(article.body);
        folder = image_folder(article, options.output_name);
    }
    doc.body.image_source = [&](const Image& image, std::size_t index) -> std::string {
        if (!image.data) {
            return {};
        }
        if (embed) {
            return data_uri(image.media_type, *image.data);
        }
        std::string path = folder + "/" + names[index];
        out.side_files.push_back({path, *image.data});
        return path;
    };
    const DocumentReport report = write_document(article, doc, out.bytes);
    report_problems(report, article, diagnostics);
}

}  // namespace galley::xhtml

GALLEY_DECLARE_PLUGIN(galley::xhtml::XhtmlExporter)
