// Comparing side file targets with the article's inputs by device and inode number.
#include "job/side_file_guard.hpp"

#include <fstream>
#include <iterator>

#include <sys/stat.h>

namespace galley::detail {

namespace fs = std::filesystem;

namespace {

std::optional<std::pair<unsigned long long, unsigned long long>> identity(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        return std::nullopt;
    }
    return std::pair{static_cast<unsigned long long>(st.st_dev),
                     static_cast<unsigned long long>(st.st_ino)};
}

bool holds(const fs::path& file, std::string_view bytes) {
    std::error_code ec;
    if (fs::file_size(file, ec) != bytes.size() || ec) {
        return false;
    }
    std::ifstream in(file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    return content == bytes;
}

}  // namespace

SideFileTarget ArticleInputs::classify(const fs::path& target, std::string_view bytes) {
    const auto id = identity(target);
    if (!id) {
        return SideFileTarget::Free;
    }
    if (!m_ids) {
        m_ids.emplace();
        if (!m_article_file.empty()) {
            if (auto a = identity(m_article_file)) {
                m_ids->insert(*a);
            }
        }
        for (const Block& block : m_article.body) {
            if (const auto* image = std::get_if<Image>(&block.content)) {
                if (auto i = identity(m_image_folder / image->path)) {
                    m_ids->insert(*i);
                }
            }
        }
    }
    if (!m_ids->count(*id)) {
        return SideFileTarget::Free;
    }
    return holds(target, bytes) ? SideFileTarget::SameContent : SideFileTarget::Input;
}

}  // namespace galley::detail
