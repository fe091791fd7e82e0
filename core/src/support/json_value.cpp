// Recursive-descent JSON reader for galley's own report files.
#include "support/json_value.hpp"

#include <galley/text.hpp>

#include <cstdlib>

namespace galley::detail {

const JsonValue* JsonValue::get(std::string_view key) const {
    if (kind != Kind::Object) {
        return nullptr;
    }
    auto it = object.find(std::string(key));
    return it == object.end() ? nullptr : &it->second;
}

std::string JsonValue::get_string(std::string_view key) const {
    const JsonValue* v = get(key);
    return v && v->kind == Kind::String ? v->string : std::string();
}

namespace {
class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    bool document(JsonValue& out) {
        if (!value(out, 0)) {
            return false;
        }
        skip_space();
        return m_pos == m_text.size();
    }

private:
    void skip_space() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }

    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) {
            return false;
        }
        m_pos += word.size();
        return true;
    }

    bool hex4(unsigned& out) {
        if (m_pos + 4 > m_text.size()) {
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            char c = m_text[m_pos++];
            out <<= 4;
            if (c >= '0' && c <= '9') {
                out |= static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                out |= static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                out |= static_cast<unsigned>(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return true;
    }

    bool string(std::string& out) {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
            return false;
        }
        ++m_pos;
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos++];
            if (c == '"') {
                return true;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) {
                return false;
            }
            char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) {
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF && literal("\\u")) {
                    unsigned low = 0;
                    if (!hex4(low)) {
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, cp);
                break;
            }
            default: return false;
            }
        }
        return false;
    }

    bool value(JsonValue& out, int depth) {
        if (depth > 64) {
            return false;
        }
        skip_space();
        if (m_pos >= m_text.size()) {
            return false;
        }
        char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            out.kind = JsonValue::Kind::Object;
            skip_space();
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            for (;;) {
                skip_space();
                std::string key;
                if (!string(key)) {
                    return false;
                }
                skip_space();
                if (!literal(":")) {
                    return false;
                }
                if (!value(out.object[key], depth + 1)) {
                    return false;
                }
                skip_space();
                if (literal("}")) {
                    return true;
                }
                if (!literal(",")) {
                    return false;
                }
            }
        }
        if (c == '[') {
            ++m_pos;
            out.kind = JsonValue::Kind::Array;
            skip_space();
            if (literal("]")) {
                return true;
            }
            for (;;) {
                out.array.emplace_back();
                if (!value(out.array.back(), depth + 1)) {
                    return false;
                }
                skip_space();
                if (literal("]")) {
                    return true;
                }
                if (!literal(",")) {
                    return false;
                }
            }
        }
        if (c == '"') {
            out.kind = JsonValue::Kind::String;
            return string(out.string);
        }
        if (literal("true")) {
            out.kind = JsonValue::Kind::Bool;
            out.boolean = true;
            return true;
        }
        if (literal("false")) {
            out.kind = JsonValue::Kind::Bool;
            return true;
        }
        if (literal("null")) {
            return true;
        }
        std::string number;
        while (m_pos < m_text.size() &&
               std::string_view("+-0123456789.eE").find(m_text[m_pos]) != std::string_view::npos) {
            number += m_text[m_pos++];
        }
        if (number.empty()) {
            return false;
        }
        char* end = nullptr;
        out.kind = JsonValue::Kind::Number;
        out.number = std::strtod(number.c_str(), &end);
        return end && *end == '\0';
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};
}  // namespace

std::optional<JsonValue> parse_json(std::string_view text) {
    JsonValue v;
    Reader r(text);
    if (!r.document(v)) {
        return std::nullopt;
    }
    return v;
}

}  // namespace galley::detail
