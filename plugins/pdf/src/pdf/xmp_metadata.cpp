// The XMP packet: a fixed RDF skeleton written with the shared XML writer (values
// sanitised and escaped as in every other XML galley writes).
#include "pdf/xmp_metadata.hpp"

#include <galley/xml/writer.hpp>

namespace galley::pdf {

std::string xmp_date(const std::string& pdf_date) {
    if (pdf_date.size() < 10 || pdf_date.rfind("D:", 0) != 0) {
        return {};
    }
    const std::string d = pdf_date.substr(2);
    // Appended piece by piece (GCC 12 warns falsely about chains of operator+).
    std::string out;
    auto put = [&](std::size_t at, std::size_t n, const char* before) {
        out += before;
        out.append(d, at, n);
    };
    put(0, 4, "");
    put(4, 2, "-");
    put(6, 2, "-");
    if (d.size() < 14) {
        return out;
    }
    put(8, 2, "T");
    put(10, 2, ":");
    put(12, 2, ":");
    const std::string zone = d.substr(14);  // "Z" or "+02'00'"
    if (zone.size() >= 6 && (zone[0] == '+' || zone[0] == '-')) {
        out.append(zone, 0, 3);
        out += ':';
        out.append(zone, 4, 2);
    } else {
        out += "Z";
    }
    return out;
}

std::string xmp_packet(const DocumentInfo& info, const std::string& language) {
    std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    xml::Writer w(x);
    w.start("x:xmpmeta");
    w.namespace_declaration("x", "adobe:ns:meta/");
    w.line_break();
    w.start("rdf:RDF");
    w.namespace_declaration("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    w.line_break();
    w.start("rdf:Description");
    w.attribute("rdf:about", "");
    w.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    w.attribute("xmlns:xmp", "http://ns.adobe.com/xap/1.0/");
    w.attribute("xmlns:pdf", "http://ns.adobe.com/pdf/1.3/");
    w.attribute("xmlns:pdfuaid", "http://www.aiim.org/pdfua/ns/id/");
    auto simple = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            w.line_break();
            w.element(name, value);
        }
    };
    // An rdf:Alt, rdf:Seq or rdf:Bag of one item.
    auto one_item = [&](const char* name, const char* container, const std::string& value,
                        bool default_language) {
        if (value.empty()) {
            return;
        }
        w.line_break();
        w.start(name);
        w.start(container);
        w.start("rdf:li");
        if (default_language) {
            w.attribute("xml:lang", "x-default");
        }
        w.text(value);
        w.end();
        w.end();
        w.end();
    };
    simple("dc:format", "application/pdf");
    one_item("dc:title", "rdf:Alt", info.title, true);
    one_item("dc:creator", "rdf:Seq", info.author, false);
    one_item("dc:description", "rdf:Alt", info.subject, true);
    one_item("dc:language", "rdf:Bag", language, false);
    simple("pdf:Keywords", info.keywords);
    simple("pdf:Producer", info.producer);
    simple("xmp:CreatorTool", info.creator);
    simple("xmp:CreateDate", xmp_date(info.creation_date));
    simple("xmp:ModifyDate", xmp_date(info.modification_date));
    simple("pdfuaid:part", "1");
    w.end_on_new_line();  // rdf:Description
    w.end_on_new_line();  // rdf:RDF
    w.end_on_new_line();  // x:xmpmeta
    w.finish();
    if (x.back() != '\n') {
        x += '\n';
    }
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace galley::pdf
