// The presentation layer: one dateline rule, bylines joined per language, dates in the
// article's time zone, labels in the eight languages galley words itself.
#include "article_builder.hpp"
#include "loader/iso_datetime.hpp"

#include <galley/presentation.hpp>

#include <catch2/catch.hpp>

using namespace galley;
namespace present = galley::presentation;

namespace {

DateTime at(std::string_view iso) {
    DateTime out;
    REQUIRE(detail::parse_iso_datetime(iso, detail::DateForm::DateOrDateTime, out).empty());
    return out;
}

Article article(std::string language) {
    return test::ArticleBuilder("", std::move(language))
        .dateline("Halden Bay", at("2024-03-14"))
        .published(at("2024-03-16T06:00:00+01:00"))
        .author("Marta Lindqvist")
        .author("Owen Achterberg")
        .author("Li Wei")
        .build();
}

}  // namespace

TEST_CASE("the dateline shows its own day, else published's, else created's", "[presentation]") {
    Article a = article("en");
    CHECK(present::dateline(a).text() == "Halden Bay, March 14");
    a.dateline->date.reset();
    CHECK(present::dateline(a).text() == "Halden Bay, March 16");
    a.published.reset();
    a.created = at("2024-03-10");
    CHECK(present::dateline(a).text() == "Halden Bay, March 10");
    a.created.reset();
    CHECK(present::dateline(a).text() == "Halden Bay");
    a.dateline.reset();
    CHECK(present::dateline(a).empty());
}

TEST_CASE("datelines in every worded language come from ICU", "[presentation]") {
    CHECK(present::dateline(article("ru")).text() == "Halden Bay, 14 марта");
    CHECK(present::dateline(article("zh-Hans")).text() == "Halden Bay，3月14日");
    CHECK(present::dateline(article("de")).text() == "Halden Bay, 14. März");
    CHECK(present::dateline(article("fr")).text() == "Halden Bay, 14 mars");
    CHECK(present::dateline(article("es")).text() == "Halden Bay, 14 de marzo");
    CHECK(present::dateline(article("en-GB")).text() == "Halden Bay, 14 March");
    // Arabic: its own comma between place and date, Arabic-Indic digits from CLDR.
    CHECK(present::dateline(article("ar")).text() == "Halden Bay، ١٤ مارس");
    CHECK(present::dateline(article("he")).text() == "Halden Bay, 14 במרץ");
}

TEST_CASE("bylines join names as the language does", "[presentation]") {
    CHECK(present::byline(article("en")) == "By Marta Lindqvist, Owen Achterberg, and Li Wei");
    CHECK(present::byline(article("ru")) == "Авторы: Marta Lindqvist, Owen Achterberg и Li Wei");
    CHECK(present::byline(article("zh")) == "作者：Marta Lindqvist、Owen Achterberg和Li Wei");
    CHECK(present::byline(article("de")) == "Von Marta Lindqvist, Owen Achterberg und Li Wei");
    CHECK(present::byline(article("fr")) == "Par Marta Lindqvist, Owen Achterberg et Li Wei");
    CHECK(present::byline(article("es")) == "Por Marta Lindqvist, Owen Achterberg y Li Wei");
    Article two = article("en");
    two.authors.pop_back();
    CHECK(present::byline(two) == "By Marta Lindqvist and Owen Achterberg");
    two.byline = "Staff reporters";
    CHECK(present::byline(two) == "Staff reporters");
    CHECK(present::author_names(two) == "Marta Lindqvist and Owen Achterberg");
}

TEST_CASE("full dates and date-times come from ICU too", "[presentation]") {
    // CLDR's no-break spaces are kept ("2024\u00a0г."): a line never breaks there.
    CHECK(present::format_date(at("2024-03-14"), "ru") == "14 марта 2024\u00a0г.");
    CHECK(present::format_date(at("2024-03-14"), "zh") == "2024年3月14日");
    CHECK(present::format_date(at("2024-03-14"), "ar") == "١٤ مارس ٢٠٢٤");
    CHECK(present::format_month_day(at("2024-03-14"), "de") == "14. März");
}

TEST_CASE("date-times are shown in the article's time zone", "[presentation]") {
    Article a = article("en");
    a.embargo = at("2024-03-16T05:00:00Z");  // 06:00 in the article's UTC+01:00
    CHECK(present::article_utc_offset(a) == 60);
    CHECK(present::embargo_notice(a) == "Embargoed until March 16, 2024 at 6:00\u00a0AM GMT+1");
    a.language = "ru";
    CHECK(present::embargo_notice(a) == "Эмбарго до 16 марта 2024\u00a0г. в 06:00 GMT+1");
    // 23:30 UTC is already the next day in UTC+01:00.
    CHECK(present::format_date(at("2024-03-16T23:30:00Z"), "en", 60) == "March 17, 2024");
    CHECK(present::format_date(at("2024-03-16T23:30:00Z"), "en") == "March 16, 2024");
}

TEST_CASE("notices and labels", "[presentation]") {
    Article a = article("en");
    CHECK(present::updated_notice(a).empty());
    a.updated = at("2024-03-14T18:00:00+01:00");
    CHECK(present::updated_notice(a).empty());  // same day as the dateline
    a.updated = at("2024-03-18T10:45:00+01:00");
    CHECK(present::updated_notice(a) == "Updated March 18, 2024");
    a.status = PubStatus::Withheld;
    CHECK(present::status_notice(a) == "Withheld: not for publication");
    CHECK(present::correction_label(a, {at("2024-03-15"), {}}) == "Correction, March 15, 2024:");
    CHECK(present::page_of(2, 7, "en") == "Page 2 of 7");
    CHECK(present::page_of(2, 7, "zh-Hant") == "第 2 页，共 7 页");
    CHECK(present::page_of(2, 7, "ja") == "Page 2 of 7");  // no wording: English labels
    CHECK(present::label(present::Label::Source, "fr") == "Source\u00a0: ");
    a.copyright = Copyright{"Northern Courier", 2024, ""};
    CHECK(present::copyright_line(a) == "\u00a9 2024 Northern Courier");
    CHECK(present::is_right_to_left("he-IL"));
    CHECK_FALSE(present::is_right_to_left("en"));
}
