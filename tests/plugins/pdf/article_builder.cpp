// The Article builder and its tiny inline-markup reader.
#include "article_builder.hpp"

namespace galley::test {

namespace {

// Parses markup from `pos` until `stop` (or the end) into runs.
InlineText parse(const std::string& s, std::size_t& pos, const std::string& stop) {
    InlineText out;
    std::string text;
    auto flush = [&] {
        if (!text.empty()) {
            Inline run;
            run.text = text;
            out.push_back(std::move(run));
            text.clear();
        }
    };
    while (pos < s.size()) {
        if (!stop.empty() && s.compare(pos, stop.size(), stop) == 0) {
            pos += stop.size();
            break;
        }
        if (s.compare(pos, 2, "**") == 0) {
            flush();
            pos += 2;
            Inline run;
            run.kind = Inline::Kind::Strong;
            run.children = parse(s, pos, "**");
            out.push_back(std::move(run));
        } else if (s[pos] == '*') {
            flush();
            ++pos;
            Inline run;
            run.kind = Inline::Kind::Emphasis;
            run.children = parse(s, pos, "*");
            out.push_back(std::move(run));
        } else if (s[pos] == '`') {
            flush();
            const std::size_t end = s.find('`', pos + 1);
            Inline run;
            run.kind = Inline::Kind::Code;
            run.text = s.substr(pos + 1, end - pos - 1);
            out.push_back(std::move(run));
            pos = end + 1;
        } else if (s[pos] == '[') {
            flush();
            ++pos;
            Inline run;
            run.kind = Inline::Kind::Link;
            run.children = parse(s, pos, "](");
            const std::size_t end = s.find(')', pos);
            run.url = s.substr(pos, end - pos);
            pos = end + 1;
            out.push_back(std::move(run));
        } else if (s[pos] == '\n') {
            flush();
            ++pos;
            Inline run;
            run.kind = Inline::Kind::LineBreak;
            out.push_back(std::move(run));
        } else {
            text += s[pos++];
        }
    }
    flush();
    return out;
}

}  // namespace

InlineText inline_text(const std::string& markup) {
    std::size_t pos = 0;
    return parse(markup, pos, "");
}

ArticleBuilder::ArticleBuilder(std::string id, std::string language) {
    m_article.id = std::move(id);
    m_article.language = std::move(language);
    m_article.source_name = "samples/" + m_article.id + ".yaml";
}

ArticleBuilder& ArticleBuilder::section(std::string text) {
    m_article.section = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::headline(const std::string& markup) {
    m_article.headline = inline_text(markup);
    return *this;
}
ArticleBuilder& ArticleBuilder::subheadline(const std::string& markup) {
    m_article.subheadline = inline_text(markup);
    return *this;
}
ArticleBuilder& ArticleBuilder::summary(const std::string& markup) {
    m_article.summary = inline_text(markup);
    return *this;
}
ArticleBuilder& ArticleBuilder::byline(std::string text) {
    m_article.byline = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::author(std::string name, std::string role) {
    Person p;
    p.name = std::move(name);
    p.role = std::move(role);
    m_article.authors.push_back(std::move(p));
    return *this;
}
ArticleBuilder& ArticleBuilder::source(std::string text) {
    m_article.source = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::dateline(std::string place, std::optional<DateTime> when) {
    m_article.dateline = Dateline{std::move(place), when};
    return *this;
}
ArticleBuilder& ArticleBuilder::created(DateTime when) {
    m_article.created = when;
    return *this;
}
ArticleBuilder& ArticleBuilder::published(DateTime when) {
    m_article.published = when;
    return *this;
}
ArticleBuilder& ArticleBuilder::updated(DateTime when) {
    m_article.updated = when;
    return *this;
}
ArticleBuilder& ArticleBuilder::embargo(DateTime when) {
    m_article.embargo = when;
    return *this;
}
ArticleBuilder& ArticleBuilder::keywords(std::vector<std::string> words) {
    m_article.keywords = std::move(words);
    return *this;
}
ArticleBuilder& ArticleBuilder::copyright(std::string holder, int year, std::string notice) {
    m_article.copyright = Copyright{std::move(holder), year, std::move(notice)};
    return *this;
}
ArticleBuilder& ArticleBuilder::correction(DateTime when, const std::string& markup) {
    m_article.corrections.push_back({when, inline_text(markup)});
    return *this;
}

void ArticleBuilder::add(BlockContent content) {
    Block b;
    b.content = std::move(content);
    b.at = {m_line, 5};
    m_line += 3;
    m_article.body.push_back(std::move(b));
}

ArticleBuilder& ArticleBuilder::paragraph(const std::string& markup) {
    add(Paragraph{inline_text(markup)});
    return *this;
}
ArticleBuilder& ArticleBuilder::heading(const std::string& markup, int level) {
    add(Heading{level, inline_text(markup)});
    return *this;
}
ArticleBuilder& ArticleBuilder::quote(const std::string& markup, const std::string& by) {
    add(Quote{inline_text(markup), by.empty() ? InlineText{} : inline_text(by)});
    return *this;
}
ArticleBuilder& ArticleBuilder::list(const std::vector<std::string>& items, bool ordered) {
    List l;
    l.ordered = ordered;
    for (const auto& i : items) {
        l.items.push_back(inline_text(i));
    }
    add(std::move(l));
    return *this;
}
ArticleBuilder& ArticleBuilder::image(std::string path, std::shared_ptr<const std::string> bytes,
                                      int width, int height, std::string alt,
                                      const std::string& caption, std::string credit) {
    Image img;
    img.path = std::move(path);
    const bool png = bytes && bytes->size() > 4 && bytes->compare(1, 3, "PNG") == 0;
    img.media_type = png ? "image/png" : "image/jpeg";
    img.width = width;
    img.height = height;
    img.data = std::move(bytes);
    img.alt = std::move(alt);
    img.caption = caption.empty() ? InlineText{} : inline_text(caption);
    img.credit = std::move(credit);
    add(std::move(img));
    return *this;
}
ArticleBuilder& ArticleBuilder::rule() {
    add(Rule{});
    return *this;
}

}  // namespace galley::test
