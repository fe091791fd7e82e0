// Writing the XMP packet by hand: a fixed RDF skeleton with escaped values.
#include "pdf/xmp_metadata.hpp"

namespace galley::pdf {

namespace {

std::string xml_escaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            // Control characters other than tab and newline are not allowed in XML 1.0.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') {
                out += c;
            }
        }
    }
    return out;
}

}  // namespace

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
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    x += "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    auto alt = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            x += "   <";
            x += name;
            x += "><rdf:Alt><rdf:li xml:lang=\"x-default\">";
            x += xml_escaped(value);
            x += "</rdf:li></rdf:Alt></";
            x += name;
            x += ">\n";
        }
    };
    alt("dc:title", info.title);
    if (!info.author.empty()) {
        x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(info.author) +
             "</rdf:li></rdf:Seq></dc:creator>\n";
    }
    alt("dc:description", info.subject);
    if (!language.empty()) {
        x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(language) +
             "</rdf:li></rdf:Bag></dc:language>\n";
    }
    auto simple = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            x += "   <";
            x += name;
            x += '>';
            x += xml_escaped(value);
            x += "</";
            x += name;
            x += ">\n";
        }
    };
    simple("pdf:Keywords", info.keywords);
    simple("pdf:Producer", info.producer);
    simple("xmp:CreatorTool", info.creator);
    simple("xmp:CreateDate", xmp_date(info.creation_date));
    simple("xmp:ModifyDate", xmp_date(info.modification_date));
    x += "   <pdfuaid:part>1</pdfuaid:part>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace galley::pdf
