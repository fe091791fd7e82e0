// The expectation: what the model and the presentation layer say each field reads.
#include "article_fields.hpp"

#include <galley/presentation.hpp>
#include <galley/text.hpp>

namespace galley::consistency {

const std::vector<std::string>& field_names() {
    static const std::vector<std::string> names{"headline",  "dek",     "byline",  "dateline",
                                                "paragraph", "caption", "embargo", "copyright"};
    return names;
}

Fields expected_fields(const Article& article) {
    Fields f;
    auto one = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            f[name] = {value};
        }
    };
    one("headline", plain_text(article.headline));
    one("dek", plain_text(article.subheadline));
    one("byline", presentation::byline(article));
    one("dateline", presentation::dateline(article).text());
    one("embargo", presentation::embargo_notice(article));
    one("copyright", presentation::copyright_line(article));
    for (const Block& block : article.body) {
        if (const auto* p = std::get_if<Paragraph>(&block.content)) {
            f["paragraph"].push_back(plain_text(p->content));
        } else if (const auto* image = std::get_if<Image>(&block.content);
                   image && !image->caption.empty()) {
            f["caption"].push_back(plain_text(image->caption));
        }
    }
    return f;
}

}  // namespace galley::consistency
