// A light YAML node tree of our own, built from yaml-cpp's parser events under limits.
#pragma once

#include "loader/reporter.hpp"

#include <galley/loader.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::detail {

using NodeId = std::uint32_t;
inline constexpr NodeId no_node = 0xFFFFFFFFu;

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping, Alias };

/// One YAML node. Children of a collection are linked through `first` and `next`; a
/// mapping's children alternate key, value. An alias keeps the id of its anchored node
/// in `first`: nothing is copied, so a "billion laughs" file stays small here.
struct YamlNode {
    NodeKind kind = NodeKind::Null;
    bool plain = false;            ///< a scalar written without quotes, block indicator or tag
    std::uint32_t offset = 0;      ///< where yaml-cpp put the node's mark, in the SourceText
    std::uint32_t text_begin = 0;  ///< Scalar: its value in YamlTree's text buffer
    std::uint32_t text_size = 0;
    NodeId first = no_node;            ///< first child, or the anchored node of an alias
    NodeId next = no_node;             ///< next sibling
    std::uint32_t count = 0;           ///< children (a mapping counts keys and values)
    std::uint32_t expanded = 1;        ///< nodes in this subtree once aliases are expanded
    std::uint32_t expanded_bytes = 0;  ///< scalar bytes in this subtree, aliases expanded
    std::uint32_t height = 0;          ///< collection levels in this subtree (0 for a scalar)
};

/// The parsed document. Ids index nodes(); id 0 is the root.
class YamlTree {
public:
    const YamlNode& operator[](NodeId id) const { return m_nodes[id]; }
    /// The node itself, or the anchored node an alias stands for.
    NodeId resolve(NodeId id) const {
        return m_nodes[id].kind == NodeKind::Alias ? m_nodes[id].first : id;
    }
    std::string_view text(NodeId id) const {
        const YamlNode& n = m_nodes[id];
        return std::string_view(m_text).substr(n.text_begin, n.text_size);
    }
    bool empty() const { return m_nodes.empty(); }
    std::size_t size() const { return m_nodes.size(); }

private:
    friend class TreeBuilder;
    std::vector<YamlNode> m_nodes;
    std::string m_text;
};

/// Parses `source` as one YAML document. Syntax errors, limits passed (nesting depth,
/// alias expansion), recursive aliases, unsupported tags and a second document are
/// reported and give no tree. An empty document gives an empty tree. A syntax error at
/// or after `suspect_from` (where a bad byte was already reported) is left out: it is
/// most likely that byte's echo.
std::optional<YamlTree> parse_yaml(const SourceText& source, const LoadLimits& limits,
                                   Reporter& report,
                                   std::size_t suspect_from = std::string_view::npos);

}  // namespace galley::detail
