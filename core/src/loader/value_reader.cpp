// Key checks, scalar conversions and located messages shared by every part of the reader.
#include "loader/value_reader.hpp"

#include "loader/inline_field.hpp"
#include "loader/key_suggestion.hpp"
#include "loader/quote.hpp"
#include "loader/scalar_locator.hpp"

#include <algorithm>
#include <charconv>

#include <galley/text.hpp>

namespace galley::detail {

namespace {
bool is_white_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}
}  // namespace

std::string_view trim_white_space(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t next = begin;
        if (!is_white_space(next_code_point(s, next))) {
            break;
        }
        begin = next;
    }
    s.remove_prefix(begin);
    // Backwards: step to the start of the last code point and test it.
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
            --start;
        }
        std::size_t p = start;
        if (!is_white_space(next_code_point(s, p))) {
            break;
        }
        s.remove_suffix(s.size() - start);
    }
    return s;
}

const Field* Fields::find(std::string_view name) const {
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_fields[it->second];
}

const Field* Fields::get(std::string_view name) const {
    const Field* f = find(name);
    return f && !f->missing ? f : nullptr;
}

bool ValueReader::is_missing(NodeId id) const {
    const YamlNode& n = m_tree[m_tree.resolve(id)];
    switch (n.kind) {
    case NodeKind::Null: return true;
    case NodeKind::Scalar: return n.text_size == 0;
    default: return n.count == 0;
    }
}

bool ValueReader::is_blank(NodeId id) const {
    const NodeId v = m_tree.resolve(id);
    if (m_tree[v].kind != NodeKind::Scalar || m_tree[v].text_size == 0) {
        return false;
    }
    return trim_white_space(m_tree.text(v)).empty();
}

std::string ValueReader::describe(NodeId id) const {
    const NodeId v = m_tree.resolve(id);
    switch (m_tree[v].kind) {
    case NodeKind::Null: return "nothing";
    case NodeKind::Sequence: return "a list";
    case NodeKind::Mapping: return "a mapping";
    default: return quote(m_tree.text(v));
    }
}

std::size_t ValueReader::offset(const Field& f) const {
    return m_tree[f.value].kind == NodeKind::Null ? m_tree[f.key].offset : m_tree[f.node].offset;
}

Fields ValueReader::fields(NodeId map, std::span<const std::string_view> allowed,
                           std::string_view where, bool extensions) {
    Fields out;
    const YamlNode& m = m_tree[map];
    for (NodeId key = m.first; key != no_node && m_tree[key].next != no_node;
         key = m_tree[m_tree[key].next].next) {
        const NodeId node = m_tree[key].next;
        const NodeId k = m_tree.resolve(key);
        if (m_tree[k].kind != NodeKind::Scalar) {
            m_report.error(offset(key), "a key must be a name, got " + describe(key));
            continue;
        }
        const std::string_view name = m_tree.text(k);
        const bool known = std::find(allowed.begin(), allowed.end(), name) != allowed.end();
        const bool extension = extensions && name.size() > 2 && name.substr(0, 2) == "x-";
        if (!known && !extension) {
            std::string message = "unknown key '" + std::string(name) + "'" + std::string(where);
            if (std::string_view near = nearest_key(name, allowed); !near.empty()) {
                message += " (did you mean '" + std::string(near) + "'?)";
                out.add_suggestion(near);
            }
            m_report.error(offset(key), std::move(message));
            continue;
        }
        if (const Field* first = out.find(name)) {
            m_report.error(offset(key),
                           "duplicate key '" + std::string(name) + "'" + std::string(where) +
                               " (first given on line " +
                               std::to_string(m_report.position(offset(first->key)).line) + ")");
            continue;
        }
        const NodeId value = m_tree.resolve(node);
        const bool blank = !extension && is_blank(value);  // extensions are data, as given
        if (blank) {
            m_report.error(offset(node), key_name(name) + std::string(where) +
                                             " must not be blank (it holds only white space)");
        }
        out.add({name, key, node, value, blank || is_missing(value), blank});
    }
    return out;
}

const Field* ValueReader::require(const Fields& fields, NodeId map, std::string_view name,
                                  std::string_view where) {
    const Field* f = fields.find(name);
    if (!f && fields.was_suggested(name)) {
        return nullptr;  // reported at the misspelled key, with the suggestion
    }
    if (f && f->blank) {
        return nullptr;
    }
    if (!f) {
        m_report.error(offset(map),
                       "missing required key '" + std::string(name) + "'" + std::string(where));
        return nullptr;
    }
    if (f->missing) {
        m_report.error(offset(f->key), key_name(name) + std::string(where) + " must not be empty");
        return nullptr;
    }
    return f;
}

std::optional<std::string_view> ValueReader::string(const Field& f) {
    if (m_tree[f.value].kind != NodeKind::Scalar) {
        m_report.error(offset(f), key_name(f.name) + " must be a string, got " + describe(f.value));
        return std::nullopt;
    }
    return m_tree.text(f.value);
}

