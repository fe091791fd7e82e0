// galley::xml::Writer: the one way galley's exporters write XML.
//
// RAII over libxml2's xmlTextWriter, writing into a std::string. Element and attribute
// names are the caller's literals; every value (text, attribute) goes through
// append_sanitized() and then libxml2's escaping, so article text can never become
// markup: `<script>`, `&`, `]]>` and quotes come out as text, invalid characters as
// U+FFFD, bidi controls as character references.
//
// Namespaces: libxml2 does not track which are in scope and would repeat a declaration
// on every element given its URI, so declare each namespace once, on the root, with
// namespace_declaration(), and write prefixed names ("dc:title") below it.
//
// Whitespace: nothing is indented automatically, because indentation inside mixed
// content (`<p>a <em>b</em></p>`) would change the text. Call line_break() where white
// space is insignificant, before block-level children.
//
// A Writer is used by one thread; any number of Writers may run at once.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace galley::xml {

/// Namespace URIs galley's exporters declare.
inline constexpr const char* xhtml_namespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* epub_namespace = "http://www.idpf.org/2007/ops";

class Writer {
public:
    /// Writes to the end of `out`, which must outlive the Writer. The text is complete
    /// in `out` after finish().
    explicit Writer(std::string& out);
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    /// `<?xml version="1.0" encoding="UTF-8"?>` and a newline.
    void declaration();
    /// `<!DOCTYPE name>` (no public or system identifier) and a newline.
    void doctype(const char* name);

    /// Opens element `name` (a literal such as "p" or "dc:title").
    void start(const char* name);
    /// An attribute of the element just opened; `value` is sanitised and escaped.
    void attribute(const char* name, std::string_view value);
    /// `xmlns="uri"` (empty prefix) or `xmlns:prefix="uri"`; only on the root.
    void namespace_declaration(std::string_view prefix, std::string_view uri);
    /// Character data: sanitised, then escaped.
    void text(std::string_view text);
    /// Closes the innermost element with an end tag, even when it is empty
    /// (`<p></p>`: HTML parsers read `<p/>` as an open tag).
    void end();
    /// Closes the innermost element as `<name/>` when nothing was written inside it:
    /// for void elements (img, br, hr, meta, link) and empty XML elements.
    void end_empty();

    /// A line break at the indentation of the innermost element, then its end tag:
    /// closes an element whose children were each put on a line of their own.
    void end_on_new_line();

    /// start(name), text(value), end().
    void element(const char* name, std::string_view value);

    /// A newline and two spaces per open element, as insignificant white space.
    void line_break() { line_break_at(m_depth); }

    /// Trusted character data written as is: galley's own constant text (a
    /// stylesheet), never article text. Throws when it holds `<`, `&` or `]]>`.
    void trusted_text(std::string_view text);

    /// Closes every open element and flushes: `out` then holds the whole document.
    void finish();

    /// How many characters were replaced by U+FFFD so far (the caller may warn).
    std::size_t replaced_characters() const { return m_replaced; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_scratch;  // the sanitised value, reused between calls
    std::size_t m_replaced = 0;
    int m_depth = 0;

    const char* sanitize(std::string_view value);
    void line_break_at(int depth);
    void write_sanitized_text();
};

}  // namespace galley::xml
