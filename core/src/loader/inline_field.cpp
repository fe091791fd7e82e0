// Inline-only parsing: a fast path for plain text, else escape block starts and ask cmark.
#include "loader/inline_field.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace galley::detail {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Where a backslash must go so that `line` (leading blanks already removed) does not
// open a block in CommonMark; npos when it opens none.
std::size_t block_marker_at(std::string_view line) {
    constexpr std::size_t none = std::string_view::npos;
    if (line.empty()) {
        return none;
    }
    const char c = line[0];
    auto blank_or_end = [&](std::size_t i) { return i >= line.size() || is_blank(line[i]); };
    auto only = [&](std::string_view chars) {  // the whole line is made of `chars`
        return line.find_first_not_of(chars) == std::string_view::npos;
    };
    switch (c) {
    case '>': return 0;  // block quote
    case '#': {          // ATX heading
        std::size_t n = line.find_first_not_of('#');
        n = n == std::string_view::npos ? line.size() : n;
        return n <= 6 && blank_or_end(n) ? 0 : none;
    }
    case '-':
    case '+':
    case '*':
    case '_':
    case '=': {
        if ((c == '-' || c == '+' || c == '*') && blank_or_end(1)) {
            return 0;  // bullet list item
        }
        // Thematic break (***, - - -, ___) or setext underline (===, ---).
        const std::string chars = std::string(1, c) + " \t";
        const std::size_t marks = static_cast<std::size_t>(std::count(line.begin(), line.end(), c));
        if (only(chars) && (marks >= 3 || c == '=' || c == '-')) {
            return 0;
        }
        return none;
    }
    case '`':
    case '~': {  // code fence; a backtick run followed by more backticks is a code span
        const std::size_t run = line.find_first_not_of(c);
        const std::size_t n = run == std::string_view::npos ? line.size() : run;
        if (n >= 3 && (c == '~' || line.find('`', n) == std::string_view::npos)) {
            return 0;
        }
        return none;
    }
    case '<': {
        // An HTML block would swallow the line; raw HTML ends up as literal text anyway,
        // so escaping it changes nothing, except for an autolink <https://...>, <a@b.c>.
        const std::size_t close = line.find('>');
        const std::string_view inside =
            close == std::string_view::npos ? std::string_view{} : line.substr(1, close - 1);
        const bool autolink = inside.find_first_of(" \t<") == std::string_view::npos &&
                              (inside.find(':') != std::string_view::npos ||
                               inside.find('@') != std::string_view::npos);
        return autolink ? none : 0;
    }
    case '[': {  // link reference definition "[label]: url" would vanish
        const std::size_t close = line.find(']');
        return close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == ':'
                   ? 0
                   : none;
    }
    default: break;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {  // ordered list item: 1. or 1)
        std::size_t n = 0;
        while (n < line.size() && n < 10 && std::isdigit(static_cast<unsigned char>(line[n]))) {
            ++n;
        }
        if (n <= 9 && n < line.size() && (line[n] == '.' || line[n] == ')') &&
            blank_or_end(n + 1)) {
            return n;
        }
    }
    return none;
}

// Characters that can mean something in CommonMark inline syntax; text without any of
// them (and on one line) is a single text run, no parser needed.
bool needs_parser(std::string_view value) {
    return value.find_first_of("\\`*_[]<&\n\r") != std::string_view::npos;
}

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && is_blank(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

}  // namespace

InlineText parse_inline_field(std::string_view value, std::string_view what, int max_depth,
                              std::vector<TextIssue>& issues, InlineBudget* budget) {
    InlineBudget unlimited{static_cast<std::size_t>(-1) - 1, 0};
    InlineBudget& nodes = budget ? *budget : unlimited;
    if (!needs_parser(value) && nodes.used < nodes.max_nodes) {
        ++nodes.used;
        InlineText runs;
        const std::string_view text = trim_blanks(value);
        if (!text.empty()) {
            Inline run;
            run.text = text;
            runs.push_back(std::move(run));
        }
        return runs;
    }
    if (nodes.used > nodes.max_nodes) {
        return {};  // the budget is spent and was reported
    }
    if (const std::size_t at = nodes.admit(value); at != std::string_view::npos) {
        issues.push_back({at, Severity::Error, inline_budget_message(nodes)});
        return {};
    }
    // Build cmark's input line by line: leading blanks dropped (they could make an
    // indented code block and mean nothing in a paragraph), block markers escaped.
    std::string input;
    input.reserve(value.size() + 8);
    std::vector<std::pair<std::size_t, std::size_t>> shifts;  // input offset -> value offset
    std::size_t line_start = 0;
    while (line_start <= value.size()) {
        std::size_t line_end = value.find('\n', line_start);
        if (line_end == std::string_view::npos) {
            line_end = value.size();
        }
        std::size_t content = line_start;
        while (content < line_end && is_blank(value[content])) {
            ++content;
        }
        const std::string_view line = value.substr(content, line_end - content);
        shifts.emplace_back(input.size(), content);
        const std::size_t marker = block_marker_at(line);
        if (marker != std::string_view::npos) {
            input.append(line.substr(0, marker));
            input += '\\';
            // The backslash stands for the marker it protects.
            shifts.emplace_back(input.size(), content + marker);
            input.append(line.substr(marker));
        } else {
            input.append(line);
        }
        if (line_end == value.size()) {
            break;
        }
        input += '\n';
        line_start = line_end + 1;
    }
    CmarkPositions positions(input);
    for (const auto& [in, val] : shifts) {
        positions.shift(in, val);
    }
    CmarkDocument doc(input);
    const std::string image_message = "an image cannot stand inside " + std::string(what) +
                                      "; put it in a block of its own ({image: PATH, alt: TEXT})";
    InlineContext context{positions, max_depth, image_message.c_str(),
                          issues,    nodes,     !has_forbidden_character(input)};
    InlineText result;
    int paragraphs = 0;
    for (cmark_node* block = cmark_node_first_child(doc.root); block;
         block = cmark_node_next(block)) {
        if (++paragraphs == 2) {
            issues.push_back(
                {positions.of(block, 0), Severity::Error,
                 std::string(what) + " is a single paragraph: a blank line is not allowed in it"});
        }
        if (paragraphs == 1 && cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH) {
            result = convert_inlines(block, context);
        }
    }
    return result;
}

}  // namespace galley::detail
