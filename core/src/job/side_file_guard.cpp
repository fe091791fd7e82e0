// Comparing a side file's target with the article's inputs, by file identity.
#include "job/side_file_guard.hpp"

#include <fstream>
#include <iterator>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::equivalent(a, b, ec) && !ec;
}

bool holds(const fs::path& file, std::string_view bytes) {
    std::error_code ec;
    if (fs::file_size(file, ec) != bytes.size() || ec) {
        return false;
    }
    std::ifstream in(file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return content == bytes;
}

}  // namespace

SideFileTarget classify_side_file(const fs::path& target, std::string_view bytes,
                                  const fs::path& article_file, const fs::path& image_folder,
                                  const Article& article) {
    std::error_code ec;
    if (!fs::exists(target, ec)) {
        return SideFileTarget::Free;
    }
    bool input = !article_file.empty() && same_file(target, article_file);
    for (const Block& block : article.body) {
        if (input) {
            break;
        }
        if (const auto* image = std::get_if<Image>(&block.content)) {
            input = same_file(target, image_folder / image->path);
        }
    }
    if (!input) {
        return SideFileTarget::Free;
    }
    return holds(target, bytes) ? SideFileTarget::SameContent : SideFileTarget::Input;
}

}  // namespace galley::detail
