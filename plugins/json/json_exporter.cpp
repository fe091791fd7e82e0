// Writes an Article as the galley JSON document described in plugins/json/README.md.
// Keys come in a fixed order and absent fields are left out, so the output is stable
// enough to diff and to serve as the golden reference for the other exporters.
#include "json_exporter.hpp"

#include <galley/json_writer.hpp>
#include <galley/plugin.hpp>

namespace galley::json {

namespace {

// Bumped when the JSON layout changes incompatibly (pandoc's "pandoc-api-version").
constexpr int json_format_version = 1;

void write_inlines(JsonWriter& w, const InlineText& runs) {
    w.begin_array();
    for (const auto& run : runs) {
        w.begin_object();
        switch (run.kind) {
        case Inline::Kind::Text:
            w.member("type", "text");
            w.member("text", run.text);
            break;
        case Inline::Kind::Code:
            w.member("type", "code");
            w.member("text", run.text);
            break;
        case Inline::Kind::LineBreak: w.member("type", "line_break"); break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            w.member("type", run.kind == Inline::Kind::Emphasis ? "emphasis" : "strong");
            w.key("content");
            write_inlines(w, run.children);
            break;
        case Inline::Kind::Link:
            w.member("type", "link");
            w.member("url", run.url);
            if (!run.title.empty()) {
                w.member("title", run.title);
            }
            w.key("content");
            write_inlines(w, run.children);
            break;
        }
        w.end_object();
    }
    w.end_array();
}

void inline_member(JsonWriter& w, std::string_view key, const InlineText& text) {
    if (!text.empty()) {
        w.key(key);
        write_inlines(w, text);
    }
}

void string_member(JsonWriter& w, std::string_view key, const std::string& text) {
    if (!text.empty()) {
        w.member(key, text);
    }
}

void date_member(JsonWriter& w, std::string_view key, const std::optional<DateTime>& date) {
    if (date) {
        w.member(key, date->iso8601());
    }
}

void string_list(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
    if (items.empty()) {
        return;
    }
    w.key(key);
    w.begin_array();
    for (const auto& s : items) {
        w.value(s);
    }
    w.end_array();
}

void write_extension(JsonWriter& w, const ExtensionValue& v) {
    switch (v.kind) {
    case ExtensionValue::Kind::Null: w.null(); break;
    case ExtensionValue::Kind::Scalar: w.value(v.scalar); break;
    case ExtensionValue::Kind::Sequence:
        w.begin_array();
        for (const auto& item : v.items) {
            write_extension(w, item);
        }
        w.end_array();
        break;
    case ExtensionValue::Kind::Mapping:
        w.begin_object();
        for (const auto& [k, item] : v.members) {
            w.key(k);
            write_extension(w, item);
        }
        w.end_object();
        break;
    }
}

const char* status_name(PubStatus s) {
    switch (s) {
    case PubStatus::Usable: return "usable";
    case PubStatus::Withheld: return "withheld";
    case PubStatus::Canceled: return "canceled";
    }
    return "usable";
}

void write_meta(JsonWriter& w, const Article& a) {
    w.begin_object();
    w.member("id", a.id);
    w.member("version", a.version);
    w.member("language", a.language);
    string_member(w, "section", a.section);
    inline_member(w, "headline", a.headline);
    inline_member(w, "subheadline", a.subheadline);
    inline_member(w, "summary", a.summary);
    string_member(w, "byline", a.byline);
    if (!a.authors.empty()) {
        w.key("authors");
        w.begin_array();
        for (const auto& p : a.authors) {
            w.begin_object();
            w.member("name", p.name);
            string_member(w, "role", p.role);
            string_member(w, "email", p.email);
            string_member(w, "uri", p.uri);
            w.end_object();
        }
        w.end_array();
    }
    string_member(w, "source", a.source);
    if (a.copyright) {
        w.key("copyright");
        w.begin_object();
        w.member("holder", a.copyright->holder);
        if (a.copyright->year) {
            w.member("year", *a.copyright->year);
        }
        string_member(w, "notice", a.copyright->notice);
        w.end_object();
    }
    if (a.dateline) {
        w.key("dateline");
        w.begin_object();
        w.member("place", a.dateline->place);
        date_member(w, "date", a.dateline->date);
        w.end_object();
    }
    date_member(w, "created", a.created);
    date_member(w, "published", a.published);
    date_member(w, "updated", a.updated);
    if (a.urgency) {
        w.member("urgency", *a.urgency);
    }
    string_member(w, "slugline", a.slugline);
    w.member("status", status_name(a.status));
    date_member(w, "embargo", a.embargo);
    if (!a.corrections.empty()) {
        w.key("corrections");
        w.begin_array();
        for (const auto& c : a.corrections) {
            w.begin_object();
            w.member("date", c.date.iso8601());
            w.key("text");
            write_inlines(w, c.text);
            w.end_object();
        }
        w.end_array();
    }
    if (!a.subjects.empty()) {
        w.key("subjects");
        w.begin_array();
        for (const auto& s : a.subjects) {
            w.begin_object();
            w.member("code", s.code);
            w.member("name", s.name);
            w.end_object();
        }
        w.end_array();
    }
    string_list(w, "keywords", a.keywords);
    string_list(w, "people", a.people);
    string_list(w, "organisations", a.organisations);
    string_list(w, "places", a.places);
    if (!a.extensions.empty()) {
        w.key("extensions");
        w.begin_object();
        for (const auto& [k, v] : a.extensions) {
            w.key(k);
            write_extension(w, v);
        }
        w.end_object();
    }
    w.end_object();
}

struct BlockWriter {
    JsonWriter& w;

