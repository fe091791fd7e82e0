// The Article builder, the inline-run helpers and the tiny inline-markup reader.
#include "article_builder.hpp"

#include <memory>

namespace galley::test {

Inline text(std::string s) {
    Inline run;
    run.text = std::move(s);
    return run;
}

namespace {
Inline parent(Inline::Kind kind, InlineText children) {
    Inline run;
    run.kind = kind;
    run.children = std::move(children);
    return run;
}
}  // namespace

Inline emphasis(InlineText children) { return parent(Inline::Kind::Emphasis, std::move(children)); }
Inline strong(InlineText children) { return parent(Inline::Kind::Strong, std::move(children)); }
Inline code(std::string s) {
    Inline run;
    run.kind = Inline::Kind::Code;
    run.text = std::move(s);
    return run;
}
Inline link(std::string url, InlineText children) {
    Inline run = parent(Inline::Kind::Link, std::move(children));
    run.url = std::move(url);
    return run;
}
Inline line_break() {
    Inline run;
    run.kind = Inline::Kind::LineBreak;
    return run;
}

InlineText plain(std::string s) { return {text(std::move(s))}; }

namespace {

// Parses markup from `pos` until `stop` (or the end) into runs.
InlineText parse(const std::string& s, std::size_t& pos, const std::string& stop) {
    InlineText out;
    std::string chars;
    auto flush = [&] {
        if (!chars.empty()) {
            out.push_back(text(chars));
            chars.clear();
        }
    };
    while (pos < s.size()) {
        if (!stop.empty() && s.compare(pos, stop.size(), stop) == 0) {
            pos += stop.size();
            break;
        }
        const std::size_t code_end = s[pos] == '`' ? s.find('`', pos + 1) : std::string::npos;
        const std::size_t label_end = s[pos] == '[' ? s.find("](", pos + 1) : std::string::npos;
        const std::size_t url_end =
            label_end == std::string::npos ? std::string::npos : s.find(')', label_end + 2);
        if (s.compare(pos, 2, "**") == 0) {
            flush();
            pos += 2;
            out.push_back(strong(parse(s, pos, "**")));
        } else if (s[pos] == '*') {
            flush();
            ++pos;
            out.push_back(emphasis(parse(s, pos, "*")));
        } else if (code_end != std::string::npos) {
            flush();
            out.push_back(code(s.substr(pos + 1, code_end - pos - 1)));
            pos = code_end + 1;
        } else if (url_end != std::string::npos) {
            flush();
            ++pos;
            InlineText label = parse(s, pos, "](");
            out.push_back(link(s.substr(pos, url_end - pos), std::move(label)));
            pos = url_end + 1;
        } else if (s[pos] == '\n') {
            flush();
            ++pos;
            out.push_back(line_break());
        } else {
            chars += s[pos++];
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

Image figure(std::string path, std::string bytes, int width, int height, std::string alt,
             InlineText caption, std::string credit) {
    Image image;
    image.path = std::move(path);
    image.media_type = bytes.compare(0, 4, "\x89PNG") == 0 ? "image/png" : "image/jpeg";
    image.width = width;
    image.height = height;
    image.data = std::make_shared<const std::string>(std::move(bytes));
    image.alt = std::move(alt);
    image.caption = std::move(caption);
    image.credit = std::move(credit);
    return image;
}

ArticleBuilder::ArticleBuilder(std::string id, std::string language) {
    m_article.id = std::move(id);
    m_article.language = std::move(language);
}

ArticleBuilder::ArticleBuilder(Article start) : m_article(std::move(start)) {
    if (!m_article.body.empty()) {
        m_next = m_article.body.back().at;
        ++m_next.line;
    }
}

ArticleBuilder& ArticleBuilder::version(int number) {
    m_article.version = number;
    return *this;
}
ArticleBuilder& ArticleBuilder::section(std::string text) {
    m_article.section = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::headline(const std::string& markup) {
    return headline(inline_text(markup));
}
ArticleBuilder& ArticleBuilder::headline(InlineText content) {
    m_article.headline = std::move(content);
    return *this;
}
ArticleBuilder& ArticleBuilder::subheadline(const std::string& markup) {
    return subheadline(inline_text(markup));
}
ArticleBuilder& ArticleBuilder::subheadline(InlineText content) {
    m_article.subheadline = std::move(content);
    return *this;
}
ArticleBuilder& ArticleBuilder::summary(const std::string& markup) {
    return summary(inline_text(markup));
}
ArticleBuilder& ArticleBuilder::summary(InlineText content) {
    m_article.summary = std::move(content);
    return *this;
}
ArticleBuilder& ArticleBuilder::byline(std::string text) {
    m_article.byline = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::author(std::string name, std::string role, std::string email,
                                       std::string uri) {
    m_article.authors.push_back(
        Person{std::move(name), std::move(role), std::move(email), std::move(uri)});
    return *this;
}
ArticleBuilder& ArticleBuilder::source(std::string text) {
    m_article.source = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::copyright(std::string holder, std::optional<int> year,
                                          std::string notice) {
    m_article.copyright = Copyright{std::move(holder), year, std::move(notice)};
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
ArticleBuilder& ArticleBuilder::urgency(int value) {
    m_article.urgency = value;
    return *this;
}
ArticleBuilder& ArticleBuilder::slugline(std::string text) {
    m_article.slugline = std::move(text);
    return *this;
}
ArticleBuilder& ArticleBuilder::status(PubStatus value) {
    m_article.status = value;
    return *this;
}
ArticleBuilder& ArticleBuilder::correction(DateTime when, const std::string& markup) {
    return correction(when, inline_text(markup));
}
ArticleBuilder& ArticleBuilder::correction(DateTime when, InlineText text) {
    m_article.corrections.push_back(Correction{when, std::move(text)});
    return *this;
}
ArticleBuilder& ArticleBuilder::subject(std::string code, std::string name) {
    m_article.subjects.push_back(Subject{std::move(code), std::move(name)});
    return *this;
}
ArticleBuilder& ArticleBuilder::keywords(std::vector<std::string> words) {
    m_article.keywords = std::move(words);
    return *this;
}
ArticleBuilder& ArticleBuilder::people(std::vector<std::string> names) {
    m_article.people = std::move(names);
    return *this;
}
ArticleBuilder& ArticleBuilder::organisations(std::vector<std::string> names) {
    m_article.organisations = std::move(names);
    return *this;
}
ArticleBuilder& ArticleBuilder::places(std::vector<std::string> names) {
    m_article.places = std::move(names);
    return *this;
}
ArticleBuilder&
ArticleBuilder::extension(const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& members) {
    ExtensionValue mapping;
    mapping.kind = ExtensionValue::Kind::Mapping;
    for (const auto& [name, value] : members) {
        ExtensionValue scalar;
        scalar.kind = ExtensionValue::Kind::Scalar;
        scalar.scalar = value;
        mapping.members.emplace_back(name, std::move(scalar));
    }
    m_article.extensions[key] = std::move(mapping);
    return *this;
}
ArticleBuilder& ArticleBuilder::source_name(std::string name) {
    m_article.source_name = std::move(name);
    return *this;
}

ArticleBuilder& ArticleBuilder::at(int line, int column) {
    m_next = Position{line, column};
    return *this;
}
ArticleBuilder& ArticleBuilder::block(BlockContent content) {
    m_article.body.push_back(Block{std::move(content), m_next});
    ++m_next.line;
    return *this;
}
ArticleBuilder& ArticleBuilder::paragraph(const std::string& markup) {
    return paragraph(inline_text(markup));
}
ArticleBuilder& ArticleBuilder::paragraph(InlineText content) {
    return block(Paragraph{std::move(content)});
}
ArticleBuilder& ArticleBuilder::heading(const std::string& markup, int level) {
    return heading(inline_text(markup), level);
}
ArticleBuilder& ArticleBuilder::heading(InlineText content, int level) {
    return block(Heading{level, std::move(content)});
}
ArticleBuilder& ArticleBuilder::quote(const std::string& markup, const std::string& by) {
    return quote(inline_text(markup), inline_text(by));
}
ArticleBuilder& ArticleBuilder::quote(InlineText content, InlineText by) {
    return block(Quote{std::move(content), std::move(by)});
}
ArticleBuilder& ArticleBuilder::list(const std::vector<std::string>& items, bool ordered) {
    List list;
    list.ordered = ordered;
    for (const auto& item : items) {
        list.items.push_back(inline_text(item));
    }
    return block(std::move(list));
}
ArticleBuilder& ArticleBuilder::image(Image figure) { return block(std::move(figure)); }
ArticleBuilder& ArticleBuilder::rule() { return block(Rule{}); }

}  // namespace galley::test
