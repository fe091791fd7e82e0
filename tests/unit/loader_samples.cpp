// The samples in samples/: each loads with no diagnostic at all, and each shows what it
// is there to show.
#include "loader_test_helpers.hpp"

#include <galley/text.hpp>

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::test;

namespace {

Article load_sample(const std::string& name) {
    const LoadResult r = load_article_file(samples_dir() / name);
    for (const auto& d : r.diagnostics) {
        UNSCOPED_INFO(d.format());
    }
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.ok());
    return *r.article;
}

std::string all_text(const Article& a) {
    std::string out = plain_text(a.headline) + "\n";
    for (const Block& b : a.body) {
        std::visit(
            [&](const auto& c) {
                using T = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    out += plain_text(c.content);
                } else if constexpr (std::is_same_v<T, Quote>) {
                    out += plain_text(c.content) + plain_text(c.attribution);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (const auto& item : c.items) {
                        out += plain_text(item) + "\n";
                    }
                }
            },
            b.content);
        out += "\n";
    }
    return out;
}

template <typename T> std::size_t count_blocks(const Article& a) {
    std::size_t n = 0;
    for (const Block& b : a.body) {
        n += std::holds_alternative<T>(b.content);
    }
    return n;
}

bool has_run(const InlineText& runs, Inline::Kind kind) {
    for (const Inline& r : runs) {
        if (r.kind == kind || has_run(r.children, kind)) {
            return true;
        }
    }
    return false;
}

bool body_has_run(const Article& a, Inline::Kind kind) {
    for (const Block& b : a.body) {
        if (const auto* p = std::get_if<Paragraph>(&b.content); p && has_run(p->content, kind)) {
            return true;
        }
        if (const auto* l = std::get_if<List>(&b.content)) {
            for (const auto& item : l->items) {
                if (has_run(item, kind)) {
                    return true;
                }
            }
        }
    }
    return false;
}

}  // namespace

TEST_CASE(
    "loader samples: every sample loads with zero diagnostics and starts with the schema line") {
    const auto samples = sample_files();
    REQUIRE(samples.size() >= 5);
    for (const auto& s : samples) {
        INFO(s.filename().string());
        const LoadResult r = load_article_file(s);
        for (const auto& d : r.diagnostics) {
            UNSCOPED_INFO(d.format());
        }
        CHECK(r.diagnostics.empty());
        CHECK(r.ok());
        CHECK(read_file(s).rfind("# yaml-language-server: $schema=../schemas/article.schema.json\n",
                                 0) == 0);
    }
}

TEST_CASE("loader samples: the Russian story is Cyrillic with the letter yo in both cases") {
    const Article a = load_sample("moscow-metro-ru.yaml");
    CHECK(a.language == "ru");
    const std::string text = all_text(a);
    CHECK(text.find("Ё") != std::string::npos);
    CHECK(text.find("ё") != std::string::npos);
    CHECK(a.byline.find("ё") != std::string::npos);
    CHECK(count_blocks<Heading>(a) >= 1);
    CHECK(count_blocks<Quote>(a) == 1);
}

TEST_CASE("loader samples: the Chinese story uses Chinese punctuation") {
    const Article a = load_sample("harbin-ice-festival-zh.yaml");
    CHECK(a.language == "zh-Hans");
    const std::string text = all_text(a);
    for (const char* mark : {"，", "。", "、", "「", "」"}) {
        INFO(mark);
        CHECK(text.find(mark) != std::string::npos);
    }
    CHECK(word_count(a) > 200);
}

TEST_CASE("loader samples: the long feature uses every block and inline form") {
    const Article a = load_sample("newsroom-archives-feature.yaml");
    CHECK(word_count(a) >= 1500);
    CHECK(count_blocks<Heading>(a) >= 5);
    CHECK(count_blocks<Rule>(a) == 1);
    CHECK(count_blocks<Image>(a) == 1);
    std::size_t quotes_with_attribution = 0, ordered = 0, bulleted = 0, level3 = 0;
    for (const Block& b : a.body) {
        if (const auto* q = std::get_if<Quote>(&b.content)) {
            quotes_with_attribution += !q->attribution.empty();
        }
        if (const auto* l = std::get_if<List>(&b.content)) {
            (l->ordered ? ordered : bulleted) += 1;
        }
        if (const auto* h = std::get_if<Heading>(&b.content)) {
            level3 += h->level == 3;
        }
        if (const auto* img = std::get_if<Image>(&b.content)) {
            CHECK(img->media_type == "image/png");
            REQUIRE(img->data);
            CHECK(img->data->size() < 100 * 1024);
            CHECK(img->width == 640);
            CHECK_FALSE(img->caption.empty());
            CHECK_FALSE(img->credit.empty());
        }
    }
    CHECK(quotes_with_attribution >= 3);
    CHECK(ordered >= 1);
    CHECK(bulleted >= 1);
    CHECK(level3 == 1);
    for (auto kind :
         {Inline::Kind::Emphasis, Inline::Kind::Strong, Inline::Kind::Code, Inline::Kind::Link}) {
        CHECK(body_has_run(a, kind));
    }
    CHECK(a.corrections.size() == 2);
    CHECK(a.authors.size() == 2);
    REQUIRE(a.copyright);
    CHECK(a.copyright->year == 2024);
    REQUIRE(a.embargo);
    CHECK(a.embargo->has_time);
    CHECK(a.extensions.count("x-desk-notes") == 1);
}

TEST_CASE("loader samples: the CommonMark body maps onto blocks") {
    const Article a = load_sample("river-port-reopens-md.yaml");
    CHECK(count_blocks<Heading>(a) == 2);
    CHECK(count_blocks<List>(a) == 2);
    CHECK(count_blocks<Rule>(a) == 1);
    CHECK(count_blocks<Image>(a) == 1);
    REQUIRE(count_blocks<Quote>(a) == 1);
    for (const Block& b : a.body) {
        if (const auto* q = std::get_if<Quote>(&b.content)) {
            CHECK(plain_text(q->attribution) ==
                  "Helga Varga, chief executive of the Halden Bay Port Authority");
        }
    }
    CHECK(has_run(a.headline, Inline::Kind::Strong));
}

TEST_CASE("loader samples: the seed article keeps its text verbatim") {
    const Article a = load_sample("harbin-expo.yaml");
    CHECK(a.id == "harbin-promotion-yekaterinburg-2023");
    CHECK(a.body.size() == 11);
    CHECK(plain_text(a.headline) ==
          "Harbin business promotion and economic cooperation event held in Russia");
    CHECK(a.dateline->date->iso8601() == "2023-07-10");
    CHECK(a.subjects.size() == 4);
}
