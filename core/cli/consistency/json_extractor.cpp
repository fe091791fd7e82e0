// Reading galley's JSON by its keys: the model's text fields (the JSON carries data,
// not the displayed dateline, notices or copyright line).
#include "json_extractor.hpp"

#include "support/json_value.hpp"

#include <galley/text.hpp>

namespace galley::consistency {

namespace {

using detail::JsonValue;

// Inline runs as plain_text() writes them: text and children, a line break as a space.
void runs_text(const JsonValue* runs, std::string& out) {
    if (runs == nullptr || runs->kind != JsonValue::Kind::Array) {
        return;
    }
    for (const JsonValue& run : runs->array) {
        const std::string type = run.get_string("type");
        if (type == "line_break") {
            out += ' ';
        } else if (run.get("content") != nullptr) {
            runs_text(run.get("content"), out);
        } else {
            out += run.get_string("text");
        }
    }
}

std::string plain(const JsonValue* runs) {
    std::string out;
    runs_text(runs, out);
    return collapse_whitespace(out);
}

}  // namespace

Extraction extract_json(const std::string& bytes) {
    Extraction e;
    const std::optional<JsonValue> root = detail::parse_json(bytes);
    const JsonValue* meta = root ? root->get("meta") : nullptr;
    const JsonValue* blocks = root ? root->get("blocks") : nullptr;
    if (meta == nullptr || blocks == nullptr) {
        e.skipped = "not galley JSON";
        return e;
    }
    e.fields["headline"] = {plain(meta->get("headline"))};
    if (const std::string dek = plain(meta->get("subheadline")); !dek.empty()) {
        e.fields["dek"] = {dek};
    } else {
        e.fields["dek"] = {};
    }
    if (const std::string byline = meta->get_string("byline"); !byline.empty()) {
        e.fields["byline"] = {byline};  // authors alone: the displayed byline is not JSON's
    }
    auto& paragraphs = e.fields["paragraph"];
    auto& captions = e.fields["caption"];
    for (const JsonValue& block : blocks->array) {
        const std::string type = block.get_string("type");
        if (type == "paragraph") {
            paragraphs.push_back(plain(block.get("content")));
        } else if (type == "image") {
            if (std::string caption = plain(block.get("caption")); !caption.empty()) {
                captions.push_back(std::move(caption));
            }
        }
    }
    return e;
}

}  // namespace galley::consistency
