// Top-level keys and metadata structures (authors, copyright, dateline, corrections...).
#include "loader/article_reader.hpp"

#include "loader/body_reader.hpp"
#include "loader/key_suggestion.hpp"
#include "loader/language_tag.hpp"
#include "loader/quote.hpp"
#include "loader/value_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <string_view>

namespace galley::detail {

namespace {

using namespace std::string_view_literals;

constexpr std::array top_keys = {
    "galley"sv,        "id"sv,      "version"sv,     "language"sv, "section"sv,  "headline"sv,
    "subheadline"sv,   "summary"sv, "byline"sv,      "authors"sv,  "source"sv,   "copyright"sv,
    "dateline"sv,      "created"sv, "published"sv,   "updated"sv,  "urgency"sv,  "slugline"sv,
    "status"sv,        "embargo"sv, "corrections"sv, "subjects"sv, "keywords"sv, "people"sv,
    "organisations"sv, "places"sv,  "body"sv};
constexpr std::array author_keys = {"name"sv, "role"sv, "email"sv, "uri"sv};
constexpr std::array copyright_keys = {"holder"sv, "year"sv, "notice"sv};
constexpr std::array dateline_keys = {"place"sv, "date"sv};
constexpr std::array correction_keys = {"date"sv, "text"sv};
constexpr std::array subject_keys = {"code"sv, "name"sv};
constexpr std::array status_values = {"usable"sv, "withheld"sv, "canceled"sv};

bool id_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == ':' ||
           c == '-';
}

bool is_qcode(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 == s.size() ||
        !std::isalpha(static_cast<unsigned char>(s[0]))) {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c <= ' ' || (i < colon && !std::isalnum(c) && c != '-' && c != '_' && c != '.')) {
            return false;
        }
    }
    return true;
}

bool is_email(std::string_view s) {
    const std::size_t at = s.find('@');
    return at != 0 && at != std::string_view::npos && at + 1 < s.size() &&
           s.find('@', at + 1) == std::string_view::npos &&
           s.find_first_of(" \t\n<>") == std::string_view::npos;
}

class ArticleReader {
public:
    ArticleReader(const SourceText& source, const YamlTree& tree, const LoadLimits& limits,
                  const std::filesystem::path& base_dir, Reporter& report)
        : m_reader(source, tree, report, limits), m_images(base_dir, limits.max_image_bytes) {}

    Article read() {
        Article a;
        const YamlTree& tree = m_reader.tree();
        const NodeId root = tree.resolve(0);
        if (tree[root].kind != NodeKind::Mapping) {
            m_reader.report().error(m_reader.offset(root),
                                    "an article is a YAML mapping of keys (id: ..., headline: "
                                    "..., body: ...), got " +
                                        m_reader.describe(root));
            return a;
        }
        const Fields f = m_reader.fields(root, top_keys, "", true);
        for (std::string_view key : {"id"sv, "language"sv, "headline"sv, "body"sv}) {
            m_reader.require(f, root, key, "");
        }
        if (!f.get("created") && !f.get("published") && !f.get("updated")) {
            m_reader.report().error(m_reader.offset(root),
                                    "at least one of 'created', 'published' or 'updated' is "
                                    "required");
        }
        for (const Field& field : f.all()) {
            if (!field.missing) {
                read_field(a, field);
            } else if (field.name.substr(0, 2) == "x-") {
                a.extensions[std::string(field.name)] = ExtensionValue{};
            }
        }
        return a;
    }

private:
    Reporter& report() { return m_reader.report(); }
    const YamlTree& tree() const { return m_reader.tree(); }

    void error(const Field& f, const std::string& message) {
        report().error(m_reader.offset(f), message);
    }

    std::string text(const Field& f) {
        const auto s = m_reader.string(f);
        return s ? std::string(*s) : std::string();
    }

