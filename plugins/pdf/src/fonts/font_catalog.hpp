// The fonts the exporter uses: fixed files from the Debian packages that
// scripts/install-deps.sh installs, each read once per process on first use, and the
// per-character fallback chains over them.
#pragma once

#include "fonts/font_face.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace galley::pdf {

/// Every face the exporter may embed.
enum class FaceId : std::uint8_t {
    LiberationSerif,
    LiberationSerifItalic,
    LiberationSerifBold,
    LiberationSerifBoldItalic,
    LiberationSans,
    LiberationSansItalic,
    LiberationSansBold,
    LiberationSansBoldItalic,
    LiberationMono,
    DejaVuSerif,
    DejaVuSerifItalic,
    DejaVuSerifBold,
    DejaVuSerifBoldItalic,
    DejaVuSans,
    DejaVuSansOblique,
    DejaVuSansBold,
    DejaVuSansBoldOblique,
    DejaVuSansMono,
    WenQuanYiZenHei,
    // Noto faces per script (fonts-noto-core): serif (Naskh for Arabic) and sans, each
    // regular and bold. Debian has no Noto Serif Oriya and no Noto Sans Tibetan: the
    // one design of each stands in both places.
    NotoSerifHebrew,
    NotoSerifHebrewBold,
    NotoSansHebrew,
    NotoSansHebrewBold,
    NotoNaskhArabic,
    NotoNaskhArabicBold,
    NotoSansArabic,
    NotoSansArabicBold,
    NotoSerifDevanagari,
    NotoSerifDevanagariBold,
    NotoSansDevanagari,
    NotoSansDevanagariBold,
    NotoSerifBengali,
    NotoSerifBengaliBold,
    NotoSansBengali,
    NotoSansBengaliBold,
    NotoSerifTamil,
    NotoSerifTamilBold,
    NotoSansTamil,
    NotoSansTamilBold,
    NotoSerifThai,
    NotoSerifThaiBold,
    NotoSansThai,
    NotoSansThaiBold,
    NotoSerifGeorgian,
    NotoSerifGeorgianBold,
    NotoSansGeorgian,
    NotoSansGeorgianBold,
    NotoSerifArmenian,
    NotoSerifArmenianBold,
    NotoSansArmenian,
    NotoSansArmenianBold,
    NotoSerifEthiopic,
    NotoSerifEthiopicBold,
    NotoSansEthiopic,
    NotoSansEthiopicBold,
    NotoSerifLao,
    NotoSerifLaoBold,
    NotoSansLao,
    NotoSansLaoBold,
    NotoSerifKhmer,
    NotoSerifKhmerBold,
    NotoSansKhmer,
    NotoSansKhmerBold,
    NotoSerifMyanmar,
    NotoSerifMyanmarBold,
    NotoSansMyanmar,
    NotoSansMyanmarBold,
    NotoSerifSinhala,
    NotoSerifSinhalaBold,
    NotoSansSinhala,
    NotoSansSinhalaBold,
    NotoSerifGujarati,
    NotoSerifGujaratiBold,
    NotoSansGujarati,
    NotoSansGujaratiBold,
    NotoSerifGurmukhi,
    NotoSerifGurmukhiBold,
    NotoSansGurmukhi,
    NotoSansGurmukhiBold,
    NotoSerifKannada,
    NotoSerifKannadaBold,
    NotoSansKannada,
    NotoSansKannadaBold,
    NotoSerifMalayalam,
    NotoSerifMalayalamBold,
    NotoSansMalayalam,
    NotoSansMalayalamBold,
    NotoSerifTelugu,
    NotoSerifTeluguBold,
    NotoSansTelugu,
    NotoSansTeluguBold,
    NotoSerifOriya,
    NotoSerifOriyaBold,
    NotoSansOriya,
    NotoSansOriyaBold,
    NotoSerifTibetan,
    NotoSerifTibetanBold,
    NotoSansTibetan,
    NotoSansTibetanBold,
    Symbola,
    // Noto Serif CJK, one face per region of one collection: regular, then bold.
    NotoSerifCjkSc,
    NotoSerifCjkScBold,
    NotoSerifCjkTc,
    NotoSerifCjkTcBold,
    NotoSerifCjkJp,
    NotoSerifCjkJpBold,
    NotoSerifCjkKr,
    NotoSerifCjkKrBold,
};
inline constexpr std::size_t face_count = 108;

enum class Family : std::uint8_t { Serif, Sans, Mono };

/// Which family of faces leads the chains: Liberation (Times/Arial metrics, the
/// default) or DejaVu (wider coverage, looser set).
enum class FontSet : std::uint8_t { Liberation, DejaVu };

/// A requested style; the chain of faces that serve it comes from fallback_chain().
struct FaceRequest {
    Family family = Family::Serif;
    bool bold = false;
    bool italic = false;
};

/// The faces tried in order for each character of text in `request`: with the
/// Liberation set, the Liberation face of that style, the DejaVu faces, then WenQuanYi
/// Zen Hei, then Symbola (symbols and emoji); with the DejaVu set, DejaVu first, then
/// Liberation, then WenQuanYi and Symbola.
std::span<const FaceId> fallback_chain(FaceRequest request, FontSet set = FontSet::Liberation);

/// The Noto face made for the script of `cp` in `request`'s family and weight (Noto
/// Naskh Arabic for Arabic serif text, Noto Sans Devanagari for Hindi headlines …), or
/// nothing for scripts the fallback chain serves (Latin, Greek, Cyrillic, CJK, symbols).
/// Characters common to several scripts (the danda, digits) have none: they take the
/// face of the run they stand in.
std::optional<FaceId> script_face(char32_t cp, FaceRequest request);

/// The Noto Serif CJK face for an article in `language` (BCP 47): Traditional Chinese
/// (zh-Hant, zh-TW, zh-HK, zh-MO), Japanese and Korean each get their region's face, any
/// other language the Simplified Chinese one. The region decides punctuation placement
/// (，。 bottom left in Simplified, centred in Traditional) and glyph forms, the `locl`
/// forms of one design, chosen once per article instead of shaping every ideograph.
FaceId cjk_face(std::string_view language, bool bold);

/// The face whose .notdef glyph stands in for a character no font has: a DejaVu face of
/// `request`'s family and weight, since DejaVu's .notdef is a drawn box while
/// Liberation's is empty (it would print as a gap).
FaceId missing_glyph_face(FaceRequest request);

/// Whether a face has a real bold weight (WenQuanYi has one weight only, so bold CJK text
/// is emboldened by stroking).
bool face_is_bold(FaceId id);

/// Whether a face has serifs (the PDF font descriptor's Serif flag).
bool face_is_serif(FaceId id);

/// The Debian package that ships a face, for error messages.
const char* face_package(FaceId id);

class FontCatalog {
public:
    /// Fonts are read from `root` (normally /usr/share/fonts).
    explicit FontCatalog(std::string root = "/usr/share/fonts");
    ~FontCatalog();

    /// The face, read from disk on first use (thread-safe). Throws galley::Error when
    /// its file is missing.
    const FontFace& face(FaceId id) const;

private:
    std::string m_root;
    mutable std::array<std::once_flag, face_count> m_once;
    mutable std::array<std::unique_ptr<FontFace>, face_count> m_faces;
};

}  // namespace galley::pdf
