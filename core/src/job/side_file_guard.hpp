// Side files (an XHTML page's image copies) are outputs: they must never replace an
// input of the article they come from.
#pragma once

#include <galley/document.hpp>

#include <filesystem>
#include <string_view>

namespace galley::detail {

enum class SideFileTarget {
    Free,          ///< nothing there, or a file galley may replace
    SameContent,   ///< an input that already holds exactly these bytes: skip the write
    Input,         ///< an input with other content: refuse
};

/// What writing `bytes` to `target` would do to the inputs of `article`: the article
/// file `article_file` (empty for standard input) and its images, which resolve against
/// `image_folder`.
SideFileTarget classify_side_file(const std::filesystem::path& target, std::string_view bytes,
                                  const std::filesystem::path& article_file,
                                  const std::filesystem::path& image_folder, const Article& article);

}  // namespace galley::detail
