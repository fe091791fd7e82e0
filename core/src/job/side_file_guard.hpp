// Side files (an XHTML page's image copies) are outputs: they must never replace an
// input of the article they come from.
#pragma once

#include <galley/document.hpp>

#include <filesystem>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace galley::detail {

enum class SideFileTarget {
    Free,         ///< nothing there, or a file galley may replace
    SameContent,  ///< an input that already holds exactly these bytes: skip the write
    Input,        ///< an input with other content: refuse
};

/// The input files of one article, the article file (empty path for standard input) and
/// its images (resolved against `image_folder`), known by file identity.
class ArticleInputs {
public:
    ArticleInputs(std::filesystem::path article_file, std::filesystem::path image_folder,
                  const Article& article)
        : m_article_file(std::move(article_file)), m_image_folder(std::move(image_folder)),
          m_article(article) {}

    /// What writing `bytes` to `target` would do to these inputs. One stat per call; the
    /// inputs are looked at once, on the first target that exists.
    SideFileTarget classify(const std::filesystem::path& target, std::string_view bytes);

private:
    std::filesystem::path m_article_file;
    std::filesystem::path m_image_folder;
    const Article& m_article;
    std::optional<std::set<std::pair<unsigned long long, unsigned long long>>> m_ids;  // dev, inode
};

}  // namespace galley::detail
