// Body blocks in both forms: the YAML list of blocks and the CommonMark string.
#include "loader/body_reader.hpp"

#include "loader/markdown_body.hpp"
#include "loader/scalar_locator.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace galley::detail {

namespace {

using namespace std::string_view_literals;

constexpr std::array kind_keys = {"heading"sv, "quote"sv, "list"sv, "image"sv, "rule"sv};
constexpr std::array all_block_keys = {"heading"sv, "level"sv,   "quote"sv, "by"sv,
                                       "list"sv,    "ordered"sv, "image"sv, "alt"sv,
                                       "caption"sv, "credit"sv,  "rule"sv};
constexpr std::array heading_keys = {"heading"sv, "level"sv};
constexpr std::array quote_keys = {"quote"sv, "by"sv};
constexpr std::array list_keys = {"list"sv, "ordered"sv};
constexpr std::array image_keys = {"image"sv, "alt"sv, "caption"sv, "credit"sv};
constexpr std::array rule_keys = {"rule"sv};

class BodyReader {
public:
    BodyReader(ValueReader& reader, ImageLoader& images) : m_reader(reader), m_images(images) {}

    std::vector<Block> read(const Field& body) {
        const NodeKind kind = tree()[body.value].kind;
        const std::size_t errors = report().error_count();
        if (kind == NodeKind::Scalar) {
            read_markdown(body);
        } else if (kind == NodeKind::Sequence) {
            read_list(body);
        } else {
            report().error(m_reader.offset(body),
                           "'body' must be a list of blocks or a CommonMark string, got " +
                               m_reader.describe(body.value));
        }
        if (m_blocks.empty() && report().error_count() == errors) {
            report().error(m_reader.offset(body), "'body' has no content: it needs at least one "
                                                  "paragraph, heading, quote, list or image");
        }
        return std::move(m_blocks);
    }

private:
    const YamlTree& tree() const { return m_reader.tree(); }
    Reporter& report() { return m_reader.report(); }

    // Past the inline budget text comes back empty; that was reported once already.
    bool budget_spent() {
        return m_reader.inline_budget().used > m_reader.inline_budget().max_nodes;
    }

    void add(std::size_t offset, BlockContent content) {
        m_blocks.push_back({std::move(content), report().position(offset)});
    }

    void read_list(const Field& body) {
        const std::size_t max_blocks = m_reader.limits().max_blocks;
        std::size_t count = 0;  // every item counts, also those refused
        for (NodeId item : m_reader.items(body, "blocks")) {
            if (count++ == max_blocks) {
                report().error(m_reader.offset(item), "the body has more than " +
                                                          std::to_string(max_blocks) +
                                                          " blocks (the limit)");
                break;
            }
            const NodeId v = tree().resolve(item);
            switch (tree()[v].kind) {
            case NodeKind::Scalar:
                if (m_reader.is_missing(v) || m_reader.is_blank(v)) {
                    report().error(m_reader.offset(item), "empty paragraph in 'body'");
                } else if (InlineText content = m_reader.inline_text(item, "a paragraph");
                           !content.empty()) {
                    add(m_reader.offset(item), Paragraph{std::move(content)});
                } else if (!budget_spent()) {
                    report().error(m_reader.offset(item), "empty paragraph in 'body'");
                }
                break;
            case NodeKind::Mapping: read_block(item, v); break;
            default:
                report().error(m_reader.offset(item),
                               "a body block must be a paragraph (a string) or a mapping such "
                               "as {heading: ...}, got " +
                                   m_reader.describe(v));
            }
        }
    }

    // A mapping block: its kind is the one kind key it holds.
    void read_block(NodeId item, NodeId map) {
        std::string_view kind;
        NodeId second_kind = no_node;
        std::string_view second_name;
        for (NodeId key = tree()[map].first; key != no_node && tree()[key].next != no_node;
             key = tree()[tree()[key].next].next) {
            const NodeId k = tree().resolve(key);
            if (tree()[k].kind != NodeKind::Scalar) {
                continue;
            }
            const std::string_view name = tree().text(k);
            if (std::find(kind_keys.begin(), kind_keys.end(), name) == kind_keys.end()) {
                continue;
            }
            if (kind.empty()) {
                kind = name;
            } else if (second_kind == no_node && name != kind) {
                second_kind = key;
                second_name = name;
            }
        }
        if (kind.empty()) {
            const std::size_t errors = report().error_count();
            m_reader.fields(map, all_block_keys, " in a block");
            if (report().error_count() == errors) {
                report().error(m_reader.offset(item), "a block needs one of 'heading', 'quote', "
                                                      "'list', 'image' or 'rule'");
            }
            return;
        }
        if (second_kind != no_node) {
            report().error(m_reader.offset(second_kind),
                           "a block has one kind, but '" + std::string(second_name) +
                               "' follows '" + std::string(kind) + "' here; make them two blocks");
            return;
        }
        const std::size_t at = m_reader.offset(item);
        if (kind == "heading") {
            heading(at, map);
        } else if (kind == "quote") {
            quote(at, map);
        } else if (kind == "list") {
            list(at, map);
        } else if (kind == "image") {
            image(at, map);
        } else {
            rule(at, map);
        }
    }

