// The article body (blocks and inline runs) as XHTML elements.
#include <galley/xhtml/body_writer.hpp>

#include <galley/text.hpp>
#include <galley/xhtml/href.hpp>

#include <string_view>
#include <type_traits>
#include <variant>

namespace galley::xhtml {

namespace {

// An id from a heading's text: ASCII letters and digits, lower case, other runs as one
// hyphen. Falls back to "section-N" when nothing is left (a Chinese heading) and
// never starts with a digit, so it is also a valid XML NCName for EPUB.
std::string slug(const InlineText& text, std::size_t number) {
    constexpr std::size_t max_length = 60;
    std::string out;
    bool hyphen = false;
    for (char c : plain_text(text)) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!digit && !letter) {
            hyphen = !out.empty();
            continue;
        }
        if (out.size() >= max_length) {
            break;
        }
        if (hyphen) {
            out += '-';
            hyphen = false;
        }
        out += letter && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (out.empty()) {
        std::string fallback = "section-";
        fallback += std::to_string(number);
        return fallback;
    }
    if (out.front() >= '0' && out.front() <= '9') {
        out.insert(0, "section-");
    }
    return out;
}

std::string unique_id(std::string id, const std::vector<HeadingAnchor>& taken) {
    auto used = [&](const std::string& candidate) {
        for (const auto& anchor : taken) {
            if (anchor.id == candidate) {
                return true;
            }
        }
        return false;
    };
    if (!used(id)) {
        return id;
    }
    for (std::size_t n = 2;; ++n) {
        std::string candidate = id + "-" + std::to_string(n);
        if (!used(candidate)) {
            return candidate;
        }
    }
}

// Writes one block; keeps the state write_body() threads through the blocks.
class BlockWriter {
public:
    BlockWriter(xml::Writer& writer, const BodyOptions& options, BodyReport& report)
        : m_w(writer), m_options(options), m_report(report) {}

    void write(const Block& block) {
        std::visit([&](const auto& content) { write(block, content); }, block.content);
    }

private:
    xml::Writer& m_w;
    const BodyOptions& m_options;
    BodyReport& m_report;
    std::size_t m_images = 0;
    std::size_t m_headings = 0;

    void runs(const InlineText& text) { m_report.unsafe_links += write_inline(m_w, text); }

    void inline_element(const char* name, const InlineText& text) {
        m_w.start(name);
        runs(text);
        m_w.end();
    }

    void write(const Block&, const Paragraph& p) {
        m_w.line_break();
        inline_element("p", p.content);
    }

    void write(const Block&, const Heading& h) {
        static constexpr const char* names[] = {"h2", "h3", "h4"};
        const int level = h.level < 2 ? 2 : (h.level > 4 ? 4 : h.level);
        ++m_headings;
        m_w.line_break();
        m_w.start(names[level - 2]);
        if (m_options.heading_ids) {
            HeadingAnchor anchor{level, unique_id(slug(h.content, m_headings), m_report.headings),
                                 &h.content};
            m_w.attribute("id", anchor.id);
            m_report.headings.push_back(std::move(anchor));
        }
        runs(h.content);
        m_w.end();
    }

    void write(const Block&, const Quote& q) {
        m_w.line_break();
        const bool attributed = !q.attribution.empty();
        if (attributed) {
            m_w.start("figure");
            m_w.attribute("class", "quote");
            m_w.line_break();
        }
        m_w.start("blockquote");
        inline_element("p", q.content);
        m_w.end();
        if (attributed) {
            m_w.line_break();
            inline_element("figcaption", q.attribution);
            m_w.end_on_new_line();
        }
    }

    void write(const Block&, const List& list) {
        m_w.line_break();
        m_w.start(list.ordered ? "ol" : "ul");
        for (const auto& item : list.items) {
            m_w.line_break();
            inline_element("li", item);
        }
        m_w.end_on_new_line();
    }

    void write(const Block& block, const Image& image) {
        const std::size_t index = m_images++;
        std::string src;
        if (m_options.images == ImageBlocks::Figure && m_options.image_source) {
            src = m_options.image_source(image, index);
        }
        const bool has_caption = !image.caption.empty() || !image.credit.empty();
        if (src.empty()) {
            m_report.skipped_images.push_back(&block);
            if (m_options.images == ImageBlocks::Skip || !has_caption) {
                return;
            }
        }
        m_w.line_break();
        m_w.start("figure");
        m_w.attribute("class", "image");
        if (!src.empty()) {
            m_w.line_break();
            m_w.start("img");
            m_w.attribute("src", src);
            m_w.attribute("alt", image.alt);
            if (image.width > 0 && image.height > 0) {
                m_w.attribute("width", std::to_string(image.width));
                m_w.attribute("height", std::to_string(image.height));
            }
            m_w.end_empty();
        }
        if (has_caption) {
            m_w.line_break();
            m_w.start("figcaption");
            runs(image.caption);
            if (!image.credit.empty()) {
                if (!image.caption.empty()) {
                    m_w.text(" ");
                }
                m_w.start("small");
                m_w.attribute("class", "credit");
                m_w.text(image.credit);
                m_w.end();
            }
            m_w.end();
        }
        m_w.end_on_new_line();
    }

    void write(const Block&, const Rule&) {
        m_w.line_break();
        m_w.start("hr");
        m_w.end_empty();
    }
};

}  // namespace

std::size_t write_inline(xml::Writer& writer, const InlineText& text) {
    std::size_t unsafe = 0;
    for (const auto& run : text) {
        switch (run.kind) {
        case Inline::Kind::Text: writer.text(run.text); break;
        case Inline::Kind::Code: writer.element("code", run.text); break;
        case Inline::Kind::LineBreak:
            writer.start("br");
            writer.end_empty();
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            writer.start(run.kind == Inline::Kind::Emphasis ? "em" : "strong");
            unsafe += write_inline(writer, run.children);
            writer.end();
            break;
        case Inline::Kind::Link:
            if (!is_safe_url(run.url)) {
                ++unsafe;
                unsafe += write_inline(writer, run.children);
                break;
            }
            writer.start("a");
            writer.attribute("href", href_from_url(run.url));
            if (!run.title.empty()) {
                writer.attribute("title", run.title);
            }
            writer.attribute("rel", "noopener");
            unsafe += write_inline(writer, run.children);
            writer.end();
            break;
        }
    }
    return unsafe;
}

BodyReport write_body(xml::Writer& writer, const std::vector<Block>& body,
                      const BodyOptions& options) {
    BodyReport report;
    BlockWriter blocks(writer, options, report);
    for (const auto& block : body) {
        blocks.write(block);
    }
    return report;
}

}  // namespace galley::xhtml
