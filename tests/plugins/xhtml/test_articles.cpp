// Articles built in C++ for the xhtml and epub suites.
#include "test_articles.hpp"

#include "date_values.hpp"

#include "test_support.hpp"

#include <galley/loader.hpp>

#include <memory>
#include <stdexcept>

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

Block block(BlockContent content, int line) { return Block{std::move(content), {line, 5}}; }
Block paragraph(InlineText content, int line) { return block(Paragraph{std::move(content)}, line); }
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

std::string fixture_png() { return read_file(test_data_dir() / "plugins/xhtml/fixtures/skyline.png"); }

Article feature_article() {
    Article a;
    a.id = "river-port-feature-2024";
    a.version = 2;
    a.language = "en";
    a.section = "Features";
    a.headline = {text("A river port learns to "), emphasis({text("wait")})};
    a.subheadline = {text("Ice, trade and patience on the Songhua, where the season sets the timetable")};
    a.summary = {text("How a northern river port plans a year around four months of ice.")};
    a.authors = {{"Anna Petrova", "writer", "", ""}, {"Li Wei", "photographer", "", ""}};
    a.source = "Galley Wire";
    a.copyright = Copyright{"Galley Wire", 2024, ""};
    a.dateline = Dateline{"Harbin, China", date(2024, 1, 15)};
    a.published = date_time(2024, 1, 15, 9, 30, 8 * 60);
    a.updated = date_time(2024, 1, 16, 18, 5, 8 * 60);
    a.embargo = date_time(2024, 1, 15, 6, 0, 0);
    a.embargo->utc_designator = true;
    a.subjects = {{"medtop:04000000", "economy, business and finance"}, {"medtop:20000344", "economy"}};
    a.keywords = {"Harbin", "Songhua River", "logistics"};
    a.corrections = {{date(2024, 1, 16), {text("An earlier version misstated the length of the ice season.")}}};

    Image figure;
    figure.path = "images/skyline.png";
    figure.media_type = "image/png";
    figure.width = 640;
    figure.height = 360;
    figure.data = std::make_shared<const std::string>(fixture_png());
    figure.alt = "The port's cranes against a dusk sky over the frozen river";
    figure.caption = {text("Cranes stand idle while the river is frozen, "), emphasis({text("December to March")}), text(".")};
    figure.credit = "Li Wei";

    a.body = {
        paragraph({text("For four months a year the Songhua is a road, not a river. Trucks cross where barges moored "
                        "in October, and the port's "),
                   strong({text("eleven cranes")}), text(" stand still.")},
                  20),
        paragraph({text("\"We plan the year backwards from the first ice,\" said the harbour master, who asked that "
                        "his name not be used. The schedule is published at "),
                   link("https://example.com/port/schedule?year=2024&lang=en", {text("the port's site")}),
                   text(".")},
                  22),
        block(figure, 24),
        block(Heading{2, {text("The first ice")}}, 30),
        paragraph({text("Freeze-up usually comes in the second week of November. Dispatchers track it with "),
                   code("ice_index >= 0.8"), text(", a threshold older than most of them.")},
                  31),
        block(Quote{{text("You do not argue with the river. You write down what it tells you.")},
                    {text("Zhang Min, dispatcher since 1998")}},
              33),
        block(Heading{3, {text("What moves in winter")}}, 36),
        block(List{false, {{text("grain, by rail to Dalian")}, {text("timber, stored until the thaw")},
                           {text("machinery, on the ice road")}}},
              37),
        block(Heading{4, {text("Three dates to watch")}}, 41),
        block(List{true, {{text("first ice, mid-November")}, {text("ice road opens, late December")},
                          {text("break-up, early April")}}},
              42),
        block(Rule{}, 46),
        block(Quote{{text("In April everyone is a sailor again.")}, {}}, 47),
        paragraph({text("Questions go to "), link("mailto:desk@example.com", {text("the desk")}), text("."),
                   line_break(), text("Tip line: +86 451 0000 0000.")},
                  48),
    };
    return a;
}

Article injection_article() {
    const std::string hostile = "<script>alert('x')</script> & \"quoted\" 'single' ]]> <![CDATA[ x ]]> &amp; "
                                "\xE2\x80\xAE" "evil" "\xE2\x80\xAC" " <!-- c --> <?pi ?>";
    Article a;
    a.id = "injection:1";
    a.language = "en";
    a.section = hostile;
    a.headline = {text("Headline " + hostile)};
    a.subheadline = {text("Dek " + hostile)};
    a.summary = {text("Summary " + hostile)};
    a.byline = "By " + hostile;
    a.source = hostile;
    a.copyright = Copyright{hostile, 2024, ""};
    a.dateline = Dateline{hostile, date(2024, 2, 29)};
    a.published = date(2024, 2, 29);
    a.keywords = {hostile, "</title><script>x</script>"};
    a.subjects = {{"medtop:20000344", hostile}};
    a.authors = {{hostile, "", "", ""}};
    a.body = {
        paragraph({text("Paragraph " + hostile)}, 10),
        block(Heading{2, {text("Heading " + hostile)}}, 11),
        block(Quote{{text("Quote " + hostile)}, {text("By " + hostile)}}, 12),
        block(List{false, {{text("Item " + hostile)}}}, 13),
        paragraph({link("javascript:alert(1)", {text("unsafe link")}), text(" "),
                   link("https://example.com/?q=\"><script>", {text("odd but safe link")})},
                  14),
    };
    return a;
}

Article load_article(const std::string& path) {
    LoadResult result = load_article_file(path);
    if (!result.ok()) {
        std::string why;
        for (const auto& d : result.diagnostics) {
            why += d.format() + "\n";
        }
        throw std::runtime_error("cannot load " + path + ":\n" + why);
    }
    return std::move(*result.article);
}

std::vector<std::pair<std::string, Article>> all_test_articles() {
    std::vector<std::pair<std::string, Article>> out;
    for (const auto& file : sample_files()) {
        out.emplace_back(file.stem().string(), load_article(file.string()));
    }
    out.emplace_back("feature", feature_article());
    out.emplace_back("injection", injection_article());
    out.emplace_back("injection-markup", load_article((test_data_dir() / "fixtures/escaping/injection-markup.yaml").string()));
    return out;
}

}  // namespace galley::test
