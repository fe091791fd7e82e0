// Building galley::Article values in C++ for the pdf tests and benchmark, with a small
// inline syntax (*em*, **strong**, `code`, [text](url)) for readable test data.
#pragma once

#include "date_values.hpp"

#include <galley/document.hpp>

#include <memory>
#include <string>
#include <vector>

namespace galley::test {

/// Inline text from the small markup above (no nesting of the same kind).
InlineText inline_text(const std::string& markup);


class ArticleBuilder {
public:
    explicit ArticleBuilder(std::string id, std::string language = "en");

    ArticleBuilder& section(std::string text);
    ArticleBuilder& headline(const std::string& markup);
    ArticleBuilder& subheadline(const std::string& markup);
    ArticleBuilder& summary(const std::string& markup);
    ArticleBuilder& byline(std::string text);
    ArticleBuilder& author(std::string name, std::string role = {});
    ArticleBuilder& source(std::string text);
    ArticleBuilder& dateline(std::string place, std::optional<DateTime> when = std::nullopt);
    ArticleBuilder& created(DateTime when);
    ArticleBuilder& published(DateTime when);
    ArticleBuilder& updated(DateTime when);
    ArticleBuilder& embargo(DateTime when);
    ArticleBuilder& keywords(std::vector<std::string> words);
    ArticleBuilder& copyright(std::string holder, int year, std::string notice = {});
    ArticleBuilder& correction(DateTime when, const std::string& markup);

    ArticleBuilder& paragraph(const std::string& markup);
    ArticleBuilder& heading(const std::string& markup, int level = 2);
    ArticleBuilder& quote(const std::string& markup, const std::string& by = {});
    ArticleBuilder& list(const std::vector<std::string>& items, bool ordered = false);
    /// A figure; `bytes` are the image file's contents (PNG or JPEG, told by signature).
    ArticleBuilder& image(std::string path, std::shared_ptr<const std::string> bytes, int width,
                          int height, std::string alt, const std::string& caption = {},
                          std::string credit = {});
    ArticleBuilder& rule();

    Article build() const { return m_article; }

private:
    void add(BlockContent content);
    Article m_article;
    int m_line = 20;  // made-up source positions, so warnings have one
};

}  // namespace galley::test
