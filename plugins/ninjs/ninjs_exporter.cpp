// The ninjs plugin: metadata, options, and the article-to-ninjs mapping of
// plugins/ninjs/README.md. Keys come in a fixed order and absent fields are left out,
// so the output is deterministic.
#include "ninjs_exporter.hpp"

#include "plain_body.hpp"
#include "property_names.hpp"
#include "qcode_uri.hpp"

#include <galley/item_identity.hpp>
#include <galley/json_writer.hpp>
#include <galley/plugin.hpp>
#include <galley/presentation.hpp>
#include <galley/text.hpp>
#include <galley/xhtml/body_writer.hpp>
#include <galley/xhtml/href.hpp>
#include <galley/xml/writer.hpp>

#include <algorithm>
#include <atomic>
#include <variant>

GALLEY_DECLARE_PLUGIN(galley::ninjs::NinjsExporter)

namespace galley::ninjs {

namespace {
// One warning per run about the default provider, not one per article.
std::atomic<bool> default_provider_warned{false};

const DateTime* first_of(std::initializer_list<const std::optional<DateTime>*> candidates) {
    for (const auto* c : candidates) {
        if (c->has_value()) {
            return &**c;
        }
    }
    return nullptr;
}

const char* status_name(PubStatus s) {
    switch (s) {
    case PubStatus::Withheld: return "withheld";
    case PubStatus::Canceled: return "canceled";
    case PubStatus::Usable: break;
    }
    return "usable";
}

// An http(s) URL to put before an image's path in its rendition's href.
std::optional<std::string> check_image_base(std::string_view value) {
    if (value.empty()) {
        return std::nullopt;
    }
    bool http = value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
    auto host_start = value.find("//") + 2;
    if (!http || value.size() <= host_start || value.back() != '/') {
        return "expected an http(s) URL ending in '/', such as https://example.com/media/";
    }
    for (char c : value) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
            return "a URL cannot contain spaces, control or non-ASCII characters, \" < > or \\";
        }
    }
    return std::nullopt;
}

// `x-newsml: {usageTerms: ...}`: the rights text the NewsML item carries too.
std::string usage_terms(const Article& a) {
    auto ext = a.extensions.find("x-newsml");
    if (ext == a.extensions.end() || ext->second.kind != ExtensionValue::Kind::Mapping) {
        return {};
    }
    for (const auto& [key, value] : ext->second.members) {
        if (key == "usageTerms" && value.kind == ExtensionValue::Kind::Scalar) {
            return collapse_whitespace(value.scalar);
        }
    }
    return {};
}

struct HtmlBody {
    std::string html;
    std::size_t unsafe_links = 0;
    std::size_t replaced_characters = 0;
};

// The shared XHTML body writer inside one <div>: a fragment every HTML parser reads,
// with the same markup the XHTML page and the NewsML inlineXML carry. Pictures are
// associations, so image blocks are left out of it.
HtmlBody html_body(const std::vector<Block>& body) {
    HtmlBody result;
    xml::Writer w(result.html);
    w.start("div");
    xhtml::BodyOptions options;
    options.images = xhtml::ImageBlocks::Skip;
    options.heading_ids = false;
    xhtml::BodyReport report = xhtml::write_body(w, body, options);
    w.end_on_new_line();
    w.finish();
    while (!result.html.empty() && result.html.back() == '\n') {
        result.html.pop_back();
    }
    result.unsafe_links = report.unsafe_links;
    result.replaced_characters = w.replaced_characters();
    return result;
}

class Mapping {
public:
    Mapping(const Article& a, const PropertyNames& names, const ExportOptions& options,
            DiagnosticSink& diagnostics)
        : m_a(a), m_k(names), m_options(options), m_diagnostics(diagnostics) {}

