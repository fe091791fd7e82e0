// DateTime formatting and conversion (the loader does the parsing and validation).
#include <galley/document.hpp>

#include <cstdio>

namespace galley {

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153u * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The inverse: the civil date of a day count.
void civil_from_days(std::int64_t z, int& y, int& m, int& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

std::string time_part(const DateTime& t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", t.hour, t.minute, t.second);
    std::string out = buf;
    if (t.nanosecond != 0) {
        std::snprintf(buf, sizeof buf, ".%09d", t.nanosecond);
        std::string frac = buf;
        while (frac.back() == '0') {
            frac.pop_back();
        }
        out += frac;
    }
    if (t.utc_designator) {
        out += 'Z';
    } else {
        int off = t.offset_minutes;
        char sign = off < 0 ? '-' : '+';
        if (off < 0) {
            off = -off;
        }
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
        out += buf;
    }
    return out;
}
}  // namespace

std::string DateTime::iso8601() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    std::string out = buf;
    if (has_time) {
        out += time_part(*this);
    }
    return out;
}

std::string DateTime::iso8601_datetime() const {
    if (has_time) {
        return iso8601();
    }
    return iso8601() + "T00:00:00Z";
}

std::int64_t DateTime::unix_seconds() const {
    std::int64_t s = days_from_civil(year, month, day) * 86400;
    if (has_time) {
        s += hour * 3600 + minute * 60 + second;
        s -= static_cast<std::int64_t>(offset_minutes) * 60;
    }
    return s;
}

DateTime DateTime::from_unix_seconds(std::int64_t seconds) {
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    DateTime t;
    civil_from_days(days, t.year, t.month, t.day);
    t.has_time = true;
    t.utc_designator = true;
    t.hour = static_cast<int>(rest / 3600);
    t.minute = static_cast<int>(rest / 60 % 60);
    t.second = static_cast<int>(rest % 60);
    return t;
}

}  // namespace galley
