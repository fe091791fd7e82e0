// Builds the YamlTree from yaml-cpp events, counting depth and alias expansion as they come.
#include "loader/yaml_tree.hpp"

#include <galley/text.hpp>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace galley::detail {

namespace {

// A read-only istream over memory: yaml-cpp wants a stream, and the text is already in
// memory, so it should not be copied into a stringstream.
class MemoryBuffer : public std::streambuf {
public:
    explicit MemoryBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// Thrown from inside the event handler to stop yaml-cpp the moment a rule is broken.
struct TreeError {
    std::size_t offset;
    std::string message;
};

// Reaches no further than the second document's start: its existence is the error.
class SecondDocumentProbe : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark& mark) override {
        throw TreeError{static_cast<std::size_t>(std::max(mark.pos, 0)),
                        "a file holds one article, but a second YAML document starts here"};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const SourceText& source, const LoadLimits& limits)
        : m_source(source), m_limits(limits) {
        // Roughly one node per 12 bytes of a typical article: one allocation, usually.
        m_tree.m_nodes.reserve(std::min<std::size_t>(source.text().size() / 12 + 16, 1u << 16));
        m_tree.m_text.reserve(source.text().size());
    }

    YamlTree take() { return std::move(m_tree); }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const NodeId id = add(mark, NodeKind::Null, anchor);
        m_tree.m_nodes[id].offset = static_cast<std::uint32_t>(null_offset(offset_of(mark)));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_tag(mark, tag, true);
        charge_bytes(mark, value.size());
        const NodeId id = add(mark, NodeKind::Scalar, anchor);
        YamlNode& n = m_tree.m_nodes[id];
        n.plain = tag == "?";
        n.text_begin = static_cast<std::uint32_t>(m_tree.m_text.size());
        n.expanded_bytes = static_cast<std::uint32_t>(value.size());
        m_tree.m_text += value;
        if (!n.plain) {
            append_escape_repaired(m_tree.m_text, n.text_begin);
        }
        m_tree.m_nodes[id].text_size =
            static_cast<std::uint32_t>(m_tree.m_text.size() - m_tree.m_nodes[id].text_begin);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (anchor == 0 || anchor > m_anchors.size()) {
            throw TreeError{offset_of(mark), "alias refers to no anchor"};
        }
        const NodeId target = m_anchors[anchor - 1];
        const YamlNode& t = m_tree.m_nodes[target];
        if (std::find(m_open.begin(), m_open.end(), target) != m_open.end()) {
            throw TreeError{offset_of(mark), "alias '" + alias_name(mark) +
                                                 "' refers to a collection that contains it"};
        }
        const std::uint32_t expanded = t.expanded;
        const std::uint32_t height = t.height;
        const std::uint32_t bytes = t.expanded_bytes;
        check_depth(mark, m_open.size() + height);
        charge_bytes(mark, bytes);
        const NodeId id = add(mark, NodeKind::Alias, 0, expanded - 1);
        m_tree.m_nodes[id].first = target;
        m_tree.m_nodes[id].expanded = expanded;
        m_tree.m_nodes[id].expanded_bytes = bytes;
        m_tree.m_nodes[id].height = height;
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, NodeKind::Sequence, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, NodeKind::Mapping, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    std::size_t offset_of(const YAML::Mark& mark) const {
        return static_cast<std::size_t>(std::max(mark.pos, 0));
    }

