// The body as plain text (see plain_body.hpp).
#include "plain_body.hpp"

#include <galley/text.hpp>

#include <variant>

namespace galley::ninjs {

namespace {
struct PlainBlock {
    std::string& out;

    void operator()(const Paragraph& p) const { out += plain_text(p.content); }
    void operator()(const Heading& h) const { out += plain_text(h.content); }
    void operator()(const Quote& q) const {
        out += plain_text(q.content);
        if (!q.attribution.empty()) {
            out += "\n\u2014 " + plain_text(q.attribution);
        }
    }
    void operator()(const List& l) const {
        int n = 0;
        for (const auto& item : l.items) {
            out += n == 0 ? "" : "\n";
            out += l.ordered ? std::to_string(++n) + ". " : (++n, std::string("- "));
            out += plain_text(item);
        }
    }
    void operator()(const Image&) const {}
    void operator()(const Rule&) const { out += "* * *"; }
};
}  // namespace

std::string plain_body(const std::vector<Block>& body) {
    std::string out;
    for (const auto& block : body) {
        if (std::holds_alternative<Image>(block.content)) {
            continue;
        }
        if (!out.empty()) {
            out += "\n\n";
        }
        std::visit(PlainBlock{out}, block.content);
    }
    return out;
}

}  // namespace galley::ninjs
