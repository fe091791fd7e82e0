// The EPUB 2 table of contents (toc.ncx), for reading systems that predate nav.xhtml.
#pragma once

#include <galley/document.hpp>
#include <galley/xhtml/body_writer.hpp>

#include <string>
#include <vector>

namespace galley::epub {

/// Appends toc.ncx (NCX 2005-1) to `out`: dtb:uid = `identifier` (the package's
/// dc:identifier, as EPUB 2 requires), the headline as docTitle and first navPoint, the
/// body's headings nested under it as in nav.xhtml, playOrder in reading order.
void write_ncx_document(const Article& article, const std::vector<xhtml::HeadingAnchor>& headings,
                        const std::string& identifier, const std::string& content_href,
                        std::string& out);

}  // namespace galley::epub
