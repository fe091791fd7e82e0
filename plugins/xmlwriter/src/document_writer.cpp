// The article as a complete XHTML5 document: head, header, body blocks, footer.
#include <galley/xhtml/document_writer.hpp>

#include <galley/text.hpp>
#include <galley/xhtml/labels.hpp>
#include <galley/xhtml/stylesheet.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace galley::xhtml {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

std::vector<std::string> author_names(const Article& article) {
    std::vector<std::string> names;
    for (const auto& person : article.authors) {
        if (!person.name.empty()) {
            names.push_back(person.name);
        }
    }
    return names;
}

// The date the page shows first: publication, else when it was filed, else created.
const DateTime* main_date(const Article& a) {
    if (a.published) {
        return &*a.published;
    }
    if (a.dateline && a.dateline->date) {
        return &*a.dateline->date;
    }
    if (a.created) {
        return &*a.created;
    }
    return nullptr;
}

bool same_moment(const DateTime& a, const DateTime& b) {
    return a.iso8601() == b.iso8601();
}

class PageWriter {
public:
    PageWriter(const Article& article, const DocumentOptions& options, std::string& out)
        : m_a(article), m_options(options), m_w(out), m_labels(labels_for(article.language)) {}

    DocumentReport write() {
        DocumentReport report;
        head();
        m_w.line_break();
        m_w.start("body");
        m_w.line_break();
        m_w.start("article");
        m_w.attribute("class", "article");
        header();
        m_w.line_break();
        m_w.start("div");
        m_w.attribute("class", "article-body");
        report.body = write_body(m_w, m_a.body, m_options.body);
        m_w.end_on_new_line();
        footer();
        m_w.end_on_new_line();  // article
        m_w.end_on_new_line();  // body
        m_w.end_on_new_line();  // html
        m_w.finish();
        report.replaced_characters = m_w.replaced_characters();
        return report;
    }

private:
    const Article& m_a;
    const DocumentOptions& m_options;
    xml::Writer m_w;
    const Labels& m_labels;

    void meta(const char* name, std::string_view content) {
        if (content.empty()) {
            return;
        }
        m_w.line_break();
        m_w.start("meta");
        m_w.attribute("name", name);
        m_w.attribute("content", content);
        m_w.end_empty();
    }

    void head() {
        start_xhtml(m_w, m_a.language, plain_text(m_a.headline));
        if (m_options.packaging == Packaging::Web) {
            meta("viewport", "width=device-width, initial-scale=1");
        }
        meta("description", plain_text(m_a.summary.empty() ? m_a.subheadline : m_a.summary));
        meta("keywords", join(m_a.keywords, ", "));
        const std::vector<std::string> authors = author_names(m_a);
        meta("author", authors.empty() ? m_a.byline : join(authors, ", "));
        if (m_options.stylesheet_href.empty()) {
            m_w.line_break();
            m_w.start("style");
            m_w.trusted_text(default_stylesheet(m_options.packaging));
            m_w.end();
        } else {
            stylesheet_link(m_w, m_options.stylesheet_href);
        }
        m_w.end_on_new_line();
    }

    void time(const DateTime& date, const char* css_class) {
        m_w.start("time");
        if (css_class != nullptr) {
            m_w.attribute("class", css_class);
        }
        m_w.attribute("datetime", date.iso8601());
        m_w.text(human_date(date, m_a.language));
        m_w.end();
    }

    void notice(const char* css_class, std::string_view label, const DateTime* until) {
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", css_class);
        m_w.attribute("role", "note");
        m_w.start("strong");
        m_w.text(label);
        m_w.end();
        if (until != nullptr) {
            m_w.text(" ");
            time(*until, nullptr);
        }
        m_w.end();
    }

    void inline_paragraph(const char* css_class, const InlineText& text) {
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", css_class);
        write_inline(m_w, text);
        m_w.end();
    }

