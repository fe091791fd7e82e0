// The package's items: text, pictures and the packageItem (see package.hpp).
#include "package.hpp"

#include "news_message.hpp"

#include <galley/text.hpp>

#include <variant>

namespace galley::newsml {

namespace {
std::string base64(const std::string& bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        auto n = (static_cast<unsigned char>(bytes[i]) << 16) |
                 (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
    }
    if (i < bytes.size()) {
        unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) {
            n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        }
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// What a picture item keeps of the text item: identity, rights, dates, status and
// language. Its description is the caption, its creditline the credit; the story's own
// descriptive metadata stays with the text.
ItemFields picture_fields(const ItemFields& text, const Image& image, std::size_t n) {
    ItemFields f;
    f.item_class = "ninat:picture";
    f.guid = text.guid + "-picture" + std::to_string(n);
    f.version = text.version;
    f.language = text.language;
    f.copyright_holder = text.copyright_holder;
    f.copyright_notice = text.copyright_notice;
    f.usage_terms = text.usage_terms;
    f.provider = text.provider;
    f.version_created = text.version_created;
    f.first_created = text.first_created;
    f.embargoed = text.embargoed;
    f.pub_status = text.pub_status;
    f.headline = collapse_whitespace(image.alt);
    f.creditline = collapse_whitespace(image.credit);
    f.description = plain_text(image.caption);
    f.description_role = "drol:caption";
    return f;
}

ItemFields package_fields(const ItemFields& text) {
    ItemFields f = picture_fields(text, Image{}, 0);
    f.item_class = "ninat:composite";
    f.guid = text.guid + "-package";
    f.headline = text.headline;
    f.creditline.clear();
    f.description.clear();
    f.service = text.service;
    return f;
}

const char* extension(const std::string& media_type) {
    return media_type == "image/png" ? ".png" : ".jpg";
}
}  // namespace

xhtml::BodyReport write_package(xml::Writer& w, const Article& article, const ItemFields& text_item,
                                const ItemBody& body, Pictures pictures,
                                std::vector<SideFile>& side_files) {
    begin_news_message(w, text_item.version_created,
                       text_item.provider.uri.empty() ? std::string() : text_item.provider.name);
    xhtml::BodyReport report = write_news_item(w, text_item, body, false);

    std::vector<PackageMember> members{
        {text_item.guid, text_item.version, text_item.item_class, text_item.headline}};
    std::size_t n = 0;
    for (const auto& block : article.body) {
        const auto* image = std::get_if<Image>(&block.content);
        if (!image) {
            continue;
        }
        ++n;
        ItemFields f = picture_fields(text_item, *image, n);
        PictureContent content;
        content.media_type = image->media_type;
        content.size = image->data ? image->data->size() : 0;
        content.width = image->width;
        content.height = image->height;
        const std::string bytes = image->data ? *image->data : std::string();
        if (pictures == Pictures::Embed) {
            content.base64 = base64(bytes);
        } else {
            // Named after the article, never after the input image: a copy cannot land
            // on the picture it was read from.
            content.href =
                article.id + ".picture" + std::to_string(n) + extension(image->media_type);
            side_files.push_back(SideFile{content.href, bytes});
        }
        w.line_break();
        write_picture_item(w, f, content);
        members.push_back({f.guid, f.version, f.item_class, f.headline});
    }
    w.line_break();
    write_package_item(w, package_fields(text_item), members);
    end_news_message(w);
    return report;
}

}  // namespace galley::newsml