    void write(JsonWriter& w) {
        ItemIdentity id = item_identity(m_a, m_options.get("provider"));
        if (id.origin == ProviderOrigin::Default && !default_provider_warned.exchange(true)) {
            warn("ninjs.provider is not set and the source is not a domain name: uris use '" +
                 id.provider +
                 "'; set -O ninjs.provider=YOUR.DOMAIN for syndication "
                 "(said once per run)");
        }
        w.begin_object();
        w.member("uri", id.guid);
        w.key("standard");
        w.begin_object();
        w.member("name", "ninjs");
        w.member("version", m_k.version);
        w.member("schema", m_k.schema);
        w.end_object();
        w.member("type", "text");
        w.member(m_k.representation, "full");
        w.member("version", std::to_string(m_a.version));
        write_dates(w);
        w.member(m_k.pub_status, status_name(m_a.status));
        if (m_a.urgency) {
            w.member("urgency", *m_a.urgency);
        }
        write_rights(w);
        write_ed_note(w);
        text_member(w, "language", m_a.language);
        write_texts(w);
        write_entities(w);
        write_body(w);
        write_associations(w, id.guid);
        w.end_object();
        report();
    }

private:
    void warn(const std::string& message) const {
        m_diagnostics.warning(SourceLocation{m_a.source_name}, "ninjs: " + message);
    }

    static void text_member(JsonWriter& w, std::string_view key, const std::string& text) {
        if (!text.empty()) {
            w.member(key, text);
        }
    }

    // Same rule as the NewsML item's dates (plugins/newsml/item_dates.hpp), so both
    // formats date a version alike.
    void write_dates(JsonWriter& w) const {
        static const std::optional<DateTime> none;
        const auto& dateline_date = m_a.dateline ? m_a.dateline->date : none;
        const DateTime* version = first_of({&m_a.updated, &m_a.published, &m_a.created});
        if (!version) {
            throw Error(ErrorCode::ExportFailed,
                        "ninjs: the document needs a versionCreated, but the article has "
                        "none of created, published, updated",
                        SourceLocation{m_a.source_name});
        }
        const DateTime* first = first_of({&m_a.created, &m_a.published});
        const DateTime* content = first_of({&m_a.created, &dateline_date});
        w.member(m_k.first_created, (first ? first : version)->iso8601_datetime());
        w.member(m_k.version_created, version->iso8601_datetime());
        if (content) {
            w.member(m_k.content_created, content->iso8601_datetime());
        }
        if (m_a.embargo) {
            w.member(m_k.embargoed, m_a.embargo->iso8601_datetime());
        }
        if (m_a.published && m_a.created && m_a.updated) {
            m_not_carried.push_back("published " + m_a.published->iso8601() +
                                    " (ninjs has no publication time: created gives " +
                                    std::string(m_k.first_created) + ", updated " +
                                    std::string(m_k.version_created) + ")");
        }
    }

    void write_rights(JsonWriter& w) const {
        if (m_a.copyright) {
            // The notice as every other format prints it (galley/presentation.hpp).
            text_member(w, m_k.copyright_holder, collapse_whitespace(m_a.copyright->holder));
            text_member(w, m_k.copyright_notice,
                        collapse_whitespace(presentation::copyright_line(m_a)));
        }
        text_member(w, m_k.usage_terms, usage_terms(m_a));
    }

    // ninjs has one edNote: the embargo and the corrections, as the NewsML item's edNotes.
    void write_ed_note(JsonWriter& w) const {
        std::string note;
        auto add = [&](const std::string& text) {
            note += note.empty() ? "" : " ";
            note += text;
        };
        if (m_a.embargo) {
            add("Embargoed: not for publication before " + m_a.embargo->iso8601_datetime() + ".");
        }
        for (const auto& c : m_a.corrections) {
            add("Correction (" + c.date.iso8601() + "): " + plain_text(c.text));
        }
        text_member(w, m_k.ed_note, note);
    }

    void text_list_item(JsonWriter& w, std::string_view role, const std::string& value) const {
        w.begin_object();
        w.member("role", role);
        w.member(m_k.content_type, "text/plain");
        w.member("value", value);
        w.end_object();
    }

    void write_texts(JsonWriter& w) {
        std::string headline = plain_text(m_a.headline);
        if (!headline.empty()) {
            w.key("headlines");
            w.begin_array();
            text_list_item(w, "main", headline);
            w.end_array();
        }
        std::string dek = plain_text(m_a.subheadline);
        std::string summary = plain_text(m_a.summary);
        if (!dek.empty() || !summary.empty()) {
            w.key("descriptions");
            w.begin_array();
            if (!dek.empty()) {
                text_list_item(w, "dek", dek);
            }
            if (!summary.empty()) {
                text_list_item(w, "summary", summary);
            }
            w.end_array();
        }
        // The byline as every other format prints it (galley/presentation.hpp).
        text_member(w, "by", collapse_whitespace(presentation::byline(m_a)));
        text_member(w, "slugline", collapse_whitespace(m_a.slugline));
        if (m_a.dateline) {
            text_member(w, "located", collapse_whitespace(m_a.dateline->place));
        }
        std::string source = collapse_whitespace(m_a.source);
        if (!source.empty()) {
            w.key(m_k.info_sources);
            w.begin_array();
            w.begin_object();
            w.member("name", source);
            w.member("role", "source");
            w.end_object();
            w.end_array();
        }
    }