    // yaml-cpp marks an empty value ("key:" and nothing) at the token after it, often on
    // the next line; move back to the ':' or '-' that introduced it. An explicit ~ or
    // null is marked where it stands.
    std::size_t null_offset(std::size_t offset) const {
        const std::string_view text = m_source.text();
        if (offset < text.size() &&
            (text[offset] == '~' || text.substr(offset, 4) == "null" ||
             text.substr(offset, 4) == "Null" || text.substr(offset, 4) == "NULL")) {
            return offset;
        }
        std::size_t p = std::min(offset, text.size());
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '\n' ||
                         text[p - 1] == '\r')) {
            --p;
        }
        return p > 0 ? p - 1 : 0;
    }

    std::string alias_name(const YAML::Mark& mark) const {
        std::string_view rest = m_source.text().substr(offset_of(mark));
        std::size_t end = rest.find_first_of(" \t\r\n,]}");
        return std::string(rest.substr(0, end));
    }

    // Only the plain ("?") and non-plain ("!") tags, and !!str on a scalar, mean what a
    // reader expects; any other tag would change a value's type behind the format's back.
    void check_tag(const YAML::Mark& mark, const std::string& tag, bool scalar) const {
        if (tag == "?" || tag == "!" || (scalar && tag == "tag:yaml.org,2002:str")) {
            return;
        }
        std::string shown = tag;
        if (shown.rfind("tag:yaml.org,2002:", 0) == 0) {
            shown = "!!" + shown.substr(18);
        }
        throw TreeError{offset_of(mark), "YAML tag '" + shown + "' is not supported here"};
    }

    void check_depth(const YAML::Mark& mark, std::size_t depth) const {
        if (depth > static_cast<std::size_t>(m_limits.max_depth)) {
            throw TreeError{offset_of(mark), "nesting deeper than " +
                                                 std::to_string(m_limits.max_depth) +
                                                 " levels (the limit)"};
        }
    }

    // Every scalar byte counts against the input size limit, once per place it appears
    // once aliases are expanded: exporters write an alias out in full, so a small file of
    // aliases to one long scalar would otherwise become gigabytes of text.
    void charge_bytes(const YAML::Mark& mark, std::size_t bytes) {
        m_expanded_bytes += bytes;
        if (m_expanded_bytes > m_limits.max_input_bytes) {
            throw TreeError{offset_of(mark),
                            "the text grows beyond " + std::to_string(m_limits.max_input_bytes) +
                                " bytes (the input size limit) once aliases are expanded; "
                                "anchors and aliases must not multiply the document"};
        }
    }

    // yaml-cpp decodes the escapes \N and \_ into the single bytes 0x85 and 0xA0, which are
    // not UTF-8; everything else it produces is. The text from `from` on was valid UTF-8
    // in the source, so a lone 0x85 or 0xA0 can only come from those escapes: re-encode
    // them as U+0085 and U+00A0.
    static void append_escape_repaired(std::string& text, std::size_t from) {
        const std::string_view added = std::string_view(text).substr(from);
        if (added.find_first_of("\x85\xA0") == std::string_view::npos) {
            return;
        }
        std::string fixed;
        fixed.reserve(added.size() + 8);
        for (std::size_t pos = 0; pos < added.size();) {
            const std::size_t start = pos;
            const char32_t cp = next_code_point(added, pos);
            const auto b = static_cast<unsigned char>(added[start]);
            if (cp == 0xFFFD && pos == start + 1 && (b == 0x85 || b == 0xA0)) {
                fixed += '\xC2';
                fixed += static_cast<char>(b);
            } else {
                fixed.append(added.substr(start, pos - start));
            }
        }
        text.resize(from);
        text += fixed;
    }

    // Appends a node under the open collection; `extra` is what an alias adds to the
    // expanded count beyond its own node.
    NodeId add(const YAML::Mark& mark, NodeKind kind, YAML::anchor_t anchor,
               std::uint32_t extra = 0) {
        m_expanded += 1 + static_cast<std::size_t>(extra);
        if (m_expanded > m_limits.max_expanded_nodes) {
            throw TreeError{offset_of(mark),
                            "more than " + std::to_string(m_limits.max_expanded_nodes) +
                                " YAML nodes once aliases are expanded (the limit); "
                                "anchors and aliases must not multiply the document"};
        }
        const NodeId id = static_cast<NodeId>(m_tree.m_nodes.size());
        YamlNode node;
        node.kind = kind;
        node.offset = static_cast<std::uint32_t>(offset_of(mark));
        m_tree.m_nodes.push_back(node);
        if (!m_open.empty()) {
            const NodeId parent = m_open.back();
            YamlNode& p = m_tree.m_nodes[parent];
            if (p.first == no_node) {
                p.first = id;
            } else {
                m_tree.m_nodes[m_last_child.back()].next = id;
            }
            ++p.count;
            m_last_child.back() = id;
        }
        if (anchor != 0) {
            // yaml-cpp numbers anchors 1, 2, 3... in the order it meets them.
            if (m_anchors.size() < anchor) {
                m_anchors.resize(anchor, no_node);
            }
            m_anchors[anchor - 1] = id;
        }
        return id;
    }

    void open(const YAML::Mark& mark, const std::string& tag, NodeKind kind,
              YAML::anchor_t anchor) {
        check_tag(mark, tag, false);
        check_depth(mark, m_open.size() + 1);
        const NodeId id = add(mark, kind, anchor);
        m_open.push_back(id);
        m_last_child.push_back(no_node);
        m_expanded_at_open.push_back(m_expanded - 1);
        m_bytes_at_open.push_back(m_expanded_bytes);
    }

    void close() {
        const NodeId id = m_open.back();
        const std::size_t before = m_expanded_at_open.back();
        m_open.pop_back();
        m_last_child.pop_back();
        m_expanded_at_open.pop_back();
        const std::size_t bytes_before = m_bytes_at_open.back();
        m_bytes_at_open.pop_back();
        YamlNode& n = m_tree.m_nodes[id];
        // At most the input size limit, itself below 4 GiB (see load()).
        n.expanded_bytes = static_cast<std::uint32_t>(
            std::min<std::size_t>(m_expanded_bytes - bytes_before, 0xFFFFFFFFu));
        n.expanded =
            static_cast<std::uint32_t>(std::min<std::size_t>(m_expanded - before, 0xFFFFFFFFu));
        std::uint32_t height = 0;
        for (NodeId c = n.first; c != no_node; c = m_tree.m_nodes[c].next) {
            height = std::max(height, m_tree.m_nodes[c].height);
        }
        n.height = height + 1;
    }

    const SourceText& m_source;
    const LoadLimits& m_limits;
    YamlTree m_tree;
    std::vector<NodeId> m_open;
    std::vector<NodeId> m_last_child;
    std::vector<std::size_t> m_expanded_at_open;
    std::vector<NodeId> m_anchors;
    std::vector<std::size_t> m_bytes_at_open;
    std::size_t m_expanded = 0;
    std::size_t m_expanded_bytes = 0;
};

std::optional<YamlTree> parse_yaml(const SourceText& source, const LoadLimits& limits,
                                   Reporter& report, std::size_t suspect_from) {
    MemoryBuffer buffer(source.text());
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        TreeBuilder builder(source, limits);
        if (!parser.HandleNextDocument(builder)) {
            return YamlTree{};
        }
        SecondDocumentProbe probe;
        parser.HandleNextDocument(probe);
        return builder.take();
    } catch (const TreeError& e) {
        report.error(e.offset, e.message);
    } catch (const YAML::DeepRecursion& e) {
        // yaml-cpp's own guard (500 levels) says "bad file"; say what it means.
        report.error(static_cast<std::size_t>(std::max(e.mark.pos, 0)),
                     "nesting deeper than yaml-cpp can parse (" + std::to_string(e.depth()) +
                         " levels)");
    } catch (const YAML::Exception& e) {
        const std::size_t offset = e.mark.is_null()
                                       ? source.text().size()
                                       : static_cast<std::size_t>(std::max(e.mark.pos, 0));
        if (offset < suspect_from) {
            report.error(offset, "invalid YAML: " + e.msg);
        }
    }
    return std::nullopt;
}

}  // namespace galley::detail
