// ISO 8601 dates and date-times: real calendar dates, 24-hour times, offsets required.
#include "loader/iso_datetime.hpp"

#include "loader_test_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using namespace galley::detail;
using namespace galley::test;

namespace {
std::string why(const char* text, DateForm form = DateForm::DateOrDateTime) {
    DateTime t;
    return parse_iso_datetime(text, form, t);
}
}  // namespace

TEST_CASE("loader dates: valid dates and date-times") {
    DateTime t;
    REQUIRE(parse_iso_datetime("2024-02-29", DateForm::DateOrDateTime, t).empty());
    CHECK(t.year == 2024);
    CHECK(t.month == 2);
    CHECK(t.day == 29);
    CHECK_FALSE(t.has_time);
    REQUIRE(parse_iso_datetime("2000-02-29T23:59:59.123456789+14:00", DateForm::DateTimeOnly, t)
                .empty());
    CHECK(t.has_time);
    CHECK(t.hour == 23);
    CHECK(t.second == 59);
    CHECK(t.nanosecond == 123000000);  // kept to the millisecond
    CHECK(t.offset_minutes == 14 * 60);
    REQUIRE(parse_iso_datetime("2023-07-10T14:30Z", DateForm::DateOrDateTime, t).empty());
    CHECK(t.utc_designator);
    CHECK(t.second == 0);
    REQUIRE(parse_iso_datetime("2023-07-10T00:00:00-03:30", DateForm::DateOrDateTime, t).empty());
    CHECK(t.offset_minutes == -210);
    CHECK(t.iso8601() == "2023-07-10T00:00:00-03:30");
}

TEST_CASE("loader dates: impossible calendar dates and times are refused") {
    CHECK(why("2023-02-29") == "has no such day (February 2023 has 28 days)");
    CHECK(why("1900-02-29") == "has no such day (February 1900 has 28 days)");
    CHECK(why("2023-04-31") == "has no such day (April 2023 has 30 days)");
    CHECK(why("2023-01-00") == "has no such day (January 2023 has 31 days)");
    CHECK(why("2023-13-01") == "has no such month (months run 01-12)");
    CHECK(why("2023-00-10") == "has no such month (months run 01-12)");
    CHECK(why("0000-01-01") == "has no such year (years run 0001-9999)");
    CHECK(why("2023-01-01T24:00:00Z") ==
          "has no such time (hours run 00-23, minutes and seconds 00-59)");
    CHECK(why("2023-01-01T12:60Z") ==
          "has no such time (hours run 00-23, minutes and seconds 00-59)");
    CHECK(why("2023-01-01T12:00:60Z") ==
          "has no such time (hours run 00-23, minutes and seconds 00-59)");
    CHECK(why("2023-01-01T12:00+24:00") == "has no such offset (hours run 00-23, minutes 00-59)");
}

TEST_CASE("loader dates: a time without an offset is an error and so are other forms") {
    CHECK(why("2023-07-10T14:30:00") ==
          "has a time but no UTC offset (add 'Z' or an offset such as '+03:00')");
    CHECK(why("2023-07-10T14:30:00+0300") == "has an offset not written as +hh:mm or -hh:mm");
    const std::string expected = "must be an ISO 8601 date (2023-07-10) or date-time with offset "
                                 "(2023-07-10T14:30:00+03:00)";
    for (const char* bad : {"2023-7-10", "10.07.2023", "2023-07-10 14:30:00Z", "2023-07-10t14:30Z",
                            "2023-07-10T14:30:00.Z", "2023-07-10T14Z", "2023-07-10Tnoon", "",
                            "20230710", "2023-07-10T14:30:00Zjunk"}) {
        INFO(bad);
        CHECK(why(bad) == expected);
    }
    CHECK(why("2023-07-10", DateForm::DateTimeOnly) ==
          "needs a time and an offset, not only a date (2023-07-10T14:30:00+03:00)");
}

TEST_CASE("loader dates: the loader reports a bad date at its value") {
    CHECK(diagnostics_of("id: t\nlanguage: en\nheadline: T\nupdated: 2023-02-30\nbody: [x]\n") ==
          std::vector<std::string>{"t.yaml:4:10: error: 'updated' has no such day (February 2023 "
                                   "has 28 days), got \"2023-02-30\""});
    CHECK(diagnostics_of(
              "id: t\nlanguage: en\nheadline: T\npublished: 2023-07-10T14:30:00\nbody: [x]\n"
              "dateline: {place: X, date: 2023-07-10T25:00Z}\n") ==
          std::vector<std::string>{
              "t.yaml:4:12: error: 'published' has a time but no UTC offset (add 'Z' or an offset "
              "such as '+03:00'), got \"2023-07-10T14:30:00\"",
              "t.yaml:6:28: error: 'date' has no such time (hours run 00-23, minutes and seconds "
              "00-59), got \"2023-07-10T25:00Z\""});
}
