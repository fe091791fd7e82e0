// Value-to-source offset mapping for YAML scalars (plain, quoted, block).
#include "loader/scalar_locator.hpp"

namespace galley::detail {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::size_t utf8_length(unsigned long cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
}  // namespace

ScalarLocator::ScalarLocator(std::string_view source, std::size_t node_offset,
                             std::string_view value)
    : m_source(source), m_value(value) {
    std::size_t p = node_offset;
    // yaml-cpp marks a node at its anchor or tag when it has one: step over those.
    for (;;) {
        while (p < source.size() && is_space(source[p])) {
            ++p;
        }
        if (p < source.size() && source[p] == '#' && p > node_offset) {
            while (p < source.size() && source[p] != '\n') {
                ++p;
            }
            continue;
        }
        if (p < source.size() && (source[p] == '&' || source[p] == '!')) {
            while (p < source.size() && !is_space(source[p])) {
                ++p;
            }
            continue;
        }
        break;
    }
    if (p < source.size() && source[p] == '"') {
        m_style = Style::DoubleQuoted;
        ++p;
    } else if (p < source.size() && source[p] == '\'') {
        m_style = Style::SingleQuoted;
        ++p;
    } else if (p < source.size() && (source[p] == '|' || source[p] == '>')) {
        m_style = Style::Block;
        while (p < source.size() && source[p] != '\n') {
            ++p;
        }
    }
    m_start = p;
    restart();
}

void ScalarLocator::restart() {
    m_v = 0;
    m_s = m_start;
    m_lost = false;
}

// Advances over one matching unit of value and source; false when they disagree.
bool ScalarLocator::step() {
    if (m_s >= m_source.size()) {
        return false;
    }
    const char sc = m_source[m_s];
    const char vc = m_value[m_v];
    if (m_style == Style::DoubleQuoted && sc == '\\') {
        if (m_s + 1 >= m_source.size()) {
            return false;
        }
        const char e = m_source[m_s + 1];
        if (e == '\n' || e == '\r') {  // escaped line break: joins lines, adds nothing
            m_s += 2;
            while (m_s < m_source.size() && is_space(m_source[m_s])) {
                ++m_s;
            }
            return true;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        unsigned long cp = 0;
        for (int k = 0; k < digits; ++k) {
            const std::size_t at = m_s + 2 + static_cast<std::size_t>(k);
            const int d = at < m_source.size() ? hex_digit(m_source[at]) : -1;
            if (d < 0) {
                return false;
            }
            cp = cp * 16 + static_cast<unsigned long>(d);
        }
        std::size_t produced = 1;
        if (digits > 0) {
            produced = utf8_length(cp);
        } else if (e == 'N' || e == '_') {
            produced = 2;  // U+0085, U+00A0
        } else if (e == 'L' || e == 'P') {
            produced = 3;  // U+2028, U+2029
        }
        m_s += 2 + static_cast<std::size_t>(digits);
        m_v += produced;
        return true;
    }
    if (m_style == Style::SingleQuoted && sc == '\'' && m_s + 1 < m_source.size() &&
        m_source[m_s + 1] == '\'') {
        m_s += 2;
        m_v += 1;
        return true;
    }
    if (is_space(vc) || is_space(sc)) {
        // Folding, chomping and indentation turn any run of white space into another.
        const bool value_space = is_space(vc);
        const bool source_space = is_space(sc);
        while (m_v < m_value.size() && is_space(m_value[m_v])) {
            ++m_v;
        }
        while (m_s < m_source.size() && is_space(m_source[m_s])) {
            ++m_s;
        }
        return value_space || source_space;
    }
    if (sc == vc) {
        ++m_s;
        ++m_v;
        return true;
    }
    return false;
}

std::size_t ScalarLocator::locate(std::size_t value_offset) {
    if (m_lost && value_offset >= m_lost_at) {
        return m_start;  // walking again would fail at the same place: linear, not quadratic
    }
    if (value_offset < m_v || m_lost) {
        restart();
    }
    while (m_v < value_offset && m_v < m_value.size()) {
        const std::size_t v_before = m_v;
        const std::size_t s_before = m_s;
        if (!step()) {
            m_lost = true;
            m_lost_at = m_v;
            return m_start;
        }
        if (m_v > value_offset) {
            // The offset fell inside a run or an escape: point at the run's start.
            m_v = v_before;
            m_s = s_before;
            return s_before;
        }
    }
    // A white-space run in the source the value has not reached yet (indentation).
    std::size_t s = m_s;
    if (m_v < m_value.size() && !is_space(m_value[m_v])) {
        while (s < m_source.size() && is_space(m_source[s])) {
            ++s;
        }
    }
    return s;
}

}  // namespace galley::detail
