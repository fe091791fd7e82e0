// Dates and times through ICU: the best pattern CLDR has for the language, formatted in
// an explicit time zone (never the process's default locale or zone).
#include <galley/presentation.hpp>

#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/simpletz.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <utility>

namespace galley::presentation {

namespace {

// Building a pattern generator loads CLDR data (about a millisecond): one generator per
// language, kept for every skeleton asked of it, and the pattern cached per skeleton.
icu::UnicodeString best_pattern(const std::string& language, const char* skeleton) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, std::string>, icu::UnicodeString> cache;
    static std::map<std::string, std::unique_ptr<icu::DateTimePatternGenerator>> generators;
    const std::lock_guard<std::mutex> lock(mutex);
    auto key = std::make_pair(language, std::string(skeleton));
    if (auto found = cache.find(key); found != cache.end()) {
        return found->second;
    }
    UErrorCode status = U_ZERO_ERROR;
    auto [slot, fresh] = generators.try_emplace(language);
    if (fresh) {
        slot->second.reset(
            icu::DateTimePatternGenerator::createInstance(icu::Locale(language.c_str()), status));
        if (U_FAILURE(status)) {
            slot->second.reset();
        }
    }
    icu::UnicodeString pattern;
    if (slot->second) {
        status = U_ZERO_ERROR;
        pattern = slot->second->getBestPattern(icu::UnicodeString(skeleton), status);
    }
    if (!slot->second || U_FAILURE(status)) {
        pattern.remove();
    }
    cache.emplace(std::move(key), pattern);
    return pattern;
}

// A formatter for one language, skeleton and UTC offset, built once per thread: ICU
// formatters are costly to build and one instance must not format on two threads.
icu::SimpleDateFormat* formatter_for(const std::string& tag, const char* skeleton,
                                     int offset_minutes) {
    using Key = std::tuple<std::string, std::string, int>;
    thread_local std::map<Key, std::unique_ptr<icu::SimpleDateFormat>> formatters;
    Key key{tag, skeleton, offset_minutes};
    if (auto found = formatters.find(key); found != formatters.end()) {
        return found->second.get();
    }
    const icu::UnicodeString pattern = best_pattern(tag, skeleton);
    UErrorCode status = U_ZERO_ERROR;
    auto formatter =
        std::make_unique<icu::SimpleDateFormat>(pattern, icu::Locale(tag.c_str()), status);
    if (pattern.isEmpty() || U_FAILURE(status)) {
        formatter.reset();
    } else {
        formatter->adoptTimeZone(new icu::SimpleTimeZone(offset_minutes * 60 * 1000, "galley"));
    }
    return formatters.emplace(std::move(key), std::move(formatter)).first->second.get();
}

std::string format(const DateTime& when, std::string_view language, const char* skeleton,
                   int offset_minutes) {
    const std::string tag(language.empty() ? std::string_view("en") : language);
    icu::SimpleDateFormat* formatter = formatter_for(tag, skeleton, offset_minutes);
    if (formatter == nullptr) {
        return when.iso8601();
    }
    const UDate instant = static_cast<double>(when.unix_seconds()) * 1000.0;
    icu::UnicodeString text;
    formatter->format(instant, text);
    // CLDR 42 puts U+202F (narrow no-break space) before "AM"/"PM"; many fonts the PDF
    // embeds and older reading systems lack it, so use the plain no-break space.
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x202F)),
                        icu::UnicodeString(static_cast<UChar32>(0x00A0)));
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

std::optional<int> article_utc_offset(const Article& article) {
    const DateTime* dateline_date =
        article.dateline && article.dateline->date ? &*article.dateline->date : nullptr;
    for (const DateTime* candidate :
         {article.published ? &*article.published : nullptr, dateline_date,
          article.created ? &*article.created : nullptr}) {
        if (candidate != nullptr && candidate->has_time) {
            return candidate->offset_minutes;
        }
    }
    return std::nullopt;
}

std::string format_date(const DateTime& when, std::string_view language,
                        std::optional<int> utc_offset) {
    // A bare date is midnight UTC to unix_seconds(): format it in UTC to keep its day.
    const int offset = when.has_time ? utc_offset.value_or(when.offset_minutes) : 0;
    return format(when, language, "yMMMMd", offset);
}

std::string format_month_day(const DateTime& when, std::string_view language,
                             std::optional<int> utc_offset) {
    const int offset = when.has_time ? utc_offset.value_or(when.offset_minutes) : 0;
    return format(when, language, "MMMMd", offset);
}

std::string format_date_time(const DateTime& when, std::string_view language,
                             std::optional<int> utc_offset) {
    if (!when.has_time) {
        return format_date(when, language);
    }
    return format(when, language, "yMMMMdjmmO", utc_offset.value_or(when.offset_minutes));
}

}  // namespace galley::presentation
