// The xhtml and epub suites' articles.
#include "test_articles.hpp"

#include "test_support.hpp"

namespace galley::test {

std::string fixture_png() {
    return read_file(test_data_dir() / "plugins/xhtml/fixtures/skyline.png");
}

Article feature_article() {
    return ArticleBuilder("river-port-feature-2024")
        .version(2)
        .section("Features")
        .headline("A river port learns to *wait*")
        .subheadline("Ice, trade and patience on the Songhua, where the season sets the timetable")
        .summary("How a northern river port plans a year around four months of ice.")
        .author("Anna Petrova", "writer")
        .author("Li Wei", "photographer")
        .source("Galley Wire")
        .copyright("Galley Wire", 2024)
        .dateline("Harbin, China", date(2024, 1, 15))
        .published(date_time(2024, 1, 15, 9, 30, 8 * 60))
        .updated(date_time(2024, 1, 16, 18, 5, 8 * 60))
        .embargo(date_time(2024, 1, 15, 6, 0, 0))  // written with Z
        .subject("medtop:04000000", "economy, business and finance")
        .subject("medtop:20000344", "economy")
        .keywords({"Harbin", "Songhua River", "logistics"})
        .correction(date(2024, 1, 16), "An earlier version misstated the length of the ice season.")
        .at(20)
        .paragraph(
            "For four months a year the Songhua is a road, not a river. Trucks cross where barges "
            "moored in October, and the port's **eleven cranes** stand still.")
        .at(22)
        .paragraph(
            "\"We plan the year backwards from the first ice,\" said the harbour master, who asked "
            "that his name not be used. The schedule is published at "
            "[the port's site](https://example.com/port/schedule?year=2024&lang=en).")
        .at(24)
        .image(
            figure("images/skyline.png", fixture_png(), 640, 360,
                   "The port's cranes against a dusk sky over the frozen river",
                   inline_text("Cranes stand idle while the river is frozen, *December to March*."),
                   "Li Wei"))
        .at(30)
        .heading("The first ice")
        .paragraph(
            "Freeze-up usually comes in the second week of November. Dispatchers track it with "
            "`ice_index >= 0.8`, a threshold older than most of them.")
        .at(33)
        .quote("You do not argue with the river. You write down what it tells you.",
               "Zhang Min, dispatcher since 1998")
        .at(36)
        .heading("What moves in winter", 3)
        .list({"grain, by rail to Dalian", "timber, stored until the thaw",
               "machinery, on the ice road"})
        .at(41)
        .heading("Three dates to watch", 4)
        .list({"first ice, mid-November", "ice road opens, late December", "break-up, early April"},
              true)
        .at(46)
        .rule()
        .quote("In April everyone is a sailor again.")
        .paragraph(
            "Questions go to [the desk](mailto:desk@example.com).\nTip line: +86 451 0000 0000.")
        .build();
}

Article injection_article() {
    const std::string hostile =
        "<script>alert('x')</script> & \"quoted\" 'single' ]]> <![CDATA[ x ]]> &amp; "
        "\xE2\x80\xAE"
        "evil"
        "\xE2\x80\xAC"
        " <!-- c --> <?pi ?>";
    return ArticleBuilder("injection:1")
        .section(hostile)
        .headline(plain("Headline " + hostile))
        .subheadline(plain("Dek " + hostile))
        .summary(plain("Summary " + hostile))
        .byline("By " + hostile)
        .source(hostile)
        .copyright(hostile, 2024)
        .dateline(hostile, date(2024, 2, 29))
        .published(date(2024, 2, 29))
        .keywords({hostile, "</title><script>x</script>"})
        .subject("medtop:20000344", hostile)
        .author(hostile)
        .at(10)
        .paragraph(plain("Paragraph " + hostile))
        .heading(plain("Heading " + hostile))
        .quote(plain("Quote " + hostile), plain("By " + hostile))
        .block(List{false, {plain("Item " + hostile)}})
        .paragraph({link("javascript:alert(1)", {text("unsafe link")}), text(" "),
                    link("https://example.com/?q=\"><script>", {text("odd but safe link")})})
        .build();
}

std::vector<std::pair<std::string, Article>> all_test_articles() {
    std::vector<std::pair<std::string, Article>> out = load_samples();
    out.emplace_back("feature", feature_article());
    out.emplace_back("injection", injection_article());
    out.emplace_back("injection-markup",
                     load_article(test_data_dir() / "fixtures/escaping/injection-markup.yaml"));
    return out;
}

}  // namespace galley::test
