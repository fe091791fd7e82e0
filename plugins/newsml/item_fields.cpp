// The article-to-newsItem mapping (plugins/newsml/README.md), as data.
#include "item_fields.hpp"

#include "iptc_catalog.hpp"
#include "item_dates.hpp"
#include "newsml_extension.hpp"
#include "section_slug.hpp"

#include <galley/item_identity.hpp>
#include <galley/presentation.hpp>
#include <galley/text.hpp>
#include <galley/xhtml/ascii_case.hpp>
#include <galley/xhtml/href.hpp>

#include <algorithm>
#include <atomic>

namespace galley::newsml {

namespace {
// One warning per run about the default provider, not one per article.
std::atomic<bool> default_provider_warned{false};

int restrictiveness(PubStatus s) {
    switch (s) {
    case PubStatus::Usable: return 0;
    case PubStatus::Withheld: return 1;
    case PubStatus::Canceled: return 2;
    }
    return 0;
}

const char* pub_status_qcode(PubStatus s) {
    switch (s) {
    case PubStatus::Withheld: return "stat:withheld";
    case PubStatus::Canceled: return "stat:canceled";
    case PubStatus::Usable: break;
    }
    return "stat:usable";
}

bool is_geo_scheme(std::string_view code) {
    return code.rfind("iso3166", 0) == 0 || code.rfind("geonames", 0) == 0 ||
           code.rfind("wldreg:", 0) == 0;
}

// Collects what the item leaves out, for one warning per article.
class Mapper {
public:
    Mapper(const Article& article, DiagnosticSink& diagnostics)
        : m_article(article), m_diagnostics(diagnostics) {}

    void warn(const std::string& message) const {
        m_diagnostics.warning(SourceLocation{m_article.source_name}, "newsml: " + message);
    }

    void not_carried(std::string what) { m_not_carried.push_back(std::move(what)); }

    void report_not_carried() const {
        if (m_not_carried.empty()) {
            return;
        }
        std::string list;
        for (const auto& w : m_not_carried) {
            list += list.empty() ? "" : "; ";
            list += w;
        }
        warn("not carried by the item: " + list);
    }

