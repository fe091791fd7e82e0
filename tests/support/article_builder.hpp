// galley::Article values built in C++ for every test suite: inline runs, a small inline
// markup for readable test data, and a fluent builder for the article itself. Articles
// that exist as YAML (samples/, fixtures) are loaded instead (article_files.hpp).
#pragma once

#include "date_values.hpp"

#include <galley/document.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace galley::test {

/// Inline runs: text("a"), emphasis({...}), link("https://...", {...}).
Inline text(std::string s);
Inline emphasis(InlineText children);
Inline strong(InlineText children);
Inline code(std::string s);
Inline link(std::string url, InlineText children);
Inline line_break();

/// One run of plain text: no markup is read, so any character may appear (markup-like
/// and hostile text).
InlineText plain(std::string s);

/// Inline text from a small markup: *em*, **strong**, `code`, [text](url), and '\n' for
/// a line break (no nesting of the same kind). A marker left open is kept as text.
InlineText inline_text(const std::string& markup);

/// A figure of `bytes` (a PNG or JPEG file's contents; the media type is told by the
/// signature, as the loader does) with its size in pixels.
Image figure(std::string path, std::string bytes, int width, int height, std::string alt,
             InlineText caption = {}, std::string credit = {});

/// Builds an Article key by key, as the YAML would give it:
///
///     Article a = ArticleBuilder("port-2024").headline("The port *reopens*")
///                     .published(date(2024, 5, 2)).paragraph("Text.").build();
///
/// Methods taking a std::string read the inline markup above; pass InlineText (plain(),
/// {text(...), ...}) for text that must stay as written. Blocks get made-up source
/// positions, one line apart from line 20, column 5, unless at() says otherwise.
class ArticleBuilder {
public:
    explicit ArticleBuilder(std::string id, std::string language = "en");
    /// Goes on from an existing article (its body continues after its last block).
    explicit ArticleBuilder(Article start);

    ArticleBuilder& version(int number);
    ArticleBuilder& section(std::string text);
    ArticleBuilder& headline(const std::string& markup);
    ArticleBuilder& headline(InlineText content);
    ArticleBuilder& subheadline(const std::string& markup);
    ArticleBuilder& subheadline(InlineText content);
    ArticleBuilder& summary(const std::string& markup);
    ArticleBuilder& summary(InlineText content);
    ArticleBuilder& byline(std::string text);
    ArticleBuilder& author(std::string name, std::string role = {}, std::string email = {},
                           std::string uri = {});
    ArticleBuilder& source(std::string text);
    ArticleBuilder& copyright(std::string holder, std::optional<int> year, std::string notice = {});
    ArticleBuilder& dateline(std::string place, std::optional<DateTime> when = std::nullopt);
    ArticleBuilder& created(DateTime when);
    ArticleBuilder& published(DateTime when);
    ArticleBuilder& updated(DateTime when);
    ArticleBuilder& embargo(DateTime when);
    ArticleBuilder& urgency(int value);
    ArticleBuilder& slugline(std::string text);
    ArticleBuilder& status(PubStatus value);
    ArticleBuilder& correction(DateTime when, const std::string& markup);
    ArticleBuilder& correction(DateTime when, InlineText text);
    ArticleBuilder& subject(std::string code, std::string name);
    ArticleBuilder& keywords(std::vector<std::string> words);
    ArticleBuilder& people(std::vector<std::string> names);
    ArticleBuilder& organisations(std::vector<std::string> names);
    ArticleBuilder& places(std::vector<std::string> names);
    /// An `x-...` key holding a mapping of scalars, in the order given.
    ArticleBuilder& extension(const std::string& key,
                              const std::vector<std::pair<std::string, std::string>>& members);
    /// The name diagnostics use (a YAML file's path); empty unless set.
    ArticleBuilder& source_name(std::string name);

    /// The source position of the next block; the ones after it follow line by line.
    ArticleBuilder& at(int line, int column = 5);
    ArticleBuilder& paragraph(const std::string& markup);
    ArticleBuilder& paragraph(InlineText content);
    ArticleBuilder& heading(const std::string& markup, int level = 2);
    ArticleBuilder& heading(InlineText content, int level = 2);
    ArticleBuilder& quote(const std::string& markup, const std::string& by = {});
    ArticleBuilder& quote(InlineText content, InlineText by = {});
    ArticleBuilder& list(const std::vector<std::string>& items, bool ordered = false);
    ArticleBuilder& image(Image figure);
    ArticleBuilder& rule();
    /// Any block, for what the methods above do not say (e.g. list items as InlineText).
    ArticleBuilder& block(BlockContent content);

    Article build() const { return m_article; }

private:
    Article m_article;
    Position m_next{20, 5};
};

}  // namespace galley::test
