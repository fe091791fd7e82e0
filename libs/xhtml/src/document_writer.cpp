// The article as a complete XHTML5 document: head, header, body blocks, footer.
#include <galley/xhtml/document_writer.hpp>

#include <galley/presentation.hpp>
#include <galley/text.hpp>
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

class PageWriter {
public:
    PageWriter(const Article& article, const DocumentOptions& options, std::string& out)
        : m_a(article), m_options(options), m_w(out) {}

    DocumentReport write() {
        DocumentReport report;
        head();
        m_w.line_break();
        m_w.start("body");
        m_w.line_break();
        // header, main and footer are the page's landmarks (banner, main, contentinfo):
        // inside an <article> a header or footer would be none.
        m_w.start("div");
        m_w.attribute("class", "article");
        header();
        m_w.line_break();
        m_w.start("main");
        m_w.attribute("class", "article-body");
        report.body = write_body(m_w, m_a.body, m_options.body);
        m_w.end_on_new_line();
        footer();
        m_w.end_on_new_line();  // div.article
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

    void time(const DateTime& date, std::string_view shown, const char* css_class) {
        m_w.start("time");
        if (css_class != nullptr) {
            m_w.attribute("class", css_class);
        }
        m_w.attribute("datetime", date.iso8601());
        m_w.text(shown);
        m_w.end();
    }

    // `text` as the presentation layer words it, its date marked up as <time> where
    // it occurs, so the page reads exactly what every other format prints.
    void text_with_time(std::string_view text, const DateTime& date, std::string_view shown) {
        const std::size_t at = shown.empty() ? std::string_view::npos : text.find(shown);
        if (at == std::string_view::npos) {
            m_w.text(text);
            return;
        }
        m_w.text(text.substr(0, at));
        time(date, shown, nullptr);
        m_w.text(text.substr(at + shown.size()));
    }

    void notice(const char* css_class, std::string_view text, const DateTime* until) {
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", css_class);
        m_w.attribute("role", "note");
        m_w.start("strong");
        if (until != nullptr) {
            text_with_time(text, *until,
                           presentation::format_date_time(*until, m_a.language,
                                                          presentation::article_utc_offset(m_a)));
        } else {
            m_w.text(text);
        }
        m_w.end();
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
            notice("notice notice-canceled", presentation::status_notice(m_a), nullptr);
        } else if (m_a.status == PubStatus::Withheld) {
            notice("notice notice-withheld", presentation::status_notice(m_a), nullptr);
        }
        if (m_a.embargo) {
            notice("notice notice-embargo", presentation::embargo_notice(m_a), &*m_a.embargo);
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
        const std::string text = presentation::byline(m_a);
        if (text.empty()) {
            return;
        }
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", "byline");
        m_w.text(text);
        m_w.end();
    }

    void dateline() {
        const presentation::DatelineText line = presentation::dateline(m_a);
        const std::string updated = presentation::updated_notice(m_a);
        if (line.empty() && updated.empty()) {
            return;
        }
        m_w.line_break();
        m_w.start("p");
        m_w.attribute("class", "dateline");
        if (!line.empty()) {
            // The dateline's own text (place, separator, date) in one span, so that
            // span's text is what every format prints; the update note stands apart.
            m_w.start("span");
            m_w.attribute("class", "dateline-text");
            if (!line.place.empty()) {
                m_w.start("span");
                m_w.attribute("class", "place");
                m_w.text(line.place);
                m_w.end();
            }
            m_w.text(line.separator);
            if (line.when != nullptr) {
                time(*line.when, line.date, "published");
            }
            m_w.end();
        }
        if (!updated.empty()) {
            if (!line.empty()) {
                m_w.text(" ");
            }
            m_w.start("span");
            m_w.attribute("class", "updated");
            const std::string updated_date = presentation::format_date(
                *m_a.updated, m_a.language, presentation::article_utc_offset(m_a));
            text_with_time(updated, *m_a.updated, updated_date);
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
            m_w.text(presentation::label(presentation::Label::Source, m_a.language));
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
            m_w.attribute("aria-label",
                          presentation::label(presentation::Label::Keywords, m_a.language));
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
        const std::string heading =
            presentation::label(presentation::Label::Corrections, m_a.language);
        m_w.attribute("aria-label", heading);
        m_w.line_break();
        m_w.element("h2", heading);
        for (const auto& correction : m_a.corrections) {
            m_w.line_break();
            m_w.start("p");
            m_w.start("strong");
            text_with_time(presentation::correction_label(m_a, correction), correction.date,
                           presentation::format_date(correction.date, m_a.language,
                                                     presentation::article_utc_offset(m_a)));
            m_w.end();
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

void start_xhtml(xml::Writer& w, std::string_view language, std::string_view title,
                 bool epub_namespace) {
    w.declaration();
    w.doctype("html");
    w.start("html");
    w.namespace_declaration("", xml::xhtml_namespace);
    if (epub_namespace) {
        w.namespace_declaration("epub", xml::epub_namespace);
    }
    w.attribute("lang", language);
    w.attribute("xml:lang", language);
    if (presentation::is_right_to_left(language)) {
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
    return presentation::copyright_line(article);
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
        diagnostics.warning(
            {article.source_name, 0, 0},
            std::to_string(report.body.unsafe_links) +
                " link(s) with a scheme other than http, https or mailto written as plain text");
    }
    if (report.replaced_characters > 0) {
        diagnostics.warning({article.source_name, 0, 0},
                            std::to_string(report.replaced_characters) +
                                " character(s) not allowed in XML replaced by U+FFFD");
    }
}

std::string safe_file_name(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        out += plain ? c : '-';
    }
    return out;
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
        std::string name = safe_file_name(base_name(image->path));
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