    void heading(std::size_t at, NodeId map) {
        constexpr std::string_view where = " in a heading block";
        const Fields f = m_reader.fields(map, heading_keys, where);
        Heading h;
        if (const Field* text = m_reader.require(f, map, "heading", where)) {
            h.content = m_reader.inline_text(*text);
        }
        if (const Field* level = f.get("level")) {
            if (auto v = m_reader.integer(*level, 2, 4,
                                          "an integer from 2 to 4 (level 1 is the headline)")) {
                h.level = static_cast<int>(*v);
            }
        }
        add(at, std::move(h));
    }

    void quote(std::size_t at, NodeId map) {
        constexpr std::string_view where = " in a quote block";
        const Fields f = m_reader.fields(map, quote_keys, where);
        Quote q;
        if (const Field* text = m_reader.require(f, map, "quote", where)) {
            q.content = m_reader.inline_text(*text);
        }
        if (const Field* by = f.get("by")) {
            q.attribution = m_reader.inline_text(*by);
        }
        add(at, std::move(q));
    }

    void list(std::size_t at, NodeId map) {
        constexpr std::string_view where = " in a list block";
        const Fields f = m_reader.fields(map, list_keys, where);
        List l;
        if (const Field* items = m_reader.require(f, map, "list", where)) {
            for (NodeId item : m_reader.items(*items, "items of text")) {
                const NodeId v = tree().resolve(item);
                if (tree()[v].kind != NodeKind::Scalar || m_reader.is_missing(v) ||
                    m_reader.is_blank(v)) {
                    report().error(m_reader.offset(item),
                                   "each item of 'list' must be text, got " + m_reader.describe(v));
                    continue;
                }
                InlineText text = m_reader.inline_text(item, "a list item");
                if (text.empty()) {
                    if (!budget_spent()) {
                        report().error(m_reader.offset(item), "empty list item");
                    }
                    continue;
                }
                l.items.push_back(std::move(text));
            }
        }
        if (const Field* ordered = f.get("ordered")) {
            l.ordered = m_reader.boolean(*ordered).value_or(false);
        }
        add(at, std::move(l));
    }

    void image(std::size_t at, NodeId map) {
        constexpr std::string_view where = " in an image block";
        const Fields f = m_reader.fields(map, image_keys, where);
        Image img;
        if (const Field* path = m_reader.require(f, map, "image", where)) {
            if (auto p = m_reader.string(*path)) {
                img.path = *p;
                load_image(img, m_reader.offset(*path));
            }
        }
        if (const Field* alt = m_reader.require(f, map, "alt", where)) {
            img.alt = m_reader.string(*alt).value_or("");
        }
        if (const Field* caption = f.get("caption")) {
            img.caption = m_reader.inline_text(*caption);
        }
        if (const Field* credit = f.get("credit")) {
            img.credit = m_reader.string(*credit).value_or("");
        }
        add(at, std::move(img));
    }

    void rule(std::size_t at, NodeId map) {
        const Fields f = m_reader.fields(map, rule_keys, " in a rule block");
        if (const Field* r = f.find("rule")) {
            const bool missing = r->missing;
            if (missing || m_reader.boolean(*r) == false) {
                report().error(missing ? m_reader.offset(r->key) : m_reader.offset(*r),
                               "'rule' must be true (write {rule: true})");
            }
        }
        add(at, Rule{});
    }

    void load_image(Image& img, std::size_t at) {
        std::string error;
        if (const LoadedImage* loaded = m_images.load(img.path, error)) {
            img.media_type = loaded->header.media_type;
            img.width = loaded->header.width;
            img.height = loaded->header.height;
            img.data = loaded->data;
        } else {
            report().error(at, std::move(error));
        }
    }

    void read_markdown(const Field& body) {
        std::vector<TextIssue> issues;
        const std::string_view text = tree().text(body.value);
        std::vector<MarkdownBlock> blocks =
            parse_markdown_body(text, m_reader.limits(), issues, &m_reader.inline_budget());
        ScalarLocator locator(m_reader.source().text(), tree()[body.value].offset, text);
        m_blocks.reserve(blocks.size());
        for (MarkdownBlock& b : blocks) {
            const std::size_t at = locator.locate(b.offset);
            if (Image* img = std::get_if<Image>(&b.content); img && !img->path.empty()) {
                load_image(*img, at);
            }
            add(at, std::move(b.content));
        }
        m_reader.report_issues(body.value, issues);
    }

    ValueReader& m_reader;
    ImageLoader& m_images;
    std::vector<Block> m_blocks;
};

}  // namespace

std::vector<Block> read_body(ValueReader& reader, const Field& body, ImageLoader& images) {
    return BodyReader(reader, images).read(body);
}

}  // namespace galley::detail
