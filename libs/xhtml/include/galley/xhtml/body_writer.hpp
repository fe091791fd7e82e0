// The article body as XHTML elements: one writer for the XHTML page, the EPUB content
// document and NewsML-G2's inlineXML ("one writer, several packagings").
//
// Blocks map to p, h2–h4, blockquote (inside a figure with a figcaption when it has an
// attribution, as the HTML standard recommends), ul/ol/li, figure/img/figcaption with a
// credit, hr; inline runs to em, strong, code, a (rel="noopener", href percent-encoded to a valid
// URI, see href.hpp), br. Elements carry
// no namespace declaration: the caller has made XHTML the default namespace on its
// root, e.g. NewsML's `<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>`.
#pragma once

#include <galley/document.hpp>
#include <galley/xml/writer.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace galley::xhtml {

/// What an image block becomes.
enum class ImageBlocks {
    Figure,       ///< figure > img + figcaption (caption, then credit in small.credit)
    CaptionOnly,  ///< figure > figcaption only: the picture travels elsewhere
    Skip,         ///< nothing at all
};

struct BodyOptions {
    ImageBlocks images = ImageBlocks::Figure;
    /// The `src` of each image, e.g. a relative path or a data: URI; `index` counts the
    /// image blocks from 0 in body order. An empty result, or no function at all, skips
    /// the image. Only called for ImageBlocks::Figure.
    std::function<std::string(const Image& image, std::size_t index)> image_source;
    /// Give h2–h4 an id (a slug of the text) so a table of contents can link to them.
    bool heading_ids = true;
};

/// A heading written with an id, for a table of contents.
struct HeadingAnchor {
    int level = 2;
    std::string id;
    const InlineText* text = nullptr;  ///< points into the article
};

/// What write_body() did that the caller may need: anchors for a table of contents,
/// and what it could not write (for warnings: nothing is dropped silently).
struct BodyReport {
    std::vector<HeadingAnchor> headings;
    std::vector<const Block*> skipped_images;  ///< images written without a picture, or not at all
    std::size_t unsafe_links = 0;              ///< links whose URL was not http, https or mailto:
                                               ///< written as their text only
};

/// Writes `body` as a sequence of block elements into the element open in `writer`,
/// one per line.
BodyReport write_body(xml::Writer& writer, const std::vector<Block>& body,
                      const BodyOptions& options = {});

/// Writes inline runs into the element open in `writer`. Returns the number of links
/// written as text because their URL scheme is not allowed.
std::size_t write_inline(xml::Writer& writer, const InlineText& text);

}  // namespace galley::xhtml
