// XPath over libxml2 documents for the plugin suites.
#include "xml_query.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <stdexcept>

namespace galley::test {

namespace {
const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) { return x(s.c_str()); }

void collect_error(void* context, xmlErrorPtr error) {
    auto* errors = static_cast<std::string*>(context);
    if (!errors->empty()) {
        *errors += "; ";
    }
    *errors += error->message ? error->message : "?";
}
}  // namespace

struct XmlQuery::Impl {
    xmlDocPtr doc = nullptr;
    ~Impl() { xmlFreeDoc(doc); }

    xmlXPathObjectPtr eval(const std::string& xpath) const {
        xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
        xmlXPathRegisterNs(ctx, x("h"), x("http://www.w3.org/1999/xhtml"));
        xmlXPathRegisterNs(ctx, x("opf"), x("http://www.idpf.org/2007/opf"));
        xmlXPathRegisterNs(ctx, x("epub"), x("http://www.idpf.org/2007/ops"));
        xmlXPathRegisterNs(ctx, x("dc"), x("http://purl.org/dc/elements/1.1/"));
        xmlXPathRegisterNs(ctx, x("ocf"), x("urn:oasis:names:tc:opendocument:xmlns:container"));
        xmlXPathRegisterNs(ctx, x("n"), x("http://iptc.org/std/nar/2006-10-01/"));
        xmlXPathRegisterNs(ctx, x("ncx"), x("http://www.daisy.org/z3986/2005/ncx/"));
        xmlXPathObjectPtr result = xmlXPathEvalExpression(x(xpath), ctx);
        xmlXPathFreeContext(ctx);
        if (result == nullptr) {
            throw std::runtime_error("bad XPath: " + xpath);
        }
        return result;
    }
};

XmlQuery::XmlQuery(const std::string& text, Syntax syntax) : m_impl(std::make_unique<Impl>()) {
    xmlSetStructuredErrorFunc(&m_errors, collect_error);
    if (syntax == Syntax::Xml) {
        m_impl->doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "test.xml", nullptr,
                                    XML_PARSE_NONET);
    } else {
        m_impl->doc =
            htmlReadMemory(text.data(), static_cast<int>(text.size()), "test.html", "UTF-8",
                           HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    }
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    m_ok = m_impl->doc != nullptr;
    if (m_impl->doc == nullptr) {
        m_impl->doc = xmlNewDoc(x("1.0"));
    }
}

XmlQuery::~XmlQuery() = default;

std::size_t XmlQuery::count(const std::string& xpath) const {
    xmlXPathObjectPtr r = m_impl->eval(xpath);
    const std::size_t n = r->nodesetval ? static_cast<std::size_t>(r->nodesetval->nodeNr) : 0;
    xmlXPathFreeObject(r);
    return n;
}

std::vector<std::string> XmlQuery::strings(const std::string& xpath) const {
    std::vector<std::string> out;
    xmlXPathObjectPtr r = m_impl->eval(xpath);
    if (r->nodesetval != nullptr) {
        for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
            xmlChar* content = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
            out.emplace_back(content ? reinterpret_cast<const char*>(content) : "");
            xmlFree(content);
        }
    }
    xmlXPathFreeObject(r);
    return out;
}

std::string XmlQuery::string(const std::string& xpath) const {
    xmlXPathObjectPtr r = m_impl->eval("string(" + xpath + ")");
    std::string out = r->stringval ? reinterpret_cast<const char*>(r->stringval) : "";
    xmlXPathFreeObject(r);
    return out;
}

std::vector<std::string> XmlQuery::child_names(const std::string& xpath) const {
    std::vector<std::string> out;
    xmlXPathObjectPtr r = m_impl->eval(xpath);
    if (r->nodesetval != nullptr && r->nodesetval->nodeNr > 0) {
        for (xmlNodePtr c = r->nodesetval->nodeTab[0]->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                out.emplace_back(reinterpret_cast<const char*>(c->name));
            }
        }
    }
    xmlXPathFreeObject(r);
    return out;
}

}  // namespace galley::test
