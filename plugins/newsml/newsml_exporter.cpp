// The newsml plugin's entry point: metadata, option checks, and render() tying the
// mapping (item_fields), the body's image policy and the XML writing together.
#include "newsml_exporter.hpp"

#include "item_fields.hpp"
#include "item_writer.hpp"
#include "news_message.hpp"
#include "package.hpp"
#include "settings.hpp"

#include <galley/plugin.hpp>
#include <galley/text.hpp>

#include <variant>

GALLEY_DECLARE_PLUGIN(galley::newsml::NewsmlExporter)

namespace galley::newsml {

namespace {
std::vector<const Block*> image_blocks(const Article& article) {
    std::vector<const Block*> images;
    for (const auto& block : article.body) {
        if (std::holds_alternative<Image>(block.content)) {
            images.push_back(&block);
        }
    }
    return images;
}

// The body's words as the item carries them: word_count(article) counts captions,
// which are left out with the pictures (drop) or joined by their credit (caption).
std::size_t body_word_count(const Article& article, const std::vector<const Block*>& images,
                            ImagePolicy policy) {
    std::size_t count = word_count(article);
    for (const Block* block : images) {
        const auto& image = std::get<Image>(block->content);
        if (policy == ImagePolicy::Caption) {
            count += word_count(image.credit);
        } else {
            count -= word_count(plain_text(image.caption));
        }
    }
    return count;
}

SourceLocation where(const Article& article, const Block& block) {
    return SourceLocation{article.source_name, block.at.line, block.at.column};
}
}  // namespace

ExporterInfo NewsmlExporter::info() const {
    ExporterInfo info;
    info.id = "newsml";
    info.name = "NewsML-G2 news item";
    info.version = plugin_version;
    info.extension = ".newsml.xml";
    info.media_type = "application/vnd.iptc.g2.newsitem+xml";
    info.options = option_specs();
    return info;
}

std::optional<std::string> NewsmlExporter::check_option(std::string_view key,
                                                        std::string_view value) const {
    return check_option_value(key, value);
}

void NewsmlExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                            DiagnosticSink& diagnostics) const {
    const Settings settings = read_settings(options);
    const std::vector<const Block*> images = image_blocks(article);
    const bool package = settings.wrap == Wrap::Package;
    if (!package && !images.empty() && settings.images == ImagePolicy::Fail) {
        throw Error(ErrorCode::ExportFailed,
                    "newsml: the body has " + std::to_string(images.size()) +
                        " image(s) and a text item cannot carry pictures "
                        "(newsml.images=fail; use drop or caption to export without them)",
                    where(article, *images.front()));
    }
    const ItemFields fields = map_fields(article, settings, diagnostics);

    ItemBody body;
    body.blocks = &article.body;
    // In a package the pictures (with their captions) are items of their own.
    const ImagePolicy policy = package ? ImagePolicy::Drop : settings.images;
    body.images =
        policy == ImagePolicy::Caption ? xhtml::ImageBlocks::CaptionOnly : xhtml::ImageBlocks::Skip;
    body.word_count = body_word_count(article, images, policy);

    // Render into a local buffer so a failure leaves `out` untouched.
    std::string bytes;
    xml::Writer writer(bytes);
    writer.declaration();
    std::vector<SideFile> side_files;
    xhtml::BodyReport report;
    if (package) {
        report = write_package(writer, article, fields, body, settings.pictures, side_files);
        report.skipped_images.clear();  // they travel as picture items
    } else {
        const bool wrapped = settings.wrap == Wrap::NewsMessage;
        if (wrapped) {
            begin_news_message(writer, fields.version_created, settings.provider);
        }
        report = write_news_item(writer, fields, body, !wrapped);
        if (wrapped) {
            end_news_message(writer);
        }
    }
    writer.finish();

    for (const Block* block : report.skipped_images) {
        const auto& image = std::get<Image>(block->content);
        diagnostics.warning(where(article, *block),
                            settings.images == ImagePolicy::Caption
                                ? "newsml: image '" + image.path +
                                      "' left out (a text item carries no pictures); its "
                                      "caption and credit are kept (newsml.images=caption)"
                                : "newsml: image '" + image.path +
                                      "' left out with its caption (a text item carries no "
                                      "pictures; newsml.images=caption keeps the caption)");
    }
    if (report.unsafe_links > 0) {
        diagnostics.warning(SourceLocation{article.source_name},
                            "newsml: " + std::to_string(report.unsafe_links) +
                                " link(s) with a scheme other than http, https or mailto "
                                "written as their text");
    }
    if (writer.replaced_characters() > 0) {
        diagnostics.warning(SourceLocation{article.source_name},
                            "newsml: " + std::to_string(writer.replaced_characters()) +
                                " character(s) not allowed in XML replaced by U+FFFD");
    }
    out.bytes += bytes;
    for (auto& side : side_files) {
        out.side_files.push_back(std::move(side));
    }
}

}  // namespace galley::newsml
