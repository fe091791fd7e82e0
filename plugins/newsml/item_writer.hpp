// Writing the newsItem element: the fields in schema order, then the XHTML body.
#pragma once

#include "item_fields.hpp"

#include <galley/document.hpp>
#include <galley/xhtml/body_writer.hpp>
#include <galley/xml/writer.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace galley::newsml {

/// The NewsML-G2 namespace (NAR), the default namespace of everything but the body.
inline constexpr const char* nar_namespace = "http://iptc.org/std/nar/2006-10-01/";

/// The version the plugin reports and writes as itemMeta/generator@versioninfo.
inline constexpr const char* plugin_version = "0.1.0";

/// The item's content: the body's blocks and what to do with their images.
struct ItemBody {
    const std::vector<Block>* blocks = nullptr;
    xhtml::ImageBlocks images = xhtml::ImageBlocks::Skip;
    std::size_t word_count = 0;
};

/// Writes one newsItem into `writer`: catalogRef, rightsInfo, itemMeta, contentMeta and
/// contentSet/inlineXML holding one XHTML `html` element. `declare_namespace` is false
/// inside a newsMessage, which declares the NAR namespace itself. Returns what the body
/// writer could not write (for warnings).
xhtml::BodyReport write_news_item(xml::Writer& writer, const ItemFields& fields,
                                  const ItemBody& body, bool declare_namespace);

/// A picture item's content: a remoteContent link to a copy (`href`) or, when `base64`
/// is set, the bytes themselves as inlineData.
struct PictureContent {
    std::string href;
    std::string base64;
    std::string media_type;
    std::size_t size = 0;
    int width = 0;
    int height = 0;
};

/// Writes one picture newsItem (itemClass ninat:picture in `fields`) inside a newsMessage.
void write_picture_item(xml::Writer& writer, const ItemFields& fields,
                        const PictureContent& picture);

/// One item a packageItem refers to.
struct PackageMember {
    std::string guid;
    int version = 1;
    std::string item_class;  ///< ninat:text, ninat:picture
    std::string title;
};

/// Writes the packageItem (itemClass ninat:composite in `fields`) grouping `members` in
/// one complementary group, inside a newsMessage.
void write_package_item(xml::Writer& writer, const ItemFields& fields,
                        const std::vector<PackageMember>& members);

}  // namespace galley::newsml