    // A code from the article as qcode (alias in the IPTC catalog), uri (http(s) IRI)
    // or, failing both, literal, so that the item never names an unresolvable scheme.
    Concept coded(std::string_view what, const std::string& code, std::string name) const {
        Concept c;
        c.name = collapse_whitespace(name);
        std::string value = collapse_whitespace(code);
        if (value.empty()) {
            return c;
        }
        switch (classify_code(value)) {
        case CodeKind::QCode: c.qcode = std::move(value); return c;
        case CodeKind::Uri: c.uri = std::move(value); return c;
        case CodeKind::Undeclared:
            warn(std::string(what) + " code '" + value +
                 "': its scheme alias is not declared by the IPTC catalog the item refers "
                 "to; written as a literal");
            break;
        case CodeKind::Retired:
            warn(std::string(what) + " code '" + value +
                 "': its scheme is retired in the IPTC catalog; written as a literal");
            break;
        case CodeKind::Malformed:
            warn(std::string(what) + " code '" + value +
                 "' is neither a qcode (alias:code) nor an http(s) URI; written as a literal");
            break;
        }
        c.literal = std::move(value);
        return c;
    }

private:
    const Article& m_article;
    DiagnosticSink& m_diagnostics;
    std::vector<std::string> m_not_carried;
};

void map_identity(const Article& a, const Settings& s, const ItemIdentity& id, Mapper& m,
                  ItemFields& f) {
    // The guid's domain must not move between versions: the shared rule
    // (galley/item_identity.hpp) takes the option, else the source's domain, else a
    // default that says the item is not configured for syndication.
    if (id.origin == ProviderOrigin::Default && !default_provider_warned.exchange(true)) {
        m.warn("newsml.provider is not set and the source is not a domain name: guids use '" +
               id.provider +
               "'; set -O newsml.provider=YOUR.DOMAIN for syndication "
               "(said once per run)");
    }
    f.guid = id.guid;
    f.version = a.version;
    f.language = a.language;

    std::string source = collapse_whitespace(a.source);
    if (!s.provider.empty()) {
        f.provider.uri = "https://" + s.provider + "/";
        f.provider.name = s.provider;
    } else {
        f.provider.literal = source.empty() ? id.provider : source;
        f.provider.name = f.provider.literal;
    }
}

void map_item_meta(const Article& a, const Settings& s, const ItemIdentity& id,
                   const NewsmlExtension& ext, Mapper& m, ItemFields& f) {
    PubStatus status =
        restrictiveness(s.pubstatus) > restrictiveness(a.status) ? s.pubstatus : a.status;
    f.pub_status = pub_status_qcode(status);

    if (a.embargo) {
        f.embargoed = a.embargo->iso8601_datetime();
        f.ed_notes.push_back("Embargoed: not for publication before " + f.embargoed + ".");
    }
    std::string section = collapse_whitespace(a.section);
    if (!section.empty()) {
        std::string slug = section_slug(section);
        // Partners route by service: the section names one under the provider's
        // domain unless newsml.section-base says where services live.
        std::string base =
            s.section_base.empty() ? "https://" + id.provider + "/section/" : s.section_base;
        if (slug.empty()) {
            m.not_carried("section '" + section + "' (no letters or digits to make a URI of)");
        } else {
            f.service.uri = base + slug;
            f.service.name = section;
        }
    }
    for (const auto& c : a.corrections) {
        f.ed_notes.push_back("Correction (" + c.date.iso8601() + "): " + plain_text(c.text));
    }
    for (const auto& note : ext.ed_notes) {
        if (auto text = collapse_whitespace(note); !text.empty()) {
            f.ed_notes.push_back(std::move(text));
        }
    }

    auto add_signal = [&](Concept c) {
        bool seen = std::any_of(f.signals.begin(), f.signals.end(), [&](const Concept& o) {
            return o.qcode == c.qcode && o.uri == c.uri && o.literal == c.literal;
        });
        if (!seen && !(c.qcode.empty() && c.uri.empty() && c.literal.empty())) {
            f.signals.push_back(std::move(c));
        }
    };
    if (a.version > 1) {
        add_signal(m.coded("signal", "sig:update", {}));
    }
    if (!a.corrections.empty()) {
        add_signal(m.coded("signal", "sig:correction", {}));
    }
    for (const auto& code : ext.signals) {
        add_signal(m.coded("x-newsml signal", code, {}));
    }
}

void map_rights(const Article& a, const NewsmlExtension& ext, ItemFields& f) {
    if (a.copyright) {
        f.copyright_holder = collapse_whitespace(a.copyright->holder);
        // The line every format prints: the notice, else "© {year} {holder}".
        f.copyright_notice = collapse_whitespace(presentation::copyright_line(a));
    }
    f.usage_terms = collapse_whitespace(ext.usage_terms);
}

void map_administrative(const Article& a, Mapper& m, ItemFields& f) {
    f.urgency = a.urgency;
    if (a.dateline) {
        f.located = collapse_whitespace(a.dateline->place);
    }
    f.info_source.literal = collapse_whitespace(a.source);
    f.info_source.name = f.info_source.literal;
    bool any_email = false;
    for (const auto& author : a.authors) {
        Creator c;
        c.name = collapse_whitespace(author.name);
        c.note = collapse_whitespace(author.role);
        // creator@uri is an IRI: the shared link rule percent-encodes what a URI cannot hold.
        c.uri = author.uri.empty() ? std::string() : xhtml::href_from_url(author.uri);
        any_email = any_email || !author.email.empty();
        f.creators.push_back(std::move(c));
    }
    if (any_email) {
        // Items are syndicated to third parties: addresses stay in the newsroom.
        m.not_carried("authors' e-mail addresses (not syndicated)");
    }
}

void map_descriptive(const Article& a, const NewsmlExtension& ext, Mapper& m, ItemFields& f) {
    for (const auto& g : ext.genres) {
        Concept c = m.coded("x-newsml genre", g.code, g.name);
        if (!c.qcode.empty() || !c.uri.empty() || !c.literal.empty()) {
            f.genres.push_back(std::move(c));
        }
    }
    for (const auto& subject : a.subjects) {
        Concept c = m.coded("subject", subject.code, subject.name);
        c.type = is_geo_scheme(c.qcode) ? "cpnat:geoArea" : "cpnat:abstract";
        f.subjects.push_back(std::move(c));
    }
    auto entities = [&](const std::vector<std::string>& names, const char* type) {
        for (const auto& n : names) {
            Concept c;
            c.type = type;
            c.name = collapse_whitespace(n);
            if (!c.name.empty()) {
                f.subjects.push_back(std::move(c));
            }
        }
    };
    entities(a.places, "cpnat:geoArea");
    entities(a.people, "cpnat:person");
    entities(a.organisations, "cpnat:organisation");
    for (const auto& k : a.keywords) {
        if (auto keyword = collapse_whitespace(k); !keyword.empty()) {
            f.keywords.push_back(std::move(keyword));
        }
    }
    f.slugline = collapse_whitespace(ext.slugline.empty() ? a.slugline : ext.slugline);
    f.headline = plain_text(a.headline);
    // The same dateline and byline every format prints (galley/presentation.hpp).
    f.dateline = presentation::dateline(a).text();
    f.by = collapse_whitespace(presentation::byline(a));
    f.creditline = f.info_source.literal;
    f.description = plain_text(a.summary);
    if (f.description.empty()) {
        f.description = plain_text(a.subheadline);
    } else if (!a.subheadline.empty()) {
        m.not_carried("subheadline (the summary is the item's description)");
    }
}
}  // namespace

ItemFields map_fields(const Article& article, const Settings& settings,
                      DiagnosticSink& diagnostics) {
    Mapper mapper(article, diagnostics);
    NewsmlExtension ext = read_extension(article, diagnostics);
    ItemIdentity identity = item_identity(article, settings.provider);
    ItemDates dates = choose_dates(article, identity, diagnostics);

    ItemFields f;
    map_identity(article, settings, identity, mapper, f);
    map_rights(article, ext, f);
    f.version_created = dates.version_created;
    f.first_created = dates.first_created;
    f.content_created = dates.content_created;
    f.content_modified = dates.content_modified;
    map_item_meta(article, settings, identity, ext, mapper, f);
    map_administrative(article, mapper, f);
    map_descriptive(article, ext, mapper, f);
    if (article.published && article.created && article.updated) {
        // G2 has no publication time; published only stands in for a missing one.
        mapper.not_carried("published " + article.published->iso8601() +
                           " (no NewsML-G2 element: created gives firstCreated, updated "
                           "versionCreated)");
    }
    mapper.report_not_carried();
    return f;
}

}  // namespace galley::newsml
