// The EPUB navigation document (nav.xhtml): a table of contents from the headings, and
// landmarks.
#pragma once

#include <galley/document.hpp>
#include <galley/xhtml/body_writer.hpp>

#include <string>
#include <vector>

namespace galley::epub {

/// Appends nav.xhtml to `out`: `nav epub:type="toc"` with the headline linking to
/// `content_href` and the body's headings nested by level under it, and a hidden
/// `nav epub:type="landmarks"` pointing at the start of reading (the table of
/// contents itself is no landmark: it is not in the spine).
void write_navigation_document(const Article& article,
                               const std::vector<xhtml::HeadingAnchor>& headings,
                               const std::string& content_href, const std::string& stylesheet_href,
                               std::string& out);

}  // namespace galley::epub
