// toc.ncx: the same outline as nav.xhtml (headline, then headings by level), in the
// NCX vocabulary EPUB 2 reading systems read.
#include "ncx_document.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>
#include <galley/xml/writer.hpp>

#include <algorithm>

namespace galley::epub {

namespace {

constexpr const char* ncx_namespace = "http://www.daisy.org/z3986/2005/ncx/";

class NcxWriter {
public:
    NcxWriter(const Article& article, std::string& out)
        : m_a(article), m_w(out),
          m_contents(presentation::label(presentation::Label::Contents, article.language)) {}

    void write(const std::vector<xhtml::HeadingAnchor>& headings, const std::string& identifier,
               const std::string& content_href) {
        m_w.declaration();
        m_w.start("ncx");
        m_w.namespace_declaration("", ncx_namespace);
        m_w.attribute("version", "2005-1");
        m_w.attribute("xml:lang", m_a.language);
        head(identifier, depth_of(headings));
        m_w.line_break();
        m_w.start("docTitle");
        m_w.element("text", plain_text(m_a.headline));
        m_w.end();
        nav_map(headings, content_href);
        m_w.end_on_new_line();
        m_w.finish();
    }

private:
    const Article& m_a;
    xml::Writer m_w;
    const std::string m_contents;
    int m_play_order = 0;

    // The nesting nav.xhtml uses: a heading sits under the nearest earlier one of a
    // lower level, so its depth is the number of such open headings, plus the headline.
    static std::vector<std::size_t> depths(const std::vector<xhtml::HeadingAnchor>& headings) {
        std::vector<std::size_t> out;
        std::vector<int> levels;
        for (const auto& heading : headings) {
            while (!levels.empty() && levels.back() >= heading.level) {
                levels.pop_back();
            }
            levels.push_back(heading.level);
            out.push_back(levels.size());
        }
        return out;
    }

    static std::size_t depth_of(const std::vector<xhtml::HeadingAnchor>& headings) {
        const std::vector<std::size_t> d = depths(headings);
        return 1 + (d.empty() ? 0 : *std::max_element(d.begin(), d.end()));
    }

    void meta(const char* name, const std::string& content) {
        m_w.line_break();
        m_w.start("meta");
        m_w.attribute("name", name);
        m_w.attribute("content", content);
        m_w.end_empty();
    }

    void head(const std::string& identifier, std::size_t depth) {
        m_w.line_break();
        m_w.start("head");
        meta("dtb:uid", identifier);
        meta("dtb:depth", std::to_string(depth));
        meta("dtb:totalPageCount", "0");
        meta("dtb:maxPageNumber", "0");
        m_w.end_on_new_line();
    }

    void open_point(const std::string& label, const std::string& src) {
        ++m_play_order;
        m_w.line_break();
        m_w.start("navPoint");
        m_w.attribute("id", "navpoint-" + std::to_string(m_play_order));
        m_w.attribute("playOrder", std::to_string(m_play_order));
        m_w.start("navLabel");
        m_w.element("text", label);
        m_w.end();
        m_w.start("content");
        m_w.attribute("src", src);
        m_w.end_empty();
    }

    std::string entry_text(const InlineText& text, std::size_t number) const {
        std::string plain = plain_text(text);
        return plain.empty() ? m_contents + " " + std::to_string(number) : plain;
    }

    void nav_map(const std::vector<xhtml::HeadingAnchor>& headings,
                 const std::string& content_href) {
        m_w.line_break();
        m_w.start("navMap");
        open_point(entry_text(m_a.headline, 0), content_href);
        const std::vector<std::size_t> depth = depths(headings);
        std::size_t open = 0;  // headings' navPoints still open below the headline's
        for (std::size_t i = 0; i < headings.size(); ++i) {
            for (; open >= depth[i]; --open) {
                m_w.end_on_new_line();
            }
            open_point(entry_text(*headings[i].text, i + 1), content_href + "#" + headings[i].id);
            ++open;
        }
        for (; open > 0; --open) {
            m_w.end_on_new_line();
        }
        m_w.end_on_new_line();  // the headline's navPoint
        m_w.end_on_new_line();  // navMap
    }
};

}  // namespace

void write_ncx_document(const Article& article, const std::vector<xhtml::HeadingAnchor>& headings,
                        const std::string& identifier, const std::string& content_href,
                        std::string& out) {
    NcxWriter(article, out).write(headings, identifier, content_href);
}

}  // namespace galley::epub