    void read_field(Article& a, const Field& f) {
        const std::string_view k = f.name;
        if (k == "galley") {
            if (auto v = m_reader.integer(f, 0, 1LL << 40, "the integer 1 (the format version)")) {
                if (*v != 1) {
                    error(f, "'galley' is " + std::to_string(*v) +
                                 ", but this galley reads format version 1 only");
                }
                a.format_version = static_cast<int>(*v);
            }
        } else if (k == "id") {
            a.id = text(f);
            if (!a.id.empty() &&
                (a.id.size() > 128 || !std::all_of(a.id.begin(), a.id.end(), id_char))) {
                error(f, "'id' must be 1 to 128 letters, digits, '.', '_', ':' or '-', got " +
                             quote(a.id));
            }
        } else if (k == "version") {
            if (auto v = m_reader.integer(f, 1, std::numeric_limits<int>::max(),
                                          "an integer from 1 to 2147483647")) {
                a.version = static_cast<int>(*v);
            }
        } else if (k == "language") {
            a.language = text(f);
            if (!a.language.empty() && !is_language_tag(a.language)) {
                error(f,
                      "'language' must be a BCP 47 language tag such as en, ru or zh-Hans, got " +
                          quote(a.language));
            }
        } else if (k == "section") {
            a.section = text(f);
        } else if (k == "headline") {
            a.headline = m_reader.inline_text(f);
        } else if (k == "subheadline") {
            a.subheadline = m_reader.inline_text(f);
        } else if (k == "summary") {
            a.summary = m_reader.inline_text(f);
        } else if (k == "byline") {
            a.byline = text(f);
        } else if (k == "authors") {
            read_authors(a, f);
        } else if (k == "source") {
            a.source = text(f);
        } else if (k == "copyright") {
            read_copyright(a, f);
        } else if (k == "dateline") {
            read_dateline(a, f);
        } else if (k == "created") {
            a.created = m_reader.date(f, DateForm::DateOrDateTime);
        } else if (k == "published") {
            a.published = m_reader.date(f, DateForm::DateOrDateTime);
        } else if (k == "updated") {
            a.updated = m_reader.date(f, DateForm::DateOrDateTime);
        } else if (k == "urgency") {
            if (auto v = m_reader.integer(f, 1, 9, "an integer from 1 to 9")) {
                a.urgency = static_cast<int>(*v);
            }
        } else if (k == "slugline") {
            a.slugline = text(f);
        } else if (k == "status") {
            read_status(a, f);
        } else if (k == "embargo") {
            a.embargo = m_reader.date(f, DateForm::DateTimeOnly);
        } else if (k == "corrections") {
            read_corrections(a, f);
        } else if (k == "subjects") {
            read_subjects(a, f);
        } else if (k == "keywords") {
            a.keywords = m_reader.string_list(f);
        } else if (k == "people") {
            a.people = m_reader.string_list(f);
        } else if (k == "organisations") {
            a.organisations = m_reader.string_list(f);
        } else if (k == "places") {
            a.places = m_reader.string_list(f);
        } else if (k == "body") {
            a.body = read_body(m_reader, f, m_images);
        } else {
            a.extensions[std::string(k)] = extension(f.value);
        }
    }

    void read_status(Article& a, const Field& f) {
        const std::string s = text(f);
        if (s == "usable") {
            a.status = PubStatus::Usable;
        } else if (s == "withheld") {
            a.status = PubStatus::Withheld;
        } else if (s == "canceled") {
            a.status = PubStatus::Canceled;
        } else if (tree()[f.value].kind == NodeKind::Scalar) {
            std::string message = "'status' must be usable, withheld or canceled, got " + quote(s);
            if (std::string_view near = nearest_key(s, status_values); !near.empty()) {
                message += " (did you mean '" + std::string(near) + "'?)";
            }
            error(f, message);
        }
    }

    // Calls `read(fields, map)` for each item of the list field `f`, an item being a mapping
    // checked against `keys`; other items are reported. `shape` shows the keys: "{date, text}".
    template <typename ReadItem>
    void each_mapping(const Field& f, std::span<const std::string_view> keys,
                      std::string_view shape, std::string_view where, ReadItem read) {
        const std::string list(f.name);
        for (NodeId item : m_reader.items(f, list + " " + std::string(shape))) {
            const NodeId map = tree().resolve(item);
            if (tree()[map].kind != NodeKind::Mapping) {
                report().error(m_reader.offset(item),
                               "each item of '" + list + "' must be a mapping " +
                                   std::string(shape) + ", got " + m_reader.describe(map));
                continue;
            }
            read(m_reader.fields(map, keys, where), map);
        }
    }

    void read_authors(Article& a, const Field& f) {
        constexpr std::string_view where = " in an author";
        each_mapping(
            f, author_keys, "{name, role?, email?, uri?}", where,
            [&](const Fields& fields, NodeId map) {
                Person p;
                if (const Field* name = m_reader.require(fields, map, "name", where)) {
                    p.name = text(*name);
                }
                if (const Field* role = fields.get("role")) {
                    p.role = text(*role);
                }
                if (const Field* email = fields.get("email")) {
                    p.email = text(*email);
                    if (!p.email.empty() && !is_email(p.email)) {
                        error(*email,
                              "'email' must be an e-mail address such as name@example.com, got " +
                                  quote(p.email));
                    }
                }
                if (const Field* uri = fields.get("uri")) {
                    p.uri = text(*uri);
                    if (!p.uri.empty() &&
                        (!check_link_url(p.uri).empty() || p.uri.rfind("mailto:", 0) == 0)) {
                        error(*uri,
                              "'uri' must be an absolute http or https URL, got " + quote(p.uri));
                    }
                }
                a.authors.push_back(std::move(p));
            });
    }

