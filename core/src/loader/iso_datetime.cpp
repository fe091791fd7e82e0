// Strict ISO 8601 / RFC 3339 parsing: real calendar dates, 24-hour times, explicit offsets.
#include "loader/iso_datetime.hpp"

#include <array>
#include <cstdint>

namespace galley::detail {

namespace {

constexpr std::array<const char*, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap_year(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, std::size_t& pos, std::size_t n, int& value) {
    if (pos + n > s.size()) {
        return false;
    }
    value = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const char c = s[pos + k];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    pos += n;
    return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

}  // namespace

std::string parse_iso_datetime(std::string_view s, DateForm form, DateTime& out) {
    const char* expected =
        form == DateForm::DateOrDateTime
            ? "must be an ISO 8601 date (2023-07-10) or date-time with offset "
              "(2023-07-10T14:30:00+03:00)"
            : "must be an ISO 8601 date-time with offset (2023-07-10T14:30:00+03:00)";
    DateTime t;
    std::size_t pos = 0;
    if (!digits(s, pos, 4, t.year) || !expect(s, pos, '-') || !digits(s, pos, 2, t.month) ||
        !expect(s, pos, '-') || !digits(s, pos, 2, t.day)) {
        return expected;
    }
    if (t.year < 1 || t.month < 1 || t.month > 12 || t.day < 1 ||
        t.day > days_in_month(t.year, t.month)) {
        if (t.month >= 1 && t.month <= 12 && t.year >= 1) {
            return "has no such day (" +
                   std::string(month_names[static_cast<std::size_t>(t.month - 1)]) + " " +
                   std::to_string(t.year) + " has " +
                   std::to_string(days_in_month(t.year, t.month)) + " days)";
        }
        return t.year < 1 ? "has no such year (years run 0001-9999)"
                          : "has no such month (months run 01-12)";
    }
    if (pos == s.size()) {
        if (form == DateForm::DateTimeOnly) {
            return "needs a time and an offset, not only a date (2023-07-10T14:30:00+03:00)";
        }
        out = t;
        return {};
    }
    if (!expect(s, pos, 'T')) {
        return expected;
    }
    t.has_time = true;
    if (!digits(s, pos, 2, t.hour) || !expect(s, pos, ':') || !digits(s, pos, 2, t.minute)) {
        return expected;
    }
    if (expect(s, pos, ':')) {
        if (!digits(s, pos, 2, t.second)) {
            return expected;
        }
        if (expect(s, pos, '.')) {
            int count = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                if (count < 9) {
                    t.nanosecond = t.nanosecond * 10 + (s[pos] - '0');
                }
                ++count;
                ++pos;
            }
            if (count == 0) {
                return expected;
            }
            for (int k = count; k < 9; ++k) {
                t.nanosecond *= 10;
            }
            // Kept to the millisecond: HTML's <time> and the outputs that follow it take
            // at most three fraction digits; finer parts are dropped, not rounded.
            t.nanosecond -= t.nanosecond % 1000000;
        }
    }
    if (t.hour > 23 || t.minute > 59 || t.second > 59) {
        return "has no such time (hours run 00-23, minutes and seconds 00-59)";
    }
    if (pos == s.size()) {
        return "has a time but no UTC offset (add 'Z' or an offset such as '+03:00')";
    }
    if (expect(s, pos, 'Z')) {
        t.utc_designator = true;
    } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!digits(s, pos, 2, oh) || !expect(s, pos, ':') || !digits(s, pos, 2, om)) {
            return "has an offset not written as +hh:mm or -hh:mm";
        }
        if (oh > 23 || om > 59) {
            return "has no such offset (hours run 00-23, minutes 00-59)";
        }
        if (oh * 60 + om > 14 * 60) {
            return "has an offset beyond -14:00..+14:00 (no place on Earth is further from UTC)";
        }
        t.offset_minutes = sign * (oh * 60 + om);
    } else {
        return expected;
    }
    if (pos != s.size()) {
        return expected;
    }
    // The instant itself must lie in years 0001-9999 too: outputs write it in UTC.
    DateTime first;
    first.year = 1;
    first.month = 1;
    first.day = 1;
    DateTime last;
    last.year = 9999;
    last.month = 12;
    last.day = 31;
    const std::int64_t instant = t.unix_seconds();
    if (instant < first.unix_seconds() || instant >= last.unix_seconds() + 86400) {
        return "falls outside the years 0001-9999 once converted to UTC";
    }
    out = t;
    return {};
}

}  // namespace galley::detail