std::optional<long long> ValueReader::integer(const Field& f, long long lo, long long hi,
                                              std::string_view expected) {
    const YamlNode& n = m_tree[f.value];
    const std::string prefix = key_name(f.name) + " must be " + std::string(expected);
    if (n.kind != NodeKind::Scalar) {
        m_report.error(offset(f), prefix + ", got " + describe(f.value));
        return std::nullopt;
    }
    std::string_view text = m_tree.text(f.value);
    long long value = 0;
    std::string_view digits = text.substr(!text.empty() && text[0] == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    const bool parsed =
        ec == std::errc() && end == digits.data() + digits.size() && !digits.empty();
    if (parsed && !n.plain) {
        m_report.error(offset(f), prefix + ", not a quoted string (write " + std::string(text) +
                                      " without quotes)");
        return std::nullopt;
    }
    if (!parsed || value < lo || value > hi) {
        m_report.error(offset(f),
                       prefix + ", got " + (parsed ? std::string(text) : describe(f.value)));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ValueReader::boolean(const Field& f) {
    const YamlNode& n = m_tree[f.value];
    if (n.kind == NodeKind::Scalar && n.plain) {
        const std::string_view t = m_tree.text(f.value);
        if (t == "true" || t == "True" || t == "TRUE") {
            return true;
        }
        if (t == "false" || t == "False" || t == "FALSE") {
            return false;
        }
    }
    m_report.error(offset(f),
                   key_name(f.name) + " must be true or false, got " + describe(f.value));
    return std::nullopt;
}

std::optional<DateTime> ValueReader::date(const Field& f, DateForm form) {
    if (m_tree[f.value].kind != NodeKind::Scalar) {
        DateTime ignored;
        m_report.error(offset(f), key_name(f.name) + " " + parse_iso_datetime("", form, ignored) +
                                      ", got " + describe(f.value));
        return std::nullopt;
    }
    DateTime t;
    const std::string_view text = m_tree.text(f.value);
    if (std::string why = parse_iso_datetime(text, form, t); !why.empty()) {
        m_report.error(offset(f), key_name(f.name) + " " + why + ", got " + quote(text));
        return std::nullopt;
    }
    return t;
}

InlineText ValueReader::inline_text(NodeId node, std::string_view what) {
    const NodeId v = m_tree.resolve(node);
    if (m_tree[v].kind != NodeKind::Scalar) {
        m_report.error(offset(node), std::string(what) + " must be text, got " + describe(v));
        return {};
    }
    std::vector<TextIssue> issues;
    InlineText text =
        parse_inline_field(m_tree.text(v), what, m_limits.max_depth, issues, &m_inline_budget);
    report_issues(v, issues);
    return text;
}

InlineText ValueReader::inline_text(const Field& f) {
    if (m_tree[f.value].kind != NodeKind::Scalar) {
        m_report.error(offset(f), key_name(f.name) + " must be text, got " + describe(f.value));
        return {};
    }
    return inline_text(f.node, key_name(f.name));
}

std::vector<NodeId> ValueReader::items(const Field& f, std::string_view shape) {
    std::vector<NodeId> out;
    const YamlNode& n = m_tree[f.value];
    if (n.kind != NodeKind::Sequence) {
        m_report.error(offset(f), key_name(f.name) + " must be a list of " + std::string(shape) +
                                      ", got " + describe(f.value));
        return out;
    }
    out.reserve(n.count);
    for (NodeId item = n.first; item != no_node; item = m_tree[item].next) {
        out.push_back(item);
    }
    return out;
}

std::vector<std::string> ValueReader::string_list(const Field& f) {
    std::vector<std::string> out;
    for (NodeId item : items(f, "strings")) {
        const NodeId v = m_tree.resolve(item);
        if (m_tree[v].kind != NodeKind::Scalar || is_missing(v) || is_blank(v)) {
            m_report.error(offset(item), "each item of '" + std::string(f.name) +
                                             "' must be a non-empty string, got " + describe(v));
            continue;
        }
        out.emplace_back(m_tree.text(v));
    }
    return out;
}

void ValueReader::report_issues(NodeId node, std::vector<TextIssue>& issues) {
    if (issues.empty()) {
        return;
    }
    std::stable_sort(issues.begin(), issues.end(),
                     [](const TextIssue& a, const TextIssue& b) { return a.offset < b.offset; });
    ScalarLocator locator(m_source.text(), m_tree[node].offset, m_tree.text(node));
    for (TextIssue& issue : issues) {
        if (issue.severity == Severity::Error && m_report.full()) {
            m_report.error(0, std::move(issue.message));  // counted, not listed
            continue;
        }
        const std::size_t at = locator.locate(issue.offset);
        if (issue.severity == Severity::Error) {
            m_report.error(at, std::move(issue.message));
        } else {
            m_report.warning(at, std::move(issue.message));
        }
    }
    issues.clear();
}

}  // namespace galley::detail