    void read_copyright(Article& a, const Field& f) {
        constexpr std::string_view where = " in 'copyright'";
        if (tree()[f.value].kind != NodeKind::Mapping) {
            error(f, "'copyright' must be a mapping {holder, year?, notice?}, got " +
                         m_reader.describe(f.value));
            return;
        }
        const Fields fields = m_reader.fields(f.value, copyright_keys, where);
        Copyright c;
        if (const Field* holder = m_reader.require(fields, f.value, "holder", where)) {
            c.holder = text(*holder);
        }
        if (const Field* year = fields.get("year")) {
            if (auto v = m_reader.integer(*year, 1, 9999, "a year from 1 to 9999")) {
                c.year = static_cast<int>(*v);
            }
        }
        if (const Field* notice = fields.get("notice")) {
            c.notice = text(*notice);
        }
        a.copyright = std::move(c);
    }

    void read_dateline(Article& a, const Field& f) {
        constexpr std::string_view where = " in 'dateline'";
        Dateline d;
        const NodeKind kind = tree()[f.value].kind;
        if (kind == NodeKind::Scalar) {
            d.place = text(f);
        } else if (kind == NodeKind::Mapping) {
            const Fields fields = m_reader.fields(f.value, dateline_keys, where);
            if (const Field* place = m_reader.require(fields, f.value, "place", where)) {
                d.place = text(*place);
            }
            if (const Field* date = fields.get("date")) {
                d.date = m_reader.date(*date, DateForm::DateOrDateTime);
            }
        } else {
            error(f, "'dateline' must be a place or a mapping {place, date?}, got " +
                         m_reader.describe(f.value));
            return;
        }
        a.dateline = std::move(d);
    }

    void read_corrections(Article& a, const Field& f) {
        constexpr std::string_view where = " in a correction";
        each_mapping(f, correction_keys, "{date, text}", where,
                     [&](const Fields& fields, NodeId map) {
                         Correction c;
                         if (const Field* date = m_reader.require(fields, map, "date", where)) {
                             if (auto d = m_reader.date(*date, DateForm::DateOrDateTime)) {
                                 c.date = *d;
                             }
                         }
                         if (const Field* t = m_reader.require(fields, map, "text", where)) {
                             c.text = m_reader.inline_text(*t);
                         }
                         a.corrections.push_back(std::move(c));
                     });
    }

    void read_subjects(Article& a, const Field& f) {
        constexpr std::string_view where = " in a subject";
        each_mapping(f, subject_keys, "{code, name}", where, [&](const Fields& fields, NodeId map) {
            Subject s;
            if (const Field* code = m_reader.require(fields, map, "code", where)) {
                s.code = text(*code);
                if (!s.code.empty() && !is_qcode(s.code)) {
                    error(*code,
                          "'code' must be a qcode such as medtop:04000000, got " + quote(s.code));
                }
            }
            if (const Field* name = m_reader.require(fields, map, "name", where)) {
                s.name = text(*name);
            }
            a.subjects.push_back(std::move(s));
        });
    }

    // Extension values are copied as data; their depth is bounded by the YAML depth limit.
    ExtensionValue extension(NodeId id) const {
        const NodeId v = tree().resolve(id);
        const YamlNode& n = tree()[v];
        ExtensionValue out;
        switch (n.kind) {
        case NodeKind::Scalar:
            out.kind = ExtensionValue::Kind::Scalar;
            out.scalar = tree().text(v);
            break;
        case NodeKind::Sequence:
            out.kind = ExtensionValue::Kind::Sequence;
            for (NodeId c = n.first; c != no_node; c = tree()[c].next) {
                out.items.push_back(extension(c));
            }
            break;
        case NodeKind::Mapping:
            out.kind = ExtensionValue::Kind::Mapping;
            for (NodeId c = n.first; c != no_node && tree()[c].next != no_node;
                 c = tree()[tree()[c].next].next) {
                const NodeId key = tree().resolve(c);
                out.members.emplace_back(
                    std::string(tree()[key].kind == NodeKind::Scalar ? tree().text(key) : ""),
                    extension(tree()[c].next));
            }
            break;
        default: break;
        }
        return out;
    }

    ValueReader m_reader;
    ImageLoader m_images;
};

}  // namespace

Article read_article(const SourceText& source, const YamlTree& tree, const LoadLimits& limits,
                     const std::filesystem::path& base_dir, Reporter& report) {
    return ArticleReader(source, tree, limits, base_dir, report).read();
}

}  // namespace galley::detail
