// The article as a complete XHTML5 document (XML serialisation): the `xhtml` exporter's
// page and the EPUB content document come from this one function.
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/xhtml/body_writer.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace galley::xhtml {

/// Where the document will be read; decides the few things that differ.
enum class Packaging {
    Web,   ///< a standalone page: viewport meta, the web stylesheet
    Epub,  ///< an EPUB content document: the reading system owns the page
};

struct DocumentOptions {
    Packaging packaging = Packaging::Web;
    /// An external stylesheet to link; empty embeds the default stylesheet for the
    /// packaging in a <style> element.
    std::string stylesheet_href;
    /// Images and heading ids, as for write_body().
    BodyOptions body;
};

/// What write_document() did that the caller may warn about or link to.
struct DocumentReport {
    BodyReport body;
    std::size_t replaced_characters = 0;  ///< characters not allowed in XML, now U+FFFD
};

/// Appends the whole document to `out`: XML declaration, `<!DOCTYPE html>`, html with
/// lang and xml:lang, head (charset, title, description, keywords, author, stylesheet),
/// and body > article with header (section, h1, dek, notices, byline, dateline and
/// times), the body blocks, and a footer (corrections, source, rights, keywords).
DocumentReport write_document(const Article& article, const DocumentOptions& options,
                              std::string& out);

/// Starts any XHTML document galley writes: XML declaration, `<!DOCTYPE html>`, `<html>`
/// with the XHTML namespace (and `xmlns:epub` when asked), lang, xml:lang and, for a
/// right-to-left language, dir; then `<head>` with `<meta charset>` and `<title>`. The
/// caller adds to the head, closes it with end_on_new_line() and writes the body.
void start_xhtml(xml::Writer& writer, std::string_view language, std::string_view title,
                 bool epub_namespace = false);

/// `<link rel="stylesheet" href="...">` on a line of its own.
void stylesheet_link(xml::Writer& writer, std::string_view href);

/// Puts on `diagnostics` a warning for each thing write_document() could not write as
/// given: skipped images (at their block), unsafe links, replaced characters.
void report_problems(const DocumentReport& report, const Article& article,
                     DiagnosticSink& diagnostics);

/// The article's rights statement: the copyright notice, else "© YEAR HOLDER"; empty
/// without a copyright. For the page footer and EPUB's dc:rights.
std::string rights_statement(const Article& article);

/// `text` reduced to characters safe in a file name and in a relative URL's first
/// segment: every character outside [A-Za-z0-9._-] becomes '-' (a byte at a time).
std::string safe_file_name(std::string_view text);

/// One file name per image block of `body`, in order: the image's own base name
/// reduced to [A-Za-z0-9._-], made unique (ignoring letter case) with a number when two
/// collide. Linear in the number of images. For copies beside a page and for an EPUB's
/// manifest and ZIP entries.
std::vector<std::string> image_file_names(const std::vector<Block>& body);

}  // namespace galley::xhtml
