// Typed reading of YAML values with located, one-line diagnostics.
#pragma once

#include "loader/iso_datetime.hpp"
#include "loader/markdown_inlines.hpp"
#include "loader/reporter.hpp"
#include "loader/yaml_tree.hpp"

#include <galley/loader.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace galley::detail {

/// `s` without the white space at both ends: ASCII blanks and line ends, and the Unicode
/// space separators (U+00A0, U+2000-U+200A, U+3000...), which print as nothing too.
std::string_view trim_white_space(std::string_view s);

/// One key of a mapping and its value.
struct Field {
    std::string_view name;
    NodeId key = no_node;
    NodeId node = no_node;   ///< the value as written (possibly an alias)
    NodeId value = no_node;  ///< the value itself (aliases resolved)
    bool missing = false;    ///< null, "", [] or {}, or only white space: counts as absent
    bool blank = false;      ///< only white space: already reported where it stands
};

/// The accepted keys of one mapping, in source order.
class Fields {
public:
    /// The field, if present and not empty.
    const Field* get(std::string_view name) const;
    /// The field as written, even when its value is empty.
    const Field* find(std::string_view name) const;
    const std::vector<Field>& all() const { return m_fields; }
    void add(Field f) {
        m_index.emplace(f.name, m_fields.size());
        m_fields.push_back(f);
    }
    /// An unknown key was reported with "did you mean `name`": a missing `name` is the
    /// same mistake and is not reported again.
    void add_suggestion(std::string_view name) { m_suggested.insert(name); }
    bool was_suggested(std::string_view name) const { return m_suggested.count(name) > 0; }

private:
    std::vector<Field> m_fields;
    // Hashed so that a mapping of many keys is checked for duplicates in linear time.
    std::unordered_map<std::string_view, std::size_t> m_index;
    std::unordered_set<std::string_view> m_suggested;
};

/// Reads values out of the YamlTree for one article and reports what is wrong with
/// them. Messages name the key and what was expected: "'urgency' must be an integer
/// from 1 to 9, got \"high\"". `where` phrases (" in an author") say which mapping a key
/// belongs to when it is not the top level.
class ValueReader {
public:
    ValueReader(const SourceText& source, const YamlTree& tree, Reporter& report,
                const LoadLimits& limits)
        : m_source(source), m_tree(tree), m_report(report),
          m_limits(limits), m_inline_budget{limits.max_inline_nodes, 0} {}

    const SourceText& source() const { return m_source; }
    const YamlTree& tree() const { return m_tree; }
    Reporter& report() { return m_report; }
    const LoadLimits& limits() const { return m_limits; }
    /// The article's inline nodes left (LoadLimits::max_inline_nodes), for every field.
    InlineBudget& inline_budget() { return m_inline_budget; }

    /// Checks the keys of `map` (duplicates, unknown keys with the nearest valid one,
    /// keys that are not names) and returns the good ones. With `extensions`, keys
    /// starting with "x-" are accepted too.
    Fields fields(NodeId map, std::span<const std::string_view> allowed, std::string_view where,
                  bool extensions = false);
    /// The field, or nullptr after reporting that it is missing (at the mapping) or empty
    /// (at its key).
    const Field* require(const Fields& fields, NodeId map, std::string_view name,
                         std::string_view where);

    /// Where a problem with the field's value is: the value, or the key when the value is
    /// empty (yaml-cpp places an empty value on the next token).
    std::size_t offset(const Field& f) const;
    std::size_t offset(NodeId id) const { return m_tree[id].offset; }
    bool is_missing(NodeId id) const;
    /// A non-empty scalar of white space only (spaces, tabs, line ends, Unicode spaces).
    bool is_blank(NodeId id) const;
    /// "a list", "a mapping", "nothing" or the quoted scalar, for "..., got X".
    std::string describe(NodeId id) const;

    std::optional<std::string_view> string(const Field& f);
    std::optional<long long> integer(const Field& f, long long lo, long long hi,
                                     std::string_view expected);
    std::optional<bool> boolean(const Field& f);
    std::optional<DateTime> date(const Field& f, DateForm form);
    /// Inline CommonMark of a scalar node; `what` names it in messages.
    InlineText inline_text(NodeId node, std::string_view what);
    InlineText inline_text(const Field& f);
    /// A list of non-empty strings.
    std::vector<std::string> string_list(const Field& f);
    /// The items of a sequence field, or an empty list after reporting that the value is
    /// not a sequence (`shape` says what each item should be).
    std::vector<NodeId> items(const Field& f, std::string_view shape);

    /// Reports problems found inside the text of scalar `node` at their exact places.
    void report_issues(NodeId node, std::vector<TextIssue>& issues);

private:
    const SourceText& m_source;
    const YamlTree& m_tree;
    Reporter& m_report;
    const LoadLimits& m_limits;
    InlineBudget m_inline_budget;
};

}  // namespace galley::detail