    static void named_list(JsonWriter& w, std::string_view key,
                           const std::vector<std::string>& names) {
        bool open = false;
        for (const auto& n : names) {
            std::string name = collapse_whitespace(n);
            if (name.empty()) {
                continue;
            }
            if (!open) {
                w.key(key);
                w.begin_array();
                open = true;
            }
            w.begin_object();
            w.member("name", name);
            w.end_object();
        }
        if (open) {
            w.end_array();
        }
    }

    void write_entities(JsonWriter& w) {
        // Authors are people with rel "author", so a reader of ninjs finds who wrote it
        // even when the role is free text.
        bool any_email = false;
        bool open = false;
        auto open_people = [&] {
            if (!open) {
                w.key("people");
                w.begin_array();
                open = true;
            }
        };
        for (const auto& author : m_a.authors) {
            std::string name = collapse_whitespace(author.name);
            if (name.empty()) {
                continue;
            }
            open_people();
            w.begin_object();
            w.member("name", name);
            w.member("rel", "author");
            if (!author.uri.empty()) {
                w.member("uri", xhtml::href_from_url(author.uri));
            }
            w.end_object();
            any_email = any_email || !author.email.empty();
        }
        for (const auto& p : m_a.people) {
            // An author also listed under `people` is one person, already written.
            std::string name = collapse_whitespace(p);
            bool is_author =
                std::any_of(m_a.authors.begin(), m_a.authors.end(),
                            [&](const Person& a) { return collapse_whitespace(a.name) == name; });
            if (!name.empty() && !is_author) {
                open_people();
                w.begin_object();
                w.member("name", name);
                w.end_object();
            }
        }
        if (open) {
            w.end_array();
        }
        named_list(w, "organisations", m_a.organisations);
        named_list(w, "places", m_a.places);
        if (!m_a.subjects.empty()) {
            w.key("subjects");
            w.begin_array();
            for (const auto& s : m_a.subjects) {
                std::string code = collapse_whitespace(s.code);
                std::string uri = qcode_uri(code);
                w.begin_object();
                text_member(w, "name", collapse_whitespace(s.name));
                if (!uri.empty()) {
                    w.member("uri", uri);
                }
                // The QCode itself, for receivers that match on it.
                text_member(w, "literal", code);
                w.end_object();
            }
            w.end_array();
        }
        if (any_email) {
            m_not_carried.push_back("authors' e-mail addresses (not syndicated)");
        }
        if (!m_a.keywords.empty()) {
            m_not_carried.push_back("keywords (no ninjs property)");
        }
        if (std::string section = collapse_whitespace(m_a.section); !section.empty()) {
            m_not_carried.push_back("section '" + section + "' (no ninjs property)");
        }
    }

    void write_body(JsonWriter& w) {
        HtmlBody html = html_body(m_a.body);
        std::string plain = plain_body(m_a.body);
        if (html.unsafe_links > 0) {
            warn(std::to_string(html.unsafe_links) +
                 " link(s) with a scheme other than http, https or mailto written as their "
                 "text");
        }
        if (html.replaced_characters > 0) {
            warn(std::to_string(html.replaced_characters) +
                 " character(s) not allowed in XML replaced by U+FFFD");
        }
        if (plain.empty()) {
            return;
        }
        auto words = static_cast<std::int64_t>(word_count(plain));
        auto chars = static_cast<std::int64_t>(char_count(plain));
        w.key("bodies");
        w.begin_array();
        for (bool is_html : {true, false}) {
            w.begin_object();
            w.member("role", "main");
            w.member(m_k.content_type, is_html ? "text/html" : "text/plain");
            w.member(m_k.char_count, chars);
            w.member(m_k.word_count, words);
            w.member("value", is_html ? html.html : plain);
            w.end_object();
        }
        w.end_array();
    }

