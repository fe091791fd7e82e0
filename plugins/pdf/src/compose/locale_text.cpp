// Month names and labels for en, ru and zh.
#include "compose/locale_text.hpp"

#include <array>
#include <cstdio>

namespace galley::pdf {

namespace {
constexpr std::array<const char*, 12> months_en{"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
// Russian months in the genitive, as dates use them ("10 июля").
constexpr std::array<const char*, 12> months_ru{"января", "февраля", "марта",    "апреля",
                                                "мая",    "июня",    "июля",     "августа",
                                                "сентября", "октября", "ноября", "декабря"};

std::string two(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

std::string offset_text(const DateTime& when) {
    if (when.utc_designator || when.offset_minutes == 0) {
        return "UTC";
    }
    const int m = when.offset_minutes < 0 ? -when.offset_minutes : when.offset_minutes;
    return std::string("UTC") + (when.offset_minutes < 0 ? "-" : "+") + two(m / 60) + ":" + two(m % 60);
}
}  // namespace

LocaleText::LocaleText(std::string_view language) {
    if (language == "ru") {
        m_lang = Lang::Ru;
    } else if (language == "zh") {
        m_lang = Lang::Zh;
    }
}

std::string LocaleText::date(const DateTime& when) const {
    const int m = (when.month >= 1 && when.month <= 12) ? when.month - 1 : 0;
    switch (m_lang) {
    case Lang::Ru:
        return std::to_string(when.day) + " " + months_ru[static_cast<std::size_t>(m)] + " " +
               std::to_string(when.year) + " г.";
    case Lang::Zh:
        return std::to_string(when.year) + "年" + std::to_string(when.month) + "月" +
               std::to_string(when.day) + "日";
    case Lang::En: break;
    }
    return std::string(months_en[static_cast<std::size_t>(m)]) + " " + std::to_string(when.day) +
           ", " + std::to_string(when.year);
}

std::string LocaleText::date_time(const DateTime& when) const {
    std::string out = date(when);
    if (when.has_time) {
        out += (m_lang == Lang::Zh ? " " : ", ") + std::to_string(when.hour) + ":" + two(when.minute) +
               " " + offset_text(when);
    }
    return out;
}

std::string LocaleText::updated(const DateTime& when) const {
    switch (m_lang) {
    case Lang::Ru: return "Обновлено " + date(when);
    case Lang::Zh: return "更新于" + date(when);
    case Lang::En: break;
    }
    return "Updated " + date(when);
}

std::string LocaleText::page_of(int page, int pages) const {
    switch (m_lang) {
    case Lang::Ru: return "Стр. " + std::to_string(page) + " из " + std::to_string(pages);
    case Lang::Zh:
        return "第 " + std::to_string(page) + " 页，共 " + std::to_string(pages) + " 页";
    case Lang::En: break;
    }
    return "Page " + std::to_string(page) + " of " + std::to_string(pages);
}

std::string LocaleText::correction(const DateTime& when) const {
    switch (m_lang) {
    case Lang::Ru: return "Исправление, " + date(when) + ":";
    case Lang::Zh: return "更正（" + date(when) + "）：";
    case Lang::En: break;
    }
    return "Correction, " + date(when) + ":";
}

std::string LocaleText::embargoed_until(const DateTime& when) const {
    switch (m_lang) {
    case Lang::Ru: return "Эмбарго до " + date_time(when);
    case Lang::Zh: return "禁发至 " + date_time(when);
    case Lang::En: break;
    }
    return "Embargoed until " + date_time(when);
}

std::string LocaleText::withheld() const {
    switch (m_lang) {
    case Lang::Ru: return "Задержано: не публиковать";
    case Lang::Zh: return "暂缓：请勿发布";
    case Lang::En: break;
    }
    return "Withheld: do not publish";
}

std::string LocaleText::canceled() const {
    switch (m_lang) {
    case Lang::Ru: return "Отозвано: не публиковать";
    case Lang::Zh: return "已撤销：请勿发布";
    case Lang::En: break;
    }
    return "Kill: this story has been canceled, do not publish";
}

std::string LocaleText::by(const std::string& names) const {
    switch (m_lang) {
    case Lang::Ru: return "Автор: " + names;
    case Lang::Zh: return "作者：" + names;
    case Lang::En: break;
    }
    return "By " + names;
}

std::string LocaleText::and_word() const {
    switch (m_lang) {
    case Lang::Ru: return " и ";
    case Lang::Zh: return "、";
    case Lang::En: break;
    }
    return " and ";
}

}  // namespace galley::pdf
