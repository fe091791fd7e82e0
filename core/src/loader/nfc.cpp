// NFC through ICU's Normalizer2, working on UTF-8 directly.
#include "loader/nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace galley::detail {

namespace {

const icu::Normalizer2* nfc_instance() {
    // ICU builds the instance once and shares it; it is thread-safe to use.
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

void normalize(InlineText& runs) {
    for (Inline& run : runs) {
        to_nfc(run.text);
        to_nfc(run.title);
        normalize(run.children);
    }
}

void normalize(ExtensionValue& value) {
    to_nfc(value.scalar);
    for (ExtensionValue& item : value.items) {
        normalize(item);
    }
    for (auto& [key, member] : value.members) {
        to_nfc(key);
        normalize(member);
    }
}

void normalize(Block& block) {
    std::visit(
        [](auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                normalize(b.content);
            } else if constexpr (std::is_same_v<T, Quote>) {
                normalize(b.content);
                normalize(b.attribution);
            } else if constexpr (std::is_same_v<T, List>) {
                for (InlineText& item : b.items) {
                    normalize(item);
                }
            } else if constexpr (std::is_same_v<T, Image>) {
                to_nfc(b.alt);
                normalize(b.caption);
                to_nfc(b.credit);
            }
        },
        block.content);
}

}  // namespace

void to_nfc(std::string& text) {
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return;  // ASCII is always NFC
    }
    const icu::Normalizer2* nfc = nfc_instance();
    if (!nfc) {
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) {
        return;
    }
    std::string out;
    out.reserve(text.size());
    icu::StringByteSink<std::string> sink(&out);
    status = U_ZERO_ERROR;
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_SUCCESS(status)) {
        text = std::move(out);
    }
}

void normalize_article(Article& a) {
    to_nfc(a.section);
    normalize(a.headline);
    normalize(a.subheadline);
    normalize(a.summary);
    to_nfc(a.byline);
    for (Person& p : a.authors) {
        to_nfc(p.name);
        to_nfc(p.role);
    }
    to_nfc(a.source);
    if (a.copyright) {
        to_nfc(a.copyright->holder);
        to_nfc(a.copyright->notice);
    }
    if (a.dateline) {
        to_nfc(a.dateline->place);
    }
    to_nfc(a.slugline);
    for (Correction& c : a.corrections) {
        normalize(c.text);
    }
    for (Subject& s : a.subjects) {
        to_nfc(s.name);
    }
    for (auto* list : {&a.keywords, &a.people, &a.organisations, &a.places}) {
        for (std::string& s : *list) {
            to_nfc(s);
        }
    }
    for (Block& b : a.body) {
        normalize(b);
    }
    // Keys are the map's order: rebuild it only when a key changes.
    std::map<std::string, ExtensionValue> extensions;
    for (auto& [key, value] : a.extensions) {
        std::string k = key;
        to_nfc(k);
        normalize(value);
        extensions.emplace(std::move(k), std::move(value));
    }
    a.extensions = std::move(extensions);
}

}  // namespace galley::detail