    void header() {
        m_w.line_break();
        m_w.start("header");
        m_w.attribute("class", "article-header");
        if (m_a.status == PubStatus::Canceled) {
            notice("notice notice-canceled", m_labels.canceled, nullptr);
        } else if (m_a.status == PubStatus::Withheld) {
            notice("notice notice-withheld", m_labels.withheld, nullptr);
        }
        if (m_a.embargo) {
            notice("notice notice-embargo", m_labels.embargoed, &*m_a.embargo);
        }
        if (!m_a.section.empty()) {
            m_w.line_break();
            m_w.start("p");
            m_w.attribute("class", "section");
            m_w.text(m_a.section);
            m_w.end();
        }
        m_w.line_break();
        m_w.start("h1");
        write_inline(m_w, m_a.headline);
        m_w.end();
        if (!m_a.subheadline.empty()) {
            inline_paragraph("dek", m_a.subheadline);
        }
        byline();
        dateline();
        m_w.end_on_new_line();
    }

    void byline() {
        std::string text = m_a.byline;
        if (text.empty()) {
            const std::vector<std::string> names = author_names(m_a);
            if (names.empty()) {
                return;
            }
            text = std::string(m_labels.by) + join(names, m_labels.list_separator);
        }
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", "byline");
        m_w.text(text);
        m_w.end();
    }

    void dateline() {
        const DateTime* shown = main_date(m_a);
        const bool has_place = m_a.dateline && !m_a.dateline->place.empty();
        const bool show_updated = m_a.updated && (shown == nullptr || !same_moment(*shown, *m_a.updated));
        if (!has_place && shown == nullptr && !show_updated) {
            return;
        }
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", "dateline");
        if (has_place) {
            m_w.start("span");
            m_w.attribute("class", "place");
            m_w.text(m_a.dateline->place);
            m_w.end();
        }
        if (shown != nullptr) {
            if (has_place) {
                m_w.text(" ");
            }
            time(*shown, "published");
        }
        if (show_updated) {
            if (has_place || shown != nullptr) {
                m_w.text(" ");
            }
            m_w.start("span");
            m_w.attribute("class", "updated");
            m_w.text(m_labels.updated);
            m_w.text(" ");
            time(*m_a.updated, nullptr);
            m_w.end();
        }
        m_w.end();
    }

    void footer() {
        const std::string rights_text = rights_statement(m_a);
        if (m_a.corrections.empty() && m_a.source.empty() && rights_text.empty() &&
            m_a.keywords.empty()) {
            return;
        }
        m_w.line_break();
        m_w.start("footer");
        m_w.attribute("class", "article-footer");
        if (!m_a.corrections.empty()) {
            corrections();
        }
        if (!m_a.source.empty()) {
            m_w.line_break();
            m_w.start("p");
            m_w.attribute("class", "source");
            m_w.text(m_labels.source);
            m_w.text(m_a.source);
            m_w.end();
        }
        if (!rights_text.empty()) {
            m_w.line_break();
            m_w.start("p");
            m_w.attribute("class", "rights");
            m_w.text(rights_text);
            m_w.end();
        }
        if (!m_a.keywords.empty()) {
            m_w.line_break();
            m_w.start("ul");
            m_w.attribute("class", "keywords");
            m_w.attribute("aria-label", m_labels.keywords);
            for (const auto& keyword : m_a.keywords) {
                m_w.line_break();
                m_w.element("li", keyword);
            }
            m_w.end_on_new_line();
        }
        m_w.end_on_new_line();
    }

    void corrections() {
        m_w.line_break();
        m_w.start("section");
        m_w.attribute("class", "corrections");
        m_w.attribute("aria-label", m_labels.corrections);
        m_w.line_break();
        m_w.element("h2", m_labels.corrections);
        for (const auto& correction : m_a.corrections) {
            m_w.line_break();
            m_w.start("p");
            time(correction.date, nullptr);
            m_w.text(" ");
            write_inline(m_w, correction.text);
            m_w.end();
        }
        m_w.end_on_new_line();
    }
};

