// The navigation document: the headline and the body's headings as nested lists.
#include "navigation_document.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>
#include <galley/xhtml/document_writer.hpp>
#include <galley/xml/writer.hpp>

namespace galley::epub {

namespace {

class NavWriter {
public:
    NavWriter(const Article& article, std::string& out)
        : m_a(article), m_w(out),
          m_contents(presentation::label(presentation::Label::Contents, article.language)) {}

    void write(const std::vector<xhtml::HeadingAnchor>& headings, const std::string& content_href,
               const std::string& stylesheet_href) {
        xhtml::start_xhtml(m_w, m_a.language, m_contents, true);
        xhtml::stylesheet_link(m_w, stylesheet_href);
        m_w.end_on_new_line();
        m_w.line_break();
        m_w.start("body");
        toc(headings, content_href);
        landmarks(content_href);
        m_w.end_on_new_line();
        m_w.end_on_new_line();
        m_w.finish();
    }

private:
    const Article& m_a;
    xml::Writer m_w;
    const std::string m_contents;  ///< the table of contents' title

    void link(const std::string& href, std::string_view label, const char* type = nullptr) {
        m_w.start("a");
        if (type != nullptr) {
            m_w.attribute("epub:type", type);
        }
        m_w.attribute("href", href);
        m_w.text(label);
        m_w.end();
    }

    // The headline is the one top entry; each heading nests under the nearest one
    // before it of a lower level, so a jump from h2 to h4 is one step, not two.
    void toc(const std::vector<xhtml::HeadingAnchor>& headings, const std::string& content_href) {
        m_w.line_break();
        m_w.start("nav");
        m_w.attribute("epub:type", "toc");
        m_w.attribute("id", "toc");
        m_w.attribute("role", "doc-toc");
        m_w.line_break();
        m_w.element("h1", m_contents);
        m_w.line_break();
        m_w.start("ol");
        m_w.line_break();
        m_w.start("li");
        link(content_href, entry_text(m_a.headline, 0));
        std::vector<int> levels;  // the open headings' levels, innermost last
        std::size_t depth = 0;    // of the entry written last; the headline's is 0
        std::size_t number = 0;
        for (const auto& heading : headings) {
            while (!levels.empty() && levels.back() >= heading.level) {
                levels.pop_back();
            }
            levels.push_back(heading.level);
            const std::size_t target = levels.size();  // at most depth + 1
            if (target > depth) {
                m_w.line_break();
                m_w.start("ol");
            } else {
                m_w.end();  // the previous entry's li, which has no children
                for (std::size_t d = depth; d > target; --d) {
                    m_w.end_on_new_line();  // ol
                    m_w.end_on_new_line();  // li
                }
            }
            m_w.line_break();
            m_w.start("li");
            link(content_href + "#" + heading.id, entry_text(*heading.text, ++number));
            depth = target;
        }
        m_w.end();  // the last entry's li
        for (std::size_t d = depth; d > 0; --d) {
            m_w.end_on_new_line();  // ol
            m_w.end_on_new_line();  // li
        }
        m_w.end_on_new_line();  // the top ol
        m_w.end_on_new_line();  // nav
    }

    std::string entry_text(const InlineText& text, std::size_t number) const {
        std::string plain = plain_text(text);
        if (plain.empty()) {
            plain = m_contents + " " + std::to_string(number);
        }
        return plain;
    }

    void landmarks(const std::string& content_href) {
        m_w.line_break();
        m_w.start("nav");
        m_w.attribute("epub:type", "landmarks");
        m_w.attribute("hidden", "hidden");
        m_w.line_break();
        m_w.element("h2", "Landmarks");
        m_w.line_break();
        m_w.start("ol");
        m_w.line_break();
        m_w.start("li");
        link(content_href, plain_text(m_a.headline), "bodymatter");
        m_w.end();
        m_w.end_on_new_line();
        m_w.end_on_new_line();
    }
};

}  // namespace

void write_navigation_document(const Article& article,
                               const std::vector<xhtml::HeadingAnchor>& headings,
                               const std::string& content_href, const std::string& stylesheet_href,
                               std::string& out) {
    NavWriter(article, out).write(headings, content_href, stylesheet_href);
}

}  // namespace galley::epub
