// Localised page furniture and human-readable dates for the XHTML page.
#include <galley/xhtml/labels.hpp>

#include <galley/xhtml/ascii_case.hpp>

#include <array>
#include <cstdio>

namespace galley::xhtml {

namespace {

std::string_view primary_subtag(std::string_view language) {
    const std::size_t end = language.find_first_of("-_");
    return language.substr(0, end);
}

constexpr Labels english{"By ", "Updated", "Embargoed until", "Withheld: not for publication",
                         "This article has been withdrawn", "Corrections", "Source: ", "Keywords",
                         "Contents", ", "};
constexpr Labels russian{"", "Обновлено", "Эмбарго до", "Не для публикации",
                         "Материал отозван", "Исправления", "Источник: ", "Ключевые слова",
                         "Содержание", ", "};
constexpr Labels chinese{"作者：", "更新于", "禁发至", "暂缓发布", "本文已撤回", "更正",
                         "来源：", "关键词", "目录", "、"};

constexpr std::array<std::string_view, 12> english_months{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
// Russian dates use the genitive: "10 июля".
constexpr std::array<std::string_view, 12> russian_months{
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};

std::string time_of_day(const DateTime& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", d.hour, d.minute);
    std::string out = buf;
    if (d.offset_minutes == 0) {
        return out + " UTC";
    }
    const int off = d.offset_minutes < 0 ? -d.offset_minutes : d.offset_minutes;
    const char sign = d.offset_minutes < 0 ? '-' : '+';
    if (off % 60 == 0) {
        std::snprintf(buf, sizeof buf, " UTC%c%d", sign, off / 60);
    } else {
        std::snprintf(buf, sizeof buf, " UTC%c%d:%02d", sign, off / 60, off % 60);
    }
    return out + buf;
}

}  // namespace

const Labels& labels_for(std::string_view language) {
    const std::string_view primary = primary_subtag(language);
    if (equals_ignoring_case(primary, "ru")) {
        return russian;
    }
    if (equals_ignoring_case(primary, "zh")) {
        return chinese;
    }
    return english;
}

std::string human_date(const DateTime& date, std::string_view language) {
    const std::string_view primary = primary_subtag(language);
    const std::size_t month = static_cast<std::size_t>(date.month >= 1 && date.month <= 12 ? date.month - 1 : 0);
    const std::string day = std::to_string(date.day);
    const std::string year = std::to_string(date.year);
    std::string out;
    if (equals_ignoring_case(primary, "zh") || equals_ignoring_case(primary, "ja")) {
        out = year + "年" + std::to_string(date.month) + "月" + day + "日";
        if (date.has_time) {
            out += ' ';
            out += time_of_day(date);
        }
        return out;
    }
    if (equals_ignoring_case(primary, "ru")) {
        out = day + " " + std::string(russian_months[month]) + " " + year + " г.";
    } else {
        out = std::string(english_months[month]) + " " + day + ", " + year;
    }
    if (date.has_time) {
        out += ", ";
        out += time_of_day(date);
    }
    return out;
}

bool is_right_to_left(std::string_view language) {
    static constexpr std::array<std::string_view, 9> rtl{"ar", "dv", "fa", "he", "ps",
                                                         "sd", "ug", "ur", "yi"};
    const std::string_view primary = primary_subtag(language);
    for (std::string_view tag : rtl) {
        if (equals_ignoring_case(primary, tag)) {
            return true;
        }
    }
    return false;
}

}  // namespace galley::xhtml
