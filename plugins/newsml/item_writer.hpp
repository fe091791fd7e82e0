// Writing the newsItem element: the fields in schema order, then the XHTML body.
#pragma once

#include "item_fields.hpp"

#include <galley/document.hpp>
#include <galley/xhtml/body_writer.hpp>
#include <galley/xml/writer.hpp>

#include <cstddef>
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

}  // namespace galley::newsml
