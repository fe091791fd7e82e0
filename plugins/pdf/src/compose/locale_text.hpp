// The few words galley itself prints on a page (dates, "Updated", "Page 1 of 2"), in
// the article's language: English, Russian and Chinese, English for the rest.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <string_view>

namespace galley::pdf {

class LocaleText {
public:
    /// For a primary language subtag ("en", "ru", "zh").
    explicit LocaleText(std::string_view language);

    /// "July 10, 2023" / "10 июля 2023 г." / "2023年7月10日".
    std::string date(const DateTime& when) const;
    /// The date and, when known, the time with its offset: "July 10, 2023, 14:30 UTC+03:00".
    std::string date_time(const DateTime& when) const;
    std::string updated(const DateTime& when) const;
    std::string page_of(int page, int pages) const;
    std::string correction(const DateTime& when) const;
    std::string embargoed_until(const DateTime& when) const;
    std::string withheld() const;
    std::string canceled() const;
    /// "By A, B and C" for a list of names.
    std::string by(const std::string& names) const;
    std::string and_word() const;

private:
    enum class Lang { En, Ru, Zh } m_lang = Lang::En;
};

}  // namespace galley::pdf
