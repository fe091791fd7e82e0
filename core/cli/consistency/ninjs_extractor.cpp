// Reading a ninjs 3.1 item by its keys; body paragraphs and captions from its text/html
// body, read as the XHTML page is (the same body writer made both).
#include "ninjs_extractor.hpp"

#include "xml_extractors.hpp"

#include "support/json_value.hpp"

#include <galley/text.hpp>

namespace galley::consistency {

namespace {

using detail::JsonValue;

// The value of the entry of `list` (headlines, descriptions, bodies) whose `field` is
// `wanted`; nullopt when there is none.
std::optional<std::string> entry(const JsonValue* list, const char* field, const char* wanted) {
    if (list == nullptr || list->kind != JsonValue::Kind::Array) {
        return std::nullopt;
    }
    for (const JsonValue& item : list->array) {
        if (item.get_string(field) == wanted) {
            return item.get_string("value");
        }
    }
    return std::nullopt;
}

}  // namespace

Extraction extract_ninjs(const std::string& bytes) {
    Extraction e;
    const std::optional<JsonValue> root = detail::parse_json(bytes);
    if (!root || root->kind != JsonValue::Kind::Object || root->get("uri") == nullptr) {
        e.skipped = "not a ninjs item";
        return e;
    }
    if (auto headline = entry(root->get("headlines"), "role", "main")) {
        e.fields["headline"] = {collapse_whitespace(*headline)};
    }
    auto dek = entry(root->get("descriptions"), "role", "dek");
    e.fields["dek"] =
        dek ? std::vector<std::string>{collapse_whitespace(*dek)} : std::vector<std::string>{};
    if (const std::string by = root->get_string("by"); !by.empty()) {
        e.fields["byline"] = {by};
    }
    if (const std::string notice = root->get_string("copyrightNotice"); !notice.empty()) {
        e.fields["copyright"] = {notice};
    }
    std::string html =
        entry(root->get("bodies"), "contentType", "text/html").value_or(std::string());
    // The body is one <div> around the blocks (a fragment needs one root): read the
    // blocks as a page's <main> holds them.
    const std::size_t open = html.find_first_not_of(" \n");
    if (open != std::string::npos && html.compare(open, 5, "<div>") == 0) {
        const std::size_t close = html.rfind("</div>");
        if (close != std::string::npos && close > open) {
            html = html.substr(open + 5, close - open - 5);
        }
    }
    const Extraction body =
        extract_xhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><main>" + html +
                      "</main></body></html>");
    if (!body.skipped.empty()) {
        e.skipped = "text/html body: " + body.skipped;
        return e;
    }
    for (const char* field : {"paragraph", "caption"}) {
        if (auto it = body.fields.find(field); it != body.fields.end()) {
            e.fields[field] = it->second;
        }
    }
    // Pictures travel as associations, each with its caption as a description.
    if (const JsonValue* associations = root->get("associations");
        associations && associations->kind == JsonValue::Kind::Array) {
        for (const JsonValue& picture : associations->array) {
            if (auto caption = entry(picture.get("descriptions"), "role", "caption")) {
                e.fields["caption"].push_back(*caption);
            }
        }
    }
    return e;
}

}  // namespace galley::consistency
