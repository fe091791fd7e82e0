// Reading the XML outputs with XPath: the XHTML page, the EPUB's content document (the
// same page) and the NewsML-G2 item.
#include "xml_extractors.hpp"

#include <galley/text.hpp>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include <cstring>
#include <memory>

namespace galley::consistency {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

bool is_credit(xmlNodePtr node) {
    if (node->type != XML_ELEMENT_NODE ||
        std::strcmp(reinterpret_cast<const char*>(node->name), "small") != 0) {
        return false;
    }
    xmlChar* cls = xmlGetProp(node, x("class"));
    const bool credit =
        cls != nullptr && std::strcmp(reinterpret_cast<const char*>(cls), "credit") == 0;
    xmlFree(cls);
    return credit;
}

// The text of `node`, without the credit line a figcaption carries after its caption.
void text_of(xmlNodePtr node, std::string& out) {
    for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            out += reinterpret_cast<const char*>(child->content);
        } else if (child->type == XML_ELEMENT_NODE && !is_credit(child)) {
            text_of(child, out);
        }
    }
}

class XmlDocument {
public:
    explicit XmlDocument(const std::string& bytes)
        : m_doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "output.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
    ~XmlDocument() { xmlFreeDoc(m_doc); }
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    bool ok() const { return m_doc != nullptr; }

    /// The collapsed text of every node `xpath` selects (h: XHTML, n: NewsML-G2).
    std::vector<std::string> texts(const char* xpath) const {
        std::vector<std::string> out;
        xmlXPathContextPtr ctx = xmlXPathNewContext(m_doc);
        xmlXPathRegisterNs(ctx, x("h"), x("http://www.w3.org/1999/xhtml"));
        xmlXPathRegisterNs(ctx, x("n"), x("http://iptc.org/std/nar/2006-10-01/"));
        xmlXPathObjectPtr result = xmlXPathEvalExpression(x(xpath), ctx);
        if (result != nullptr && result->nodesetval != nullptr) {
            for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
                std::string text;
                text_of(result->nodesetval->nodeTab[i], text);
                out.push_back(collapse_whitespace(text));
            }
        }
        xmlXPathFreeObject(result);
        xmlXPathFreeContext(ctx);
        return out;
    }

private:
    xmlDocPtr m_doc;
};

}  // namespace

Extraction extract_xhtml(const std::string& bytes) {
    Extraction e;
    const XmlDocument doc(bytes);
    if (!doc.ok()) {
        e.skipped = "not well-formed XML";
        return e;
    }
    e.fields["headline"] = doc.texts("/h:html/h:body//h:header/h:h1");
    e.fields["dek"] = doc.texts("//h:header/h:p[@class='dek']");
    e.fields["byline"] = doc.texts("//h:header/h:p[@class='byline']");
    e.fields["dateline"] = doc.texts("//h:header//h:span[@class='dateline-text']");
    e.fields["embargo"] = doc.texts("//h:header/h:p[contains(@class, 'notice-embargo')]");
    e.fields["copyright"] = doc.texts("//h:footer/h:p[@class='rights']");
    e.fields["paragraph"] = doc.texts("//h:main/h:p");
    e.fields["caption"] = doc.texts("//h:main/h:figure[@class='image']/h:figcaption");
    return e;
}

Extraction extract_epub(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    Extraction e;
    if (archive == nullptr) {
        zip_source_free(source);
        zip_error_fini(&error);
        e.skipped = "not a ZIP container";
        return e;
    }
    std::string content;
    zip_stat_t st;
    zip_file_t* file = nullptr;
    if (zip_stat(archive, "EPUB/content.xhtml", 0, &st) == 0 &&
        (file = zip_fopen(archive, "EPUB/content.xhtml", 0))) {
        content.resize(static_cast<std::size_t>(st.size));
        const zip_int64_t n = zip_fread(file, content.data(), st.size);
        content.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
        zip_fclose(file);
    }
    zip_close(archive);
    zip_error_fini(&error);
    if (content.empty()) {
        e.skipped = "no EPUB/content.xhtml";
        return e;
    }
    return extract_xhtml(content);
}

Extraction extract_newsml(const std::string& bytes) {
    Extraction e;
    const XmlDocument doc(bytes);
    if (!doc.ok()) {
        e.skipped = "not well-formed XML";
        return e;
    }
    // The fields a NewsML-G2 item carries as displayed text; the dek has no element of
    // its own (description is the summary), the embargo is a date, not a notice.
    e.fields["headline"] = doc.texts("//n:contentMeta/n:headline");
    e.fields["byline"] = doc.texts("//n:contentMeta/n:by");
    e.fields["dateline"] = doc.texts("//n:contentMeta/n:dateline");
    e.fields["paragraph"] = doc.texts("//n:inlineXML/h:html/h:body/h:p");
    if (auto notice = doc.texts("//n:rightsInfo/n:copyrightNotice"); !notice.empty()) {
        e.fields["copyright"] = notice;
    }
    return e;
}

}  // namespace galley::consistency
