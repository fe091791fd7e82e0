// CommonMark body to blocks: one linear pass over the document's top-level nodes.
#include "loader/markdown_body.hpp"

#include <galley/text.hpp>

#include <string>

namespace galley::detail {

namespace {

constexpr const char* image_in_text =
    "an image must stand alone in its paragraph (blank lines around it) to become a figure";

class BodyMapper {
public:
    BodyMapper(std::string_view value, const LoadLimits& limits, std::vector<TextIssue>& issues,
               InlineBudget& budget)
        : m_positions(value), m_limits(limits),
          m_issues(issues), m_context{m_positions,   limits.max_depth,
                                      image_in_text, issues,
                                      budget,        !has_forbidden_character(value)} {}

    std::vector<MarkdownBlock> map(cmark_node* root) {
        std::size_t count = 0;  // every block counts, also those refused
        for (cmark_node* node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
            if (count++ == m_limits.max_blocks) {
                error(node, "the body has more than " + std::to_string(m_limits.max_blocks) +
                                " blocks (the limit)");
                break;
            }
            block(node);
        }
        return std::move(m_blocks);
    }

private:
    std::size_t at(cmark_node* node) const { return m_positions.of(node, 0); }
    void error(cmark_node* node, std::string message) {
        m_issues.push_back({at(node), Severity::Error, std::move(message)});
    }
    void add(cmark_node* node, BlockContent content) {
        m_blocks.push_back({std::move(content), at(node)});
    }
    InlineText inlines(cmark_node* node) { return convert_inlines(node, m_context); }

    void block(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH: paragraph(node); break;
        case CMARK_NODE_HEADING: heading(node); break;
        case CMARK_NODE_BLOCK_QUOTE: quote(node); break;
        case CMARK_NODE_LIST: list(node); break;
        case CMARK_NODE_THEMATIC_BREAK: add(node, Rule{}); break;
        case CMARK_NODE_HTML_BLOCK: {
            // Raw HTML is never interpreted: the block is a paragraph of its literal text.
            const char* html = cmark_node_get_literal(node);
            Inline run;
            run.text = collapse_whitespace(html ? html : "");
            add(node, Paragraph{{std::move(run)}});
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            error(node, "code blocks (indented by 4 spaces or fenced with ```) are not "
                        "supported in an article body");
            break;
        default: error(node, "this kind of CommonMark block is not supported in an article body");
        }
    }

    void paragraph(cmark_node* node) {
        cmark_node* only = cmark_node_first_child(node);
        if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE) {
            image(only);
            return;
        }
        add(node, Paragraph{inlines(node)});
    }

    void image(cmark_node* node) {
        Image img;
        const char* url = cmark_node_get_url(node);
        const char* title = cmark_node_get_title(node);
        img.path = url ? url : "";
        img.alt = plain_text(inlines(node));
        if (title && *title) {
            Inline run;
            run.text = collapse_whitespace(title);
            img.caption.push_back(std::move(run));
        }
        if (img.path.empty()) {
            error(node, "the image has no path: ![what it shows](photo.jpg)");
        } else if (img.alt.empty()) {
            error(node, "the image needs alt text: ![what it shows](" + img.path + ")");
        }
        add(node, std::move(img));
    }

    void heading(cmark_node* node) {
        const int level = cmark_node_get_heading_level(node);
        if (level == 1) {
            error(node, "a level-1 heading is the headline; body headings are levels 2 to 4 "
                        "(## to ####)");
        } else if (level > 4) {
            error(node, "heading level " + std::to_string(level) +
                            " is too deep; body headings are levels 2 to 4 (## to ####)");
        }
        InlineText content = inlines(node);
        if (content.empty()) {
            error(node, "empty heading");
            return;
        }
        add(node, Heading{level, std::move(content)});
    }

    // The paragraphs directly inside `node`, joined by line breaks; anything else there
    // is reported with `what` naming the container.
    std::vector<InlineText> paragraphs(cmark_node* node, const char* what) {
        std::vector<InlineText> out;
        for (cmark_node* child = cmark_node_first_child(node); child;
             child = cmark_node_next(child)) {
            const cmark_node_type type = cmark_node_get_type(child);
            if (type == CMARK_NODE_PARAGRAPH) {
                out.push_back(inlines(child));
            } else if (type == CMARK_NODE_LIST) {
                error(child, std::string("nested lists are not supported (") + what + ")");
            } else {
                error(child, std::string(what) + " may hold only text paragraphs");
            }
        }
        return out;
    }

    static InlineText joined(std::vector<InlineText>& parts) {
        InlineText out;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                out.push_back(Inline{Inline::Kind::LineBreak, {}, {}, {}, {}});
            }
            for (auto& run : parts[i]) {
                out.push_back(std::move(run));
            }
        }
        return out;
    }

    // A last paragraph opening with a dash ("— Name", "-- Name") names the speaker.
    static bool take_attribution(std::vector<InlineText>& parts, InlineText& by) {
        if (parts.size() < 2 || parts.back().empty() ||
            parts.back()[0].kind != Inline::Kind::Text) {
            return false;
        }
        std::string& text = parts.back()[0].text;
        std::size_t skip = 0;
        for (std::string_view dash : {"\u2014", "\u2015", "--"}) {
            if (text.compare(0, dash.size(), dash) == 0) {
                skip = dash.size();
                break;
            }
        }
        if (skip == 0) {
            return false;
        }
        while (skip < text.size() && text[skip] == ' ') {
            ++skip;
        }
        text.erase(0, skip);
        if (text.empty()) {
            parts.back().erase(parts.back().begin());
        }
        by = std::move(parts.back());
        parts.pop_back();
        return true;
    }

    void quote(cmark_node* node) {
        std::vector<InlineText> parts = paragraphs(node, "a block quote");
        if (parts.empty()) {
            if (!cmark_node_first_child(node)) {  // else its content was reported
                error(node, "the block quote is empty");
            }
            return;
        }
        Quote q;
        take_attribution(parts, q.attribution);
        q.content = joined(parts);
        add(node, std::move(q));
    }

    void list(cmark_node* node) {
        List l;
        l.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        const int start = cmark_node_get_list_start(node);
        if (l.ordered && start != 1) {
            m_issues.push_back({at(node), Severity::Warning,
                                "the list starts at " + std::to_string(start) +
                                    ", but numbered lists are always numbered from 1"});
        }
        for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
            std::vector<InlineText> parts = paragraphs(item, "a list item");
            if (parts.empty()) {
                if (!cmark_node_first_child(item)) {
                    error(item, "empty list item");
                }
                continue;
            }
            l.items.push_back(joined(parts));
        }
        add(node, std::move(l));
    }

    CmarkPositions m_positions;
    const LoadLimits& m_limits;
    std::vector<TextIssue>& m_issues;
    InlineContext m_context;
    std::vector<MarkdownBlock> m_blocks;
};

}  // namespace

std::vector<MarkdownBlock> parse_markdown_body(std::string_view value, const LoadLimits& limits,
                                               std::vector<TextIssue>& issues,
                                               InlineBudget* budget) {
    InlineBudget unlimited{static_cast<std::size_t>(-1) - 1, 0};
    InlineBudget& nodes = budget ? *budget : unlimited;
    if (nodes.used > nodes.max_nodes) {
        return {};  // the budget is spent and was reported
    }
    if (const std::size_t at = nodes.admit(value); at != std::string_view::npos) {
        issues.push_back({at, Severity::Error, inline_budget_message(nodes)});
        return {};
    }
    CmarkDocument doc(value);
    return BodyMapper(value, limits, issues, nodes).map(doc.root);
}

}  // namespace galley::detail