    static std::size_t char_count(std::string_view text) {
        std::size_t n = 0;
        for (char c : text) {
            n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        }
        return n;
    }

    void write_associations(JsonWriter& w, const std::string& guid) {
        const std::string& base = m_options.get("image-base");
        std::size_t n = 0;
        for (const auto& block : m_a.body) {
            const auto* image = std::get_if<Image>(&block.content);
            if (!image) {
                continue;
            }
            if (n == 0) {
                w.key("associations");
                w.begin_array();
            }
            ++n;
            w.begin_object();
            w.member("name", "picture" + std::to_string(n));
            w.member("uri", guid + ":picture" + std::to_string(n));
            w.member("type", "picture");
            std::string caption = plain_text(image->caption);
            std::string alt = collapse_whitespace(image->alt);
            if (!caption.empty() || !alt.empty()) {
                w.key("descriptions");
                w.begin_array();
                if (!caption.empty()) {
                    text_list_item(w, "caption", caption);
                }
                if (!alt.empty()) {
                    text_list_item(w, "alt", alt);
                }
                w.end_array();
            }
            text_member(w, "by", collapse_whitespace(image->credit));
            w.key("renditions");
            w.begin_array();
            w.begin_object();
            w.member("name", "original");
            if (!base.empty()) {
                w.member("href", base + xhtml::href_from_url(image->path));
            }
            w.member(m_k.content_type, image->media_type);
            w.member("width", image->width);
            w.member("height", image->height);
            w.member(m_k.size_in_bytes, image->data ? image->data->size() : std::size_t{0});
            w.end_object();
            w.end_array();
            w.end_object();
        }
        if (n > 0) {
            w.end_array();
        }
    }

    void report() const {
        if (m_not_carried.empty()) {
            return;
        }
        std::string list;
        for (const auto& item : m_not_carried) {
            list += list.empty() ? "" : "; ";
            list += item;
        }
        warn("not carried by the document: " + list);
    }

    const Article& m_a;
    const PropertyNames& m_k;
    const ExportOptions& m_options;
    DiagnosticSink& m_diagnostics;
    mutable std::vector<std::string> m_not_carried;
};
}  // namespace

ExporterInfo NinjsExporter::info() const {
    ExporterInfo info;
    info.id = "ninjs";
    info.name = "IPTC ninjs (News in JSON)";
    info.version = plugin_version;
    info.extension = ".ninjs.json";
    info.media_type = "application/json";
    info.options = {
        {"version",
         OptionSpec::Type::Enum,
         "3.1",
         "ninjs version: 3.1 (camelCase properties) or 2.1 (lower-case properties, still "
         "served by many agencies' APIs)",
         {"3.1", "2.1"},
         0,
         0},
        {"provider",
         OptionSpec::Type::String,
         "",
         "Domain of the organisation providing the item (e.g. example.com): the uri "
         "urn:newsml:DOMAIN:DATE:ID, the same as NewsML's guid with the same "
         "newsml.provider. Unset: the source's domain, else galley.invalid with a warning.",
         {},
         0,
         0},
        {"image-base",
         OptionSpec::Type::String,
         "",
         "http(s) URL ending in '/' that pictures are published under: a picture's "
         "rendition href is this plus its path. Unset: renditions have no href.",
         {},
         0,
         0},
        {"indent",
         OptionSpec::Type::Int,
         "2",
         "Spaces per nesting level; 0 writes one line",
         {},
         0,
         8},
    };
    return info;
}

std::optional<std::string> NinjsExporter::check_option(std::string_view key,
                                                       std::string_view value) const {
    if (key == "provider" && !value.empty() && !is_domain_name(value)) {
        return "expected a domain name such as example.com (letters, digits, hyphens, dots)";
    }
    if (key == "image-base") {
        return check_image_base(value);
    }
    return std::nullopt;
}

void NinjsExporter::render(const Article& article, const ExportOptions& options, Rendition& out,
                           DiagnosticSink& diagnostics) const {
    const PropertyNames& names = options.get("version") == "2.1" ? ninjs_2_1 : ninjs_3_1;
    // Render into a local buffer so a failure leaves `out` untouched.
    std::string bytes;
    JsonWriter w(bytes, static_cast<int>(options.get_int("indent")));
    Mapping(article, names, options, diagnostics).write(w);
    bytes += '\n';
    out.bytes += bytes;
}

}  // namespace galley::ninjs
