// The newsml exporter's options: what it declares, how it checks free-form values, and
// the typed settings one render works from.
#pragma once

#include <galley/document.hpp>
#include <galley/exporter.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::newsml {

/// What surrounds the newsItem (`newsml.wrap`).
enum class Wrap {
    None,         ///< the newsItem is the document root
    NewsMessage,  ///< newsMessage/header/sent + itemSet/newsItem
    Package,      ///< newsMessage with the text item, a picture item per image and a
                  ///< packageItem grouping them
};

/// Where a package's picture items find their binary (`newsml.pictures`).
enum class Pictures {
    Copy,   ///< remoteContent href to a copy written beside the output
    Embed,  ///< inlineData, base64
};

/// What happens to image blocks (`newsml.images`): a text newsItem has no place for
/// the picture itself (the G2 way is a packageItem referring to a pictureItem).
enum class ImagePolicy {
    Drop,     ///< leave the figure out, with a warning naming it
    Caption,  ///< keep caption and credit as a paragraph of the body, with a warning
    Fail,     ///< refuse to export an article with images
};

/// The options of one render, checked and typed.
struct Settings {
    std::string provider;      ///< lower-case domain; empty when newsml.provider is not set
    std::string section_base;  ///< absolute URI; empty when not set
    PubStatus pubstatus = PubStatus::Usable;
    Wrap wrap = Wrap::None;
    ImagePolicy images = ImagePolicy::Drop;
    Pictures pictures = Pictures::Copy;
};

/// The options the exporter declares (keys without the "newsml." prefix).
std::vector<OptionSpec> option_specs();

/// Why a String option's value is not acceptable, or nothing when it is.
std::optional<std::string> check_option_value(std::string_view key, std::string_view value);

/// The typed settings from options the host has already checked.
Settings read_settings(const ExportOptions& options);

}  // namespace galley::newsml
