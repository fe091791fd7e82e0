// Font files, fallback chains and the once-per-process face cache.
#include "fonts/font_catalog.hpp"

#include <unicode/uscript.h>

#include <algorithm>

namespace galley::pdf {

namespace {

struct FaceFile {
    const char* path;  // relative to the catalog root
    unsigned index;    // face index inside a collection
    const char* package;
    bool bold;
    bool serif;
};

constexpr const char* liberation = "fonts-liberation2";
constexpr const char* dejavu = "fonts-dejavu-core";
constexpr const char* dejavu_extra = "fonts-dejavu-extra";
constexpr const char* noto = "fonts-noto-core";
constexpr const char* noto_cjk = "fonts-noto-cjk";

constexpr std::array<FaceFile, face_count> files{{
    {"truetype/liberation2/LiberationSerif-Regular.ttf", 0, liberation, false, true},
    {"truetype/liberation2/LiberationSerif-Italic.ttf", 0, liberation, false, true},
    {"truetype/liberation2/LiberationSerif-Bold.ttf", 0, liberation, true, true},
    {"truetype/liberation2/LiberationSerif-BoldItalic.ttf", 0, liberation, true, true},
    {"truetype/liberation2/LiberationSans-Regular.ttf", 0, liberation, false, false},
    {"truetype/liberation2/LiberationSans-Italic.ttf", 0, liberation, false, false},
    {"truetype/liberation2/LiberationSans-Bold.ttf", 0, liberation, true, false},
    {"truetype/liberation2/LiberationSans-BoldItalic.ttf", 0, liberation, true, false},
    {"truetype/liberation2/LiberationMono-Regular.ttf", 0, liberation, false, false},
    {"truetype/dejavu/DejaVuSerif.ttf", 0, dejavu, false, true},
    {"truetype/dejavu/DejaVuSerif-Italic.ttf", 0, dejavu_extra, false, true},
    {"truetype/dejavu/DejaVuSerif-Bold.ttf", 0, dejavu, true, true},
    {"truetype/dejavu/DejaVuSerif-BoldItalic.ttf", 0, dejavu_extra, true, true},
    {"truetype/dejavu/DejaVuSans.ttf", 0, dejavu, false, false},
    {"truetype/dejavu/DejaVuSans-Oblique.ttf", 0, dejavu_extra, false, false},
    {"truetype/dejavu/DejaVuSans-Bold.ttf", 0, dejavu, true, false},
    {"truetype/dejavu/DejaVuSans-BoldOblique.ttf", 0, dejavu_extra, true, false},
    {"truetype/dejavu/DejaVuSansMono.ttf", 0, dejavu, false, false},
    {"truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei", false, false},
    {"truetype/noto/NotoSerifHebrew-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifHebrew-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansHebrew-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansHebrew-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoNaskhArabic-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoNaskhArabic-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansArabic-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansArabic-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifDevanagari-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifDevanagari-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansDevanagari-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansDevanagari-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifBengali-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifBengali-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansBengali-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansBengali-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifTamil-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifTamil-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansTamil-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansTamil-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifThai-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifThai-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansThai-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansThai-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifGeorgian-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifGeorgian-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansGeorgian-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansGeorgian-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifArmenian-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifArmenian-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansArmenian-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansArmenian-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifEthiopic-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifEthiopic-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansEthiopic-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansEthiopic-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifLao-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifLao-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansLao-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansLao-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifKhmer-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifKhmer-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansKhmer-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansKhmer-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifMyanmar-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifMyanmar-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansMyanmar-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansMyanmar-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifSinhala-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifSinhala-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansSinhala-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansSinhala-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifGujarati-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifGujarati-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansGujarati-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansGujarati-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifGurmukhi-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifGurmukhi-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansGurmukhi-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansGurmukhi-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifKannada-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifKannada-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansKannada-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansKannada-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifMalayalam-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifMalayalam-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansMalayalam-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansMalayalam-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifTelugu-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifTelugu-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSansTelugu-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansTelugu-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSansOriya-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansOriya-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSansOriya-Regular.ttf", 0, noto, false, false},
    {"truetype/noto/NotoSansOriya-Bold.ttf", 0, noto, true, false},
    {"truetype/noto/NotoSerifTibetan-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifTibetan-Bold.ttf", 0, noto, true, true},
    {"truetype/noto/NotoSerifTibetan-Regular.ttf", 0, noto, false, true},
    {"truetype/noto/NotoSerifTibetan-Bold.ttf", 0, noto, true, true},
    {"truetype/ancient-scripts/Symbola_hint.ttf", 0, "fonts-symbola", false, false},
    {"opentype/noto/NotoSerifCJK-Regular.ttc", 2, noto_cjk, false, true},
    {"opentype/noto/NotoSerifCJK-Bold.ttc", 2, noto_cjk, true, true},
    {"opentype/noto/NotoSerifCJK-Regular.ttc", 3, noto_cjk, false, true},
    {"opentype/noto/NotoSerifCJK-Bold.ttc", 3, noto_cjk, true, true},
    {"opentype/noto/NotoSerifCJK-Regular.ttc", 0, noto_cjk, false, true},
    {"opentype/noto/NotoSerifCJK-Bold.ttc", 0, noto_cjk, true, true},
    {"opentype/noto/NotoSerifCJK-Regular.ttc", 1, noto_cjk, false, true},
    {"opentype/noto/NotoSerifCJK-Bold.ttc", 1, noto_cjk, true, true},
}};

using F = FaceId;
// Index: family * 4 + bold * 2 + italic. Serif falls back to DejaVu Serif, then to
// DejaVu Sans, which covers far more symbols; everything ends at WenQuanYi for CJK and
// Symbola for symbols and emoji.
constexpr std::array<std::array<FaceId, 5>, 12> chains{{
    {F::LiberationSerif, F::DejaVuSerif, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSerifItalic, F::DejaVuSerifItalic, F::DejaVuSansOblique, F::WenQuanYiZenHei,
     F::Symbola},
    {F::LiberationSerifBold, F::DejaVuSerifBold, F::DejaVuSansBold, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSerifBoldItalic, F::DejaVuSerifBoldItalic, F::DejaVuSansBoldOblique,
     F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSans, F::DejaVuSans, F::DejaVuSerif, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSansItalic, F::DejaVuSansOblique, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSansBold, F::DejaVuSansBold, F::DejaVuSerifBold, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationSansBoldItalic, F::DejaVuSansBoldOblique, F::DejaVuSansBold, F::WenQuanYiZenHei,
     F::Symbola},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
}};

constexpr std::array<std::array<FaceId, 5>, 12> dejavu_chains{{
    {F::DejaVuSerif, F::DejaVuSans, F::LiberationSerif, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSerifItalic, F::DejaVuSansOblique, F::LiberationSerifItalic, F::WenQuanYiZenHei,
     F::Symbola},
    {F::DejaVuSerifBold, F::DejaVuSansBold, F::LiberationSerifBold, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSerifBoldItalic, F::DejaVuSansBoldOblique, F::LiberationSerifBoldItalic,
     F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSans, F::DejaVuSerif, F::LiberationSans, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansOblique, F::DejaVuSans, F::LiberationSansItalic, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansBold, F::DejaVuSerifBold, F::LiberationSansBold, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansBoldOblique, F::DejaVuSansBold, F::LiberationSansBoldItalic, F::WenQuanYiZenHei,
     F::Symbola},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei, F::Symbola},
}};

// The Noto faces of one script: serif, serif bold, sans, sans bold.
struct ScriptFaces {
    UScriptCode script;
    FaceId first;  // the serif regular; the other three follow it in FaceId
};

// Arabic serif text is Noto Naskh Arabic. Its lam-alef is two glyphs, the alef part with
// no advance over the lam; the paragraph builder gives that part a narrow width of its
// own so extraction reads the word whole (see emit_strokes()).
constexpr std::array<ScriptFaces, 20> script_faces{{
    {USCRIPT_HEBREW, F::NotoSerifHebrew},         {USCRIPT_ARABIC, F::NotoNaskhArabic},
    {USCRIPT_DEVANAGARI, F::NotoSerifDevanagari}, {USCRIPT_BENGALI, F::NotoSerifBengali},
    {USCRIPT_TAMIL, F::NotoSerifTamil},           {USCRIPT_THAI, F::NotoSerifThai},
    {USCRIPT_GEORGIAN, F::NotoSerifGeorgian},     {USCRIPT_ARMENIAN, F::NotoSerifArmenian},
    {USCRIPT_ETHIOPIC, F::NotoSerifEthiopic},     {USCRIPT_LAO, F::NotoSerifLao},
    {USCRIPT_KHMER, F::NotoSerifKhmer},           {USCRIPT_MYANMAR, F::NotoSerifMyanmar},
    {USCRIPT_SINHALA, F::NotoSerifSinhala},       {USCRIPT_GUJARATI, F::NotoSerifGujarati},
    {USCRIPT_GURMUKHI, F::NotoSerifGurmukhi},     {USCRIPT_KANNADA, F::NotoSerifKannada},
    {USCRIPT_MALAYALAM, F::NotoSerifMalayalam},   {USCRIPT_TELUGU, F::NotoSerifTelugu},
    {USCRIPT_ORIYA, F::NotoSerifOriya},           {USCRIPT_TIBETAN, F::NotoSerifTibetan},
}};

}  // namespace

