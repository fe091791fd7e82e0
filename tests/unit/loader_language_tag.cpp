// BCP 47 language tag syntax (RFC 5646), with 2-3 letter primary subtags.
#include "loader/language_tag.hpp"

#include <catch2/catch.hpp>

using galley::detail::is_language_tag;

TEST_CASE("loader language tags: well-formed BCP 47 tags are accepted") {
    for (const char* tag : {"en",
                            "ru",
                            "zh-Hans",
                            "zh-Hant-TW",
                            "en-GB",
                            "EN-gb",
                            "es-419",
                            "sr-Latn-RS",
                            "de-CH-1996",
                            "sl-rozaj-biske",
                            "zh-yue-HK",
                            "ar-afb",
                            "en-US-u-ca-gregory",
                            "en-a-bbb-x-a-ccc",
                            "x-whatever",
                            "qaa-Qaaa-QM-x-southern",
                            "i-klingon",
                            "en-GB-oed",
                            "art-lojban",
                            "zh-min-nan",
                            "hy-Latn-IT-arevela"}) {
        INFO(tag);
        CHECK(is_language_tag(tag));
    }
}

TEST_CASE("loader language tags: malformed tags and words are refused") {
    for (const char* tag : {"", "e", "english", "Russian", "en_US", "en-", "-en", "en--US",
                            "en-US-", "x", "x-", "en-a", "en-a-b", "zh-Hans-Hant-CN-toolongvariant",
                            "en-123456789", "en US", "ру", "1en", "en-x-waytoolongsubtag"}) {
        INFO(tag);
        CHECK_FALSE(is_language_tag(tag));
    }
}