std::string_view base_name(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view extension_for(const Image& image) {
    return image.media_type == "image/png" ? ".png" : ".jpg";
}

}  // namespace

void start_xhtml(xml::Writer& w, std::string_view language, std::string_view title, bool epub_namespace) {
    w.declaration();
    w.doctype("html");
    w.start("html");
    w.namespace_declaration("", xml::xhtml_namespace);
    if (epub_namespace) {
        w.namespace_declaration("epub", xml::epub_namespace);
    }
    w.attribute("lang", language);
    w.attribute("xml:lang", language);
    if (is_right_to_left(language)) {
        w.attribute("dir", "rtl");
    }
    w.line_break();
    w.start("head");
    w.line_break();
    w.start("meta");
    w.attribute("charset", "UTF-8");
    w.end_empty();
    w.line_break();
    w.element("title", title);
}

void stylesheet_link(xml::Writer& w, std::string_view href) {
    w.line_break();
    w.start("link");
    w.attribute("rel", "stylesheet");
    w.attribute("href", href);
    w.end_empty();
}

DocumentReport write_document(const Article& article, const DocumentOptions& options,
                              std::string& out) {
    return PageWriter(article, options, out).write();
}

std::string rights_statement(const Article& article) {
    if (!article.copyright) {
        return {};
    }
    const Copyright& c = *article.copyright;
    if (!c.notice.empty()) {
        return c.notice;
    }
    std::string out = "\xC2\xA9";  // ©
    if (c.year) {
        out += ' ';
        out += std::to_string(*c.year);
    }
    if (!c.holder.empty()) {
        out += ' ';
        out += c.holder;
    }
    return out;
}

void report_problems(const DocumentReport& report, const Article& article,
                     DiagnosticSink& diagnostics) {
    for (const Block* block : report.body.skipped_images) {
        const auto& image = std::get<Image>(block->content);
        std::string message = "image '";
        message += image.path;
        message += "' could not be included; only its caption, if any, is kept";
        diagnostics.warning({article.source_name, block->at.line, block->at.column}, message);
    }
    if (report.body.unsafe_links > 0) {
        diagnostics.warning({article.source_name, 0, 0},
                            std::to_string(report.body.unsafe_links) +
                                " link(s) with a scheme other than http, https or mailto written as plain text");
    }
    if (report.replaced_characters > 0) {
        diagnostics.warning({article.source_name, 0, 0},
                            std::to_string(report.replaced_characters) +
                                " character(s) not allowed in XML replaced by U+FFFD");
    }
}

std::vector<std::string> image_file_names(const std::vector<Block>& body) {
    std::vector<std::string> names;
    // Names taken so far, in lower case: "Photo.png" and "photo.png" are one file on
    // case-insensitive file systems and one entry for many ZIP readers.
    std::unordered_set<std::string> taken;
    // For each own name (lower case), the next number to try: every candidate is tried
    // at most once, so naming stays linear however the names collide.
    std::unordered_map<std::string, std::size_t> next_number;
    auto folded = [](std::string s) {
        for (char& c : s) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        return s;
    };
    for (const auto& block : body) {
        const auto* image = std::get_if<Image>(&block.content);
        if (image == nullptr) {
            continue;
        }
        const std::size_t number = names.size() + 1;
        std::string name;
        for (char c : base_name(image->path)) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                               (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            name += plain ? c : '-';
        }
        if (name.empty() || name.front() == '.' || name.find('.') == std::string::npos) {
            name = "image-";
            name += std::to_string(number);
            name += extension_for(*image);
        }
        const std::string own = name;
        std::string key = folded(name);
        if (taken.count(key)) {
            std::size_t& n = next_number[key];
            n = std::max(n, number);
            do {
                name = std::to_string(n++) + "-" + own;
                key = folded(name);
            } while (taken.count(key));
        }
        taken.insert(std::move(key));
        names.push_back(std::move(name));
    }
    return names;
}

}  // namespace galley::xhtml
