// Iterative conversion of cmark's inline AST into InlineText.
#include "loader/markdown_inlines.hpp"

#include "loader/encoding_check.hpp"
#include "loader/quote.hpp"

#include <galley/text.hpp>

#include <algorithm>
#include <cctype>

namespace galley::detail {

CmarkDocument::CmarkDocument(std::string_view text)
    : root(cmark_parse_document(text.data(), text.size(), CMARK_OPT_VALIDATE_UTF8)) {}

CmarkDocument::~CmarkDocument() { cmark_node_free(root); }

CmarkPositions::CmarkPositions(std::string_view input) {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i] == '\n') {
            m_line_starts.push_back(i + 1);
        }
    }
    m_shifts.emplace_back(0, 0);
}

void CmarkPositions::shift(std::size_t input_offset, std::size_t value_offset) {
    m_shifts.emplace_back(input_offset, value_offset);
}

std::size_t CmarkPositions::of(cmark_node* node, std::size_t fallback) const {
    const int line = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    if (line < 1 || column < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
        return fallback;
    }
    const std::size_t p =
        m_line_starts[static_cast<std::size_t>(line - 1)] + static_cast<std::size_t>(column - 1);
    auto it = std::upper_bound(m_shifts.begin(), m_shifts.end(), p,
                               [](std::size_t v, const auto& s) { return v < s.first; });
    --it;
    return it->second + (p - it->first);
}

std::string check_link_url(std::string_view url) {
    const std::string allowed = "; links must be absolute http, https or mailto URLs";
    std::size_t colon = 0;
    while (colon < url.size() && (std::isalnum(static_cast<unsigned char>(url[colon])) ||
                                  url[colon] == '+' || url[colon] == '-' || url[colon] == '.')) {
        ++colon;
    }
    if (url.empty() || colon == 0 || colon >= url.size() || url[colon] != ':' ||
        !std::isalpha(static_cast<unsigned char>(url[0]))) {
        return "link target " + quote(url) + " has no scheme" + allowed;
    }
    std::string scheme(url.substr(0, colon));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string_view rest = url.substr(colon + 1);
    if (scheme == "http" || scheme == "https") {
        if (rest.size() < 3 || rest.substr(0, 2) != "//" || rest[2] == '/') {
            return "link target " + quote(url) + " has no host";
        }
        return {};
    }
    if (scheme == "mailto") {
        if (rest.empty()) {
            return "link target " + quote(url) + " has no address";
        }
        return {};
    }
    return "link scheme '" + scheme + "' is not allowed" + allowed;
}

std::size_t InlineBudget::admit(std::string_view text) {
    const std::size_t limit =
        max_nodes > (static_cast<std::size_t>(-1) / 2) ? max_nodes : 2 * max_nodes;
    for (std::size_t pos = text.find_first_of("*_`[]<&\\!\n"); pos != std::string_view::npos;
         pos = text.find_first_of("*_`[]<&\\!\n", pos + 1)) {
        if (++markup > limit) {
            used = max_nodes + 1;  // spent: later fields are refused without a second message
            return pos;
        }
    }
    return std::string_view::npos;
}

std::string inline_budget_message(const InlineBudget& budget) {
    return "the article has more than " + std::to_string(budget.max_nodes) +
           " inline elements (text runs, emphasis, links: the limit)";
}

bool has_forbidden_character(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 0x20 && b < 0x7F) {
            ++pos;
            continue;
        }
        if (!forbidden_character(next_code_point(text, pos)).empty()) {
            return true;
        }
    }
    return false;
}

namespace {
// The first forbidden character of decoded text, as a message; empty when there is none.
std::string decoded_character_problem(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 0x20 && b < 0x7F) {
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        if (cp == 0xFFFD && pos == start + 1) {
            // cmark encodes &#xFFFE; and &#xFFFF; as the single bytes 0xFE and 0xFF.
            return "a character reference to a non-character (U+FFFE or U+FFFF) is not "
                   "allowed";
        }
        if (std::string why = forbidden_character(cp); !why.empty()) {
            return why + " (written as a character reference)";
        }
    }
    return {};
}

