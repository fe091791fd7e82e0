// XPath questions about an XML or HTML document, through libxml2, for assertions in
// every suite that checks XML output (xhtml, epub, newsml).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace galley::test {

class XmlQuery {
public:
    enum class Syntax { Xml, Html };
    /// Parses `text`; well_formed() tells whether it parsed without error (XML) or at
    /// all (HTML, as a browser would). XHTML elements are reachable under prefix `h`,
    /// OPF under `opf`, EPUB's under `epub`, Dublin Core under `dc`, OCF under `ocf`,
    /// NewsML-G2 (NAR) under `n`, EPUB 2's NCX under `ncx`.
    explicit XmlQuery(const std::string& text, Syntax syntax = Syntax::Xml);
    ~XmlQuery();
    XmlQuery(const XmlQuery&) = delete;
    XmlQuery& operator=(const XmlQuery&) = delete;

    bool well_formed() const { return m_ok; }
    const std::string& errors() const { return m_errors; }
    /// The number of nodes `xpath` selects.
    std::size_t count(const std::string& xpath) const;
    /// The string value of each selected node (text content, or attribute value).
    std::vector<std::string> strings(const std::string& xpath) const;
    /// The XPath string() of the expression: the first node's value, or "".
    std::string string(const std::string& xpath) const;
    /// The local names of the element children of the first node `xpath` selects.
    std::vector<std::string> child_names(const std::string& xpath) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_ok = false;
    std::string m_errors;
};

}  // namespace galley::test
