// DateTime values for articles built in C++ by the test suites.
#pragma once

#include <galley/document.hpp>

namespace galley::test {

/// A bare date, as `2023-07-10` in YAML.
inline DateTime date(int year, int month, int day) {
    DateTime d;
    d.year = year;
    d.month = month;
    d.day = day;
    return d;
}

/// A date-time with its UTC offset in minutes; offset 0 is written with `Z`.
inline DateTime date_time(int year, int month, int day, int hour, int minute, int offset_minutes) {
    DateTime d = date(year, month, day);
    d.has_time = true;
    d.hour = hour;
    d.minute = minute;
    d.offset_minutes = offset_minutes;
    d.utc_designator = offset_minutes == 0;
    return d;
}

}  // namespace galley::test