std::optional<FaceId> script_face(char32_t cp, FaceRequest request) {
    // Latin with its accents and IPA: the common case, decided without ICU.
    if (cp < 0x0370) {
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    // A character of several scripts (the danda of Devanagari, Bengali, Tamil …) has
    // Common as its script and those in its Script_Extensions: the first of them with
    // a face of its own draws it, as the general faces lack it.
    UScriptCode scripts[64];
    const int count = uscript_getScriptExtensions(static_cast<UChar32>(cp), scripts, 64, &status);
    if (U_FAILURE(status) || count <= 0) {
        return std::nullopt;
    }
    for (const ScriptFaces& s : script_faces) {
        if (std::find(scripts, scripts + count, s.script) != scripts + count) {
            // Monospaced text has no Noto face of its own: the sans stands in.
            const unsigned sans = request.family == Family::Serif ? 0u : 2u;
            return static_cast<FaceId>(static_cast<unsigned>(s.first) + sans +
                                       (request.bold ? 1u : 0u));
        }
    }
    return std::nullopt;
}

FaceId cjk_face(std::string_view language, bool bold) {
    auto is = [&](std::string_view tag) {
        return language.size() >= tag.size() && language.substr(0, tag.size()) == tag &&
               (language.size() == tag.size() || language[tag.size()] == '-');
    };
    FaceId regular = FaceId::NotoSerifCjkSc;
    if (is("zh-Hant") || is("zh-TW") || is("zh-HK") || is("zh-MO")) {
        regular = FaceId::NotoSerifCjkTc;
    } else if (is("ja")) {
        regular = FaceId::NotoSerifCjkJp;
    } else if (is("ko")) {
        regular = FaceId::NotoSerifCjkKr;
    }
    return static_cast<FaceId>(static_cast<unsigned>(regular) + (bold ? 1u : 0u));
}

FaceId missing_glyph_face(FaceRequest request) {
    if (request.family == Family::Serif) {
        return request.bold ? FaceId::DejaVuSerifBold : FaceId::DejaVuSerif;
    }
    return request.bold ? FaceId::DejaVuSansBold : FaceId::DejaVuSans;
}

std::span<const FaceId> fallback_chain(FaceRequest request, FontSet set) {
    const auto index = static_cast<std::size_t>(request.family) * 4 + (request.bold ? 2u : 0u) +
                       (request.italic ? 1u : 0u);
    return set == FontSet::DejaVu ? dejavu_chains[index] : chains[index];
}

bool face_is_bold(FaceId id) { return files[static_cast<std::size_t>(id)].bold; }

bool face_is_serif(FaceId id) { return files[static_cast<std::size_t>(id)].serif; }

const char* face_package(FaceId id) { return files[static_cast<std::size_t>(id)].package; }

FontCatalog::FontCatalog(std::string root) : m_root(std::move(root)) {}

FontCatalog::~FontCatalog() = default;

const FontFace& FontCatalog::face(FaceId id) const {
    const auto i = static_cast<std::size_t>(id);
    std::call_once(m_once[i], [&] {
        const FaceFile& f = files[i];
        m_faces[i] = std::make_unique<FontFace>(m_root + "/" + f.path, f.index, f.package);
    });
    return *m_faces[i];
}

}  // namespace galley::pdf