    void operator()(const Paragraph& p) const {
        w.member("type", "paragraph");
        w.key("content");
        write_inlines(w, p.content);
    }
    void operator()(const Heading& h) const {
        w.member("type", "heading");
        w.member("level", h.level);
        w.key("content");
        write_inlines(w, h.content);
    }
    void operator()(const Quote& q) const {
        w.member("type", "quote");
        w.key("content");
        write_inlines(w, q.content);
        inline_member(w, "attribution", q.attribution);
    }
    void operator()(const List& l) const {
        w.member("type", "list");
        w.member("ordered", l.ordered);
        w.key("items");
        w.begin_array();
        for (const auto& item : l.items) {
            write_inlines(w, item);
        }
        w.end_array();
    }
    void operator()(const Image& i) const {
        w.member("type", "image");
        w.member("path", i.path);
        w.member("media_type", i.media_type);
        w.member("width", i.width);
        w.member("height", i.height);
        w.member("bytes", i.data ? i.data->size() : std::size_t{0});
        w.member("alt", i.alt);
        inline_member(w, "caption", i.caption);
        string_member(w, "credit", i.credit);
    }
    void operator()(const Rule&) const { w.member("type", "rule"); }
};

}  // namespace

ExporterInfo JsonExporter::info() const {
    ExporterInfo info;
    info.id = "json";
    info.name = "galley JSON document model";
    info.version = "1.0.0";
    info.extension = ".json";
    info.media_type = "application/json";
    info.options = {
        {"indent",
         OptionSpec::Type::Int,
         "2",
         "Spaces per nesting level; 0 writes one line",
         {},
         0,
         8},
        {"positions",
         OptionSpec::Type::Bool,
         "true",
         "Give each block the line and column where it starts in the YAML source",
         {},
         0,
         0},
    };
    return info;
}

void JsonExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                          DiagnosticSink&) const {
    JsonWriter w(out.bytes, static_cast<int>(options.get_int("indent")));
    const bool positions = options.get_bool("positions");
    w.begin_object();
    w.member("galley_json", json_format_version);
    w.key("meta");
    write_meta(w, article);
    w.key("blocks");
    w.begin_array();
    for (const auto& block : article.body) {
        w.begin_object();
        std::visit(BlockWriter{w}, block.content);
        if (positions && block.at.line > 0) {
            w.member("line", block.at.line);
            w.member("column", block.at.column);
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out.bytes += '\n';
}

}  // namespace galley::json

GALLEY_DECLARE_PLUGIN(galley::json::JsonExporter)