void append_text(InlineText& runs, std::string_view text) {
    if (text.empty()) {
        return;
    }
    if (!runs.empty() && runs.back().kind == Inline::Kind::Text) {
        runs.back().text += text;
        return;
    }
    Inline run;
    run.kind = Inline::Kind::Text;
    run.text = text;
    runs.push_back(std::move(run));
}

const char* literal(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s ? s : "";
}
}  // namespace

InlineText convert_inlines(cmark_node* container, const InlineContext& context) {
    InlineText result;
    const std::size_t fallback = context.positions.of(container, 0);
    // The runs being filled: the result, then the children of each open span. Only the
    // innermost vector grows, so the pointers below it stay valid.
    std::vector<InlineText*> open{&result};
    cmark_iter* iter = cmark_iter_new(container);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (node == container) {
            continue;
        }
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_EXIT) {
            if (type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK) {
                open.pop_back();
            }
            continue;
        }
        if (!context.budget.take()) {
            if (context.budget.used == context.budget.max_nodes + 1) {
                context.issues.push_back({context.positions.of(node, fallback), Severity::Error,
                                          inline_budget_message(context.budget)});
            }
            break;
        }
        if (context.check_decoded &&
            (type == CMARK_NODE_TEXT || type == CMARK_NODE_LINK || type == CMARK_NODE_CODE)) {
            std::string why = decoded_character_problem(literal(node));
            if (why.empty() && type == CMARK_NODE_LINK) {
                const char* url = cmark_node_get_url(node);
                const char* title = cmark_node_get_title(node);
                why = decoded_character_problem(url ? url : "");
                if (why.empty()) {
                    why = decoded_character_problem(title ? title : "");
                }
            }
            if (!why.empty()) {
                context.issues.push_back(
                    {context.positions.of(node, fallback), Severity::Error, std::move(why)});
            }
        }
        InlineText& runs = *open.back();
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:  // raw HTML is never interpreted: it stays text
            append_text(runs, literal(node));
            break;
        case CMARK_NODE_SOFTBREAK: append_text(runs, " "); break;
        case CMARK_NODE_LINEBREAK:
            runs.push_back(Inline{Inline::Kind::LineBreak, {}, {}, {}, {}});
            break;
        case CMARK_NODE_CODE:
            runs.push_back(Inline{Inline::Kind::Code, literal(node), {}, {}, {}});
            break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK: {
            if (static_cast<int>(open.size()) > context.max_depth) {
                context.issues.push_back({context.positions.of(node, fallback), Severity::Error,
                                          "inline markup nested more than " +
                                              std::to_string(context.max_depth) +
                                              " levels deep (the limit)"});
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
                break;
            }
            Inline run;
            if (type == CMARK_NODE_LINK) {
                run.kind = Inline::Kind::Link;
                run.url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
                run.title = cmark_node_get_title(node) ? cmark_node_get_title(node) : "";
                if (std::string why = check_link_url(run.url); !why.empty()) {
                    context.issues.push_back(
                        {context.positions.of(node, fallback), Severity::Error, std::move(why)});
                }
            } else {
                run.kind = type == CMARK_NODE_EMPH ? Inline::Kind::Emphasis : Inline::Kind::Strong;
            }
            runs.push_back(std::move(run));
            open.push_back(&runs.back().children);
            break;
        }
        case CMARK_NODE_IMAGE:
            context.issues.push_back(
                {context.positions.of(node, fallback), Severity::Error, context.image_message});
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
            break;
        default:
            // Block nodes do not occur inside a paragraph or heading.
            break;
        }
    }
    cmark_iter_free(iter);
    return result;
}

}  // namespace galley::detail
