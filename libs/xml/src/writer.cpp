// galley::xml::Writer over libxml2's xmlTextWriter, with output collected in a string.
#include <galley/xml/writer.hpp>

#include <galley/diagnostic.hpp>
#include <galley/text.hpp>
#include <galley/xml/sanitize.hpp>

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <cstdio>
#include <mutex>

namespace galley::xml {

namespace {
const xmlChar* xml_chars(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

int append_to_string(void* context, const char* buffer, int length) {
    static_cast<std::string*>(context)->append(buffer, static_cast<std::size_t>(length));
    return length;
}

int close_nothing(void*) { return 0; }

[[noreturn]] void fail(const char* what) {
    throw Error(ErrorCode::ExportFailed, std::string("XML writer: ") + what + " failed");
}

void check(int result, const char* what) {
    if (result < 0) {
        fail(what);
    }
}

// The first byte of every bidi control's UTF-8 form: U+061C is D8 9C, the others E2 ..
bool may_hold_bidi_control(std::string_view s) {
    return s.find('\xD8') != std::string_view::npos || s.find('\xE2') != std::string_view::npos;
}
}  // namespace

struct Writer::Impl {
    xmlTextWriterPtr writer = nullptr;
    ~Impl() {
        if (writer != nullptr) {
            xmlFreeTextWriter(writer);  // also frees the output buffer
        }
    }
};

Writer::Writer(std::string& out) : m_impl(std::make_unique<Impl>()) {
    // libxml2 wants its globals set up once, before threads use it.
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    xmlOutputBufferPtr buffer =
        xmlOutputBufferCreateIO(append_to_string, close_nothing, &out, nullptr);
    if (buffer == nullptr) {
        fail("creating the output buffer");
    }
    m_impl->writer = xmlNewTextWriter(buffer);
    if (m_impl->writer == nullptr) {
        xmlOutputBufferClose(buffer);
        fail("creating the writer");
    }
}

Writer::~Writer() = default;

const char* Writer::sanitize(std::string_view value) {
    m_scratch.clear();
    m_replaced += append_sanitized(m_scratch, value);
    return m_scratch.c_str();
}

void Writer::declaration() {
    check(xmlTextWriterStartDocument(m_impl->writer, "1.0", "UTF-8", nullptr),
          "the XML declaration");
}

void Writer::doctype(const char* name) {
    check(xmlTextWriterWriteDTD(m_impl->writer, xml_chars(name), nullptr, nullptr, nullptr),
          "DOCTYPE");
    check(xmlTextWriterWriteRaw(m_impl->writer, xml_chars("\n")), "DOCTYPE");
}

void Writer::start(const char* name) {
    check(xmlTextWriterStartElement(m_impl->writer, xml_chars(name)), "start tag");
    ++m_depth;
}

void Writer::attribute(const char* name, std::string_view value) {
    check(xmlTextWriterStartAttribute(m_impl->writer, xml_chars(name)), "attribute");
    sanitize(value);
    write_sanitized_text();
    check(xmlTextWriterEndAttribute(m_impl->writer), "attribute");
}

void Writer::namespace_declaration(std::string_view prefix, std::string_view uri) {
    if (prefix.empty()) {
        attribute("xmlns", uri);
        return;
    }
    std::string name = "xmlns:";
    name += prefix;
    check(xmlTextWriterStartAttribute(m_impl->writer, xml_chars(name.c_str())), "namespace");
    sanitize(uri);
    write_sanitized_text();
    check(xmlTextWriterEndAttribute(m_impl->writer), "namespace");
}

void Writer::text(std::string_view text) {
    if (text.empty()) {
        return;
    }
    sanitize(text);
    write_sanitized_text();
}

// Writes m_scratch: escaped by libxml2, except that bidi controls become character
// references (text either way, but visible in the source).
void Writer::write_sanitized_text() {
    xmlTextWriterPtr w = m_impl->writer;
    const std::string_view s = m_scratch;
    if (!may_hold_bidi_control(s)) {
        check(xmlTextWriterWriteString(w, xml_chars(m_scratch.c_str())), "text");
        return;
    }
    std::string piece;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t start = pos;
        const char32_t cp = next_code_point(s, pos);
        if (!is_bidi_control(cp)) {
            piece.append(s.data() + start, pos - start);
            continue;
        }
        if (!piece.empty()) {
            check(xmlTextWriterWriteString(w, xml_chars(piece.c_str())), "text");
            piece.clear();
        }
        char reference[16];
        std::snprintf(reference, sizeof reference, "&#x%04X;", static_cast<unsigned>(cp));
        check(xmlTextWriterWriteRaw(w, xml_chars(reference)), "character reference");
    }
    if (!piece.empty()) {
        check(xmlTextWriterWriteString(w, xml_chars(piece.c_str())), "text");
    }
}

void Writer::end() {
    check(xmlTextWriterFullEndElement(m_impl->writer), "end tag");
    --m_depth;
}

void Writer::end_empty() {
    check(xmlTextWriterEndElement(m_impl->writer), "end tag");
    --m_depth;
}

void Writer::element(const char* name, std::string_view value) {
    start(name);
    text(value);
    end();
}

void Writer::end_on_new_line() {
    line_break_at(m_depth - 1);
    end();
}

void Writer::line_break_at(int depth) {
    std::string indent = "\n";
    indent.append(static_cast<std::size_t>(depth > 0 ? depth : 0) * 2, ' ');
    check(xmlTextWriterWriteRaw(m_impl->writer, xml_chars(indent.c_str())), "white space");
}

void Writer::trusted_text(std::string_view text) {
    if (text.find_first_of("<&") != std::string_view::npos ||
        text.find("]]>") != std::string_view::npos) {
        fail("trusted text holding markup");
    }
    check(xmlTextWriterWriteRawLen(m_impl->writer, xml_chars(text.data()),
                                   static_cast<int>(text.size())),
          "text");
}

void Writer::finish() {
    check(xmlTextWriterEndDocument(m_impl->writer), "closing the document");
    check(xmlTextWriterFlush(m_impl->writer), "flushing");
    m_depth = 0;
}

}  // namespace galley::xml
