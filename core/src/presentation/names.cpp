// The byline: authors' names joined the way the article's language joins a list (ICU's
// ListFormatter: "A, B, and C", "A, B и C", "A、B和C").
#include "wording.hpp"

#include <galley/presentation.hpp>

#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <vector>

namespace galley::presentation {

namespace {

std::vector<std::string> names_of(const Article& article) {
    std::vector<std::string> names;
    for (const Person& person : article.authors) {
        if (!person.name.empty()) {
            names.push_back(person.name);
        }
    }
    return names;
}

std::string join(const std::vector<std::string>& names, std::string_view language) {
    std::vector<icu::UnicodeString> items;
    for (const std::string& name : names) {
        items.push_back(icu::UnicodeString::fromUTF8(name));
    }
    // One formatter per language and thread: costly to build, not shared across threads.
    thread_local std::map<std::string, std::unique_ptr<icu::ListFormatter>> formatters;
    const std::string tag(language.empty() ? std::string_view("en") : language);
    auto found = formatters.find(tag);
    if (found == formatters.end()) {
        UErrorCode created = U_ZERO_ERROR;
        std::unique_ptr<icu::ListFormatter> made(
            icu::ListFormatter::createInstance(icu::Locale(tag.c_str()), created));
        found = formatters.emplace(tag, U_SUCCESS(created) ? std::move(made) : nullptr).first;
    }
    UErrorCode status = found->second ? U_ZERO_ERROR : U_MISSING_RESOURCE_ERROR;
    icu::UnicodeString text;
    if (U_SUCCESS(status)) {
        found->second->format(items.data(), static_cast<int32_t>(items.size()), text, status);
    }
    if (U_FAILURE(status)) {
        std::string out;
        for (const std::string& name : names) {
            out += (out.empty() ? "" : ", ") + name;
        }
        return out;
    }
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

std::string author_names(const Article& article) {
    const std::vector<std::string> names = names_of(article);
    return names.empty() ? std::string() : join(names, article.language);
}

std::string byline(const Article& article) {
    if (!article.byline.empty()) {
        return article.byline;
    }
    const std::vector<std::string> names = names_of(article);
    if (names.empty()) {
        return {};
    }
    const detail::Wording& w = detail::wording_for(article.language);
    return std::string(names.size() == 1 ? w.by_one : w.by_many) + join(names, article.language);
}

}  // namespace galley::presentation
