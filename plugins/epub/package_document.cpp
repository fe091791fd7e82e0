// The package document: what a reading system and a catalogue know of the article.
#include "package_document.hpp"

#include "identifier.hpp"

#include <galley/text.hpp>
#include <galley/xhtml/ascii_case.hpp>
#include <galley/xhtml/document_writer.hpp>
#include <galley/xml/writer.hpp>

#include <array>

namespace galley::epub {

namespace {

constexpr const char* opf_namespace = "http://www.idpf.org/2007/opf";
constexpr const char* dc_namespace = "http://purl.org/dc/elements/1.1/";

// MARC relator codes. Everyone under `authors` wrote the article, so each is a
// dc:creator; one whose role names a writer ("Business reporter", "корреспондент",
// "记者") gets the relator `aut`, an unknown free-text role none (still a creator, so a
// reading system shows the name as the author). Only a role that names another
// relator (photographer, editor, ...) makes a dc:contributor with that role.
struct Role {
    std::string_view code;
    bool creator;
};

bool names_a_writer(std::string_view role) {
    // Lower-case stems, matched anywhere in the role; Cyrillic capitals listed too
    // (ascii_lower leaves them as they are).
    static constexpr std::array<std::string_view, 25> writers{
        "author",        "writer",        "reporter",      "correspondent", "journalist",
        "columnist",     "autor",         "auteur",        "journaliste",   "korrespondent",
        "correspondant", "corresponsal",  "periodista",    "reportero",     "автор",
        "Автор",         "корреспондент", "Корреспондент", "журналист",     "Журналист",
        "репортёр",      "Репортёр",      "记者",          "作者",          "撰稿"};
    for (std::string_view stem : writers) {
        if (role.find(stem) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

Role role_of(const Person& person) {
    static constexpr std::array<std::pair<std::string_view, Role>, 7> others{{
        {"photographer", {"pht", false}},
        {"editor", {"edt", false}},
        {"translator", {"trl", false}},
        {"illustrator", {"ill", false}},
        {"graphics", {"ill", false}},
        {"contributor", {"ctb", false}},
        {"producer", {"pro", false}},
    }};
    const std::string role = xhtml::ascii_lower(collapse_whitespace(person.role));
    if (role.empty() || names_a_writer(role)) {
        return {"aut", true};
    }
    for (const auto& [name, mapped] : others) {
        if (role == name) {
            return mapped;
        }
    }
    return {"", true};  // a role the relator list has no word for: a creator without one
}

// The byline as a creator's name: the printed "By " is not part of a name.
std::string name_from_byline(const std::string& byline) {
    const std::string head = xhtml::ascii_lower(std::string_view(byline).substr(0, 3));
    return head == "by " ? collapse_whitespace(std::string_view(byline).substr(3))
                         : collapse_whitespace(byline);
}

const DateTime* publication_date(const Article& a) {
    if (a.published) {
        return &*a.published;
    }
    if (a.created) {
        return &*a.created;
    }
    if (a.dateline && a.dateline->date) {
        return &*a.dateline->date;
    }
    return a.updated ? &*a.updated : nullptr;
}

class PackageWriter {
public:
    PackageWriter(const Article& article, const PackageContent& content, std::string& out)
        : m_a(article), m_content(content), m_w(out) {}

    void write() {
        m_w.declaration();
        m_w.start("package");
        m_w.namespace_declaration("", opf_namespace);
        m_w.namespace_declaration("dc", dc_namespace);
        m_w.attribute("version", "3.0");
        m_w.attribute("unique-identifier", "pub-id");
        m_w.attribute("xml:lang", m_a.language);
        metadata();
        manifest();
        spine();
        m_w.end_on_new_line();
        m_w.finish();
    }

private:
    const Article& m_a;
    const PackageContent& m_content;
    xml::Writer m_w;
    bool m_any_creator = false;

    void dc(const char* name, std::string_view value, const std::string& id = {}) {
        m_w.line_break();
        m_w.start(name);
        if (!id.empty()) {
            m_w.attribute("id", id);
        }
        m_w.text(value);
        m_w.end();
    }

    void meta(std::string_view property, std::string_view value, const std::string& refines = {},
              const char* scheme = nullptr) {
        m_w.line_break();
        m_w.start("meta");
        if (!refines.empty()) {
            m_w.attribute("refines", "#" + refines);
        }
        m_w.attribute("property", property);
        if (scheme != nullptr) {
            m_w.attribute("scheme", scheme);
        }
        m_w.text(value);
        m_w.end();
    }

    void metadata() {
        m_w.line_break();
        m_w.start("metadata");
        dc("dc:identifier", publication_urn(m_a.id), "pub-id");
        titles();
        dc("dc:language", m_a.language);
        people();
        if (const DateTime* date = publication_date(m_a)) {
            dc("dc:date", date->iso8601());
        }
        meta("dcterms:modified", m_content.modified);
        subjects();
        const InlineText& description = m_a.summary.empty() ? m_a.subheadline : m_a.summary;
        if (!description.empty()) {
            dc("dc:description", plain_text(description));
        }
        publisher_and_source();
        const std::string rights_text = xhtml::rights_statement(m_a);
        if (!rights_text.empty()) {
            dc("dc:rights", rights_text);
        }
        accessibility();
        m_w.end_on_new_line();
    }

    void titles() {
        dc("dc:title", plain_text(m_a.headline), "title");
        if (m_a.subheadline.empty()) {
            return;
        }
        meta("title-type", "main", "title");
        dc("dc:title", plain_text(m_a.subheadline), "subtitle");
        meta("title-type", "subtitle", "subtitle");
    }

    void people() {
        int n = 0;
        for (const auto& person : m_a.authors) {
            if (person.name.empty()) {
                continue;
            }
            const Role role = role_of(person);
            const std::string id = "creator-" + std::to_string(++n);
            dc(role.creator ? "dc:creator" : "dc:contributor", person.name, id);
            m_any_creator = m_any_creator || role.creator;
            if (!role.code.empty()) {
                meta("role", role.code, id, "marc:relators");
            }
        }
        if (!m_any_creator && !m_a.byline.empty()) {
            const std::string name = name_from_byline(m_a.byline);
            if (!name.empty()) {
                dc("dc:creator", name);
            }
        }
    }

    void subjects() {
        int n = 0;
        for (const auto& subject : m_a.subjects) {
            if (subject.name.empty()) {
                continue;
            }
            // IPTC Media Topics carry their scheme and code, as EPUB's authority/term.
            constexpr std::string_view medtop = "medtop:";
            if (subject.code.rfind(medtop, 0) == 0 && subject.code.size() > medtop.size()) {
                const std::string id = "subject-" + std::to_string(++n);
                dc("dc:subject", subject.name, id);
                meta("authority", "http://cv.iptc.org/newscodes/mediatopic/", id);
                meta("term", std::string_view(subject.code).substr(medtop.size()), id);
            } else {
                dc("dc:subject", subject.name);
            }
        }
        for (const auto& keyword : m_a.keywords) {
            dc("dc:subject", keyword);
        }
    }

    void publisher_and_source() {
        const std::string publisher =
            m_a.copyright && !m_a.copyright->holder.empty() ? m_a.copyright->holder : m_a.source;
        if (!publisher.empty()) {
            dc("dc:publisher", publisher);
        }
        if (!m_a.source.empty() && m_a.source != publisher) {
            dc("dc:source", m_a.source);
        }
    }

    // EPUB Accessibility 1.1: how the content can be perceived, what helps, what to
    // avoid. Every image has alt text (the loader requires it), so text suffices.
    void accessibility() {
        meta("schema:accessMode", "textual");
        if (m_content.has_images) {
            meta("schema:accessMode", "visual");
        }
        meta("schema:accessModeSufficient", "textual");
        if (m_content.has_images) {
            meta("schema:accessModeSufficient", "textual,visual");
        }
        meta("schema:accessibilityFeature", "structuralNavigation");
        meta("schema:accessibilityFeature", "tableOfContents");
        meta("schema:accessibilityFeature", "readingOrder");
        meta("schema:accessibilityFeature", "displayTransformability");
        if (m_content.has_images) {
            meta("schema:accessibilityFeature", "alternativeText");
        }
        meta("schema:accessibilityHazard", "none");
        std::string summary =
            "A single news article in one reflowable content document, marked up with its "
            "headline, headings, lists and quotations, with a table of contents";
        summary +=
            m_content.has_images ? " and a text alternative and caption for every image." : ".";
        summary += " It has no sound, animation or flashing content.";
        m_w.line_break();
        m_w.start("meta");
        m_w.attribute("property", "schema:accessibilitySummary");
        if (primary_language(m_a) != "en") {
            m_w.attribute("xml:lang", "en");  // the summary is written in English
        }
        m_w.text(summary);
        m_w.end();
    }

    void manifest() {
        m_w.line_break();
        m_w.start("manifest");
        for (const auto& item : m_content.manifest) {
            m_w.line_break();
            m_w.start("item");
            m_w.attribute("id", item.id);
            m_w.attribute("href", item.href);
            m_w.attribute("media-type", item.media_type);
            if (!item.properties.empty()) {
                m_w.attribute("properties", item.properties);
            }
            m_w.end_empty();
        }
        m_w.end_on_new_line();
    }

    void spine() {
        m_w.line_break();
        m_w.start("spine");
        if (!m_content.spine_toc.empty()) {
            m_w.attribute("toc", m_content.spine_toc);
        }
        for (const auto& idref : m_content.spine) {
            m_w.line_break();
            m_w.start("itemref");
            m_w.attribute("idref", idref);
            m_w.end_empty();
        }
        m_w.end_on_new_line();
    }
};

}  // namespace

void write_package_document(const Article& article, const PackageContent& content,
                            std::string& out) {
    PackageWriter(article, content, out).write();
}

}  // namespace galley::epub
