// Font files, fallback chains and the once-per-process face cache.
#include "fonts/font_catalog.hpp"

namespace galley::pdf {

namespace {

struct FaceFile {
    const char* path;  // relative to the catalog root
    unsigned index;    // face index inside a collection
    const char* package;
    bool bold;
};

constexpr const char* liberation = "fonts-liberation2";
constexpr const char* dejavu = "fonts-dejavu-core";
constexpr const char* dejavu_extra = "fonts-dejavu-extra";

constexpr std::array<FaceFile, face_count> files{{
    {"liberation2/LiberationSerif-Regular.ttf", 0, liberation, false},
    {"liberation2/LiberationSerif-Italic.ttf", 0, liberation, false},
    {"liberation2/LiberationSerif-Bold.ttf", 0, liberation, true},
    {"liberation2/LiberationSerif-BoldItalic.ttf", 0, liberation, true},
    {"liberation2/LiberationSans-Regular.ttf", 0, liberation, false},
    {"liberation2/LiberationSans-Italic.ttf", 0, liberation, false},
    {"liberation2/LiberationSans-Bold.ttf", 0, liberation, true},
    {"liberation2/LiberationSans-BoldItalic.ttf", 0, liberation, true},
    {"liberation2/LiberationMono-Regular.ttf", 0, liberation, false},
    {"dejavu/DejaVuSerif.ttf", 0, dejavu, false},
    {"dejavu/DejaVuSerif-Italic.ttf", 0, dejavu_extra, false},
    {"dejavu/DejaVuSerif-Bold.ttf", 0, dejavu, true},
    {"dejavu/DejaVuSerif-BoldItalic.ttf", 0, dejavu_extra, true},
    {"dejavu/DejaVuSans.ttf", 0, dejavu, false},
    {"dejavu/DejaVuSans-Oblique.ttf", 0, dejavu_extra, false},
    {"dejavu/DejaVuSans-Bold.ttf", 0, dejavu, true},
    {"dejavu/DejaVuSans-BoldOblique.ttf", 0, dejavu_extra, true},
    {"dejavu/DejaVuSansMono.ttf", 0, dejavu, false},
    {"wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei", false},
}};

using F = FaceId;
// Index: family * 4 + bold * 2 + italic. Serif falls back to DejaVu Serif, then to
// DejaVu Sans, which covers far more symbols; everything ends at WenQuanYi for CJK.
constexpr std::array<std::array<FaceId, 4>, 12> chains{{
    {F::LiberationSerif, F::DejaVuSerif, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::LiberationSerifItalic, F::DejaVuSerifItalic, F::DejaVuSansOblique, F::WenQuanYiZenHei},
    {F::LiberationSerifBold, F::DejaVuSerifBold, F::DejaVuSansBold, F::WenQuanYiZenHei},
    {F::LiberationSerifBoldItalic, F::DejaVuSerifBoldItalic, F::DejaVuSansBoldOblique,
     F::WenQuanYiZenHei},
    {F::LiberationSans, F::DejaVuSans, F::DejaVuSerif, F::WenQuanYiZenHei},
    {F::LiberationSansItalic, F::DejaVuSansOblique, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::LiberationSansBold, F::DejaVuSansBold, F::DejaVuSerifBold, F::WenQuanYiZenHei},
    {F::LiberationSansBoldItalic, F::DejaVuSansBoldOblique, F::DejaVuSansBold, F::WenQuanYiZenHei},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::LiberationMono, F::DejaVuSansMono, F::DejaVuSans, F::WenQuanYiZenHei},
}};

constexpr std::array<std::array<FaceId, 4>, 12> dejavu_chains{{
    {F::DejaVuSerif, F::DejaVuSans, F::LiberationSerif, F::WenQuanYiZenHei},
    {F::DejaVuSerifItalic, F::DejaVuSansOblique, F::LiberationSerifItalic, F::WenQuanYiZenHei},
    {F::DejaVuSerifBold, F::DejaVuSansBold, F::LiberationSerifBold, F::WenQuanYiZenHei},
    {F::DejaVuSerifBoldItalic, F::DejaVuSansBoldOblique, F::LiberationSerifBoldItalic,
     F::WenQuanYiZenHei},
    {F::DejaVuSans, F::DejaVuSerif, F::LiberationSans, F::WenQuanYiZenHei},
    {F::DejaVuSansOblique, F::DejaVuSans, F::LiberationSansItalic, F::WenQuanYiZenHei},
    {F::DejaVuSansBold, F::DejaVuSerifBold, F::LiberationSansBold, F::WenQuanYiZenHei},
    {F::DejaVuSansBoldOblique, F::DejaVuSansBold, F::LiberationSansBoldItalic, F::WenQuanYiZenHei},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei},
    {F::DejaVuSansMono, F::LiberationMono, F::DejaVuSans, F::WenQuanYiZenHei},
}};

}  // namespace

std::span<const FaceId> fallback_chain(FaceRequest request, FontSet set) {
    const auto index = static_cast<std::size_t>(request.family) * 4 + (request.bold ? 2u : 0u) +
                       (request.italic ? 1u : 0u);
    return set == FontSet::DejaVu ? dejavu_chains[index] : chains[index];
}

bool face_is_bold(FaceId id) { return files[static_cast<std::size_t>(id)].bold; }

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
