// JsonWriter: galley's one way of writing JSON (exporter, formats --json, run report).
#include <galley/json_writer.hpp>

#include <cmath>
#include <cstdio>

namespace galley {

JsonWriter::JsonWriter(std::string& out, int indent) : m_out(out), m_indent(indent) {}

void JsonWriter::newline() {
    if (m_indent <= 0) {
        return;
    }
    m_out += '\n';
    m_out.append(m_stack.size() * static_cast<std::size_t>(m_indent), ' ');
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty) {
            m_out += ',';
        }
        m_stack.back().empty = false;
        newline();
    }
}

void JsonWriter::begin_object() {
    before_value();
    m_out += '{';
    m_stack.push_back({true});
}

void JsonWriter::end_object() {
    bool was_empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!was_empty) {
        newline();
    }
    m_out += '}';
}

void JsonWriter::begin_array() {
    before_value();
    m_out += '[';
    m_stack.push_back({false});
}

void JsonWriter::end_array() {
    bool was_empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!was_empty) {
        newline();
    }
    m_out += ']';
}

void JsonWriter::key(std::string_view name) {
    before_value();
    escape_to(m_out, name);
    m_out += m_indent > 0 ? ": " : ":";
    m_after_key = true;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    escape_to(m_out, text);
}

void JsonWriter::value(std::int64_t number) {
    before_value();
    m_out += std::to_string(number);
}

void JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", number);
    m_out += buf;
}

void JsonWriter::value(bool flag) {
    before_value();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    m_out += "null";
}

void JsonWriter::escape_to(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else if (c == 0xE2 && i + 2 < text.size() &&
                       static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                       (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                        static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
                // U+2028/U+2029 are legal JSON but end a line in JavaScript source.
                out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
                i += 2;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

}  // namespace galley
