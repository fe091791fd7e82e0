// load_article_file / load_article_text: size check, encoding scan, YAML, then the article.
#include <galley/loader.hpp>

#include "loader/article_reader.hpp"
#include "loader/encoding_check.hpp"
#include "loader/nfc.hpp"
#include "loader/reporter.hpp"
#include "loader/source_text.hpp"
#include "loader/yaml_tree.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace galley {

namespace {

std::string size_limit_message(std::size_t limit) {
    return "the file is larger than " + std::to_string(limit) + " bytes (the input size limit)";
}

LoadResult load(std::string_view bytes, std::string name, const std::filesystem::path& base_dir,
                const LoadLimits& limits) {
    LoadResult result;
    const detail::SourceText source(bytes);
    detail::Reporter report(name, &source);
    // The node tree keeps 32-bit offsets: 4 GiB is a hard ceiling whatever the limits say.
    const std::size_t max_bytes = std::min<std::size_t>(limits.max_input_bytes, 0xFFFFFFFFu);
    if (bytes.size() > max_bytes) {
        report.file_error(size_limit_message(max_bytes));
        result.diagnostics = report.take();
        return result;
    }
    const detail::EncodingCheck encoding = detail::check_encoding(source.text(), report);
    if (encoding.parseable) {
        if (auto tree = detail::parse_yaml(source, limits, report, encoding.first_error)) {
            if (tree->empty()) {
                report.error(0, "the file is empty; an article is a YAML mapping of keys such "
                                "as id, headline and body");
            } else {
                detail::check_escaped_characters(source, *tree, report);
                Article article = detail::read_article(source, *tree, limits, base_dir, report);
                if (!report.has_errors()) {
                    detail::normalize_article(article);
                    article.source_name = name;
                    result.article = std::move(article);
                }
            }
        }
    }
    result.diagnostics = report.take();
    return result;
}

}  // namespace

LoadResult load_article_file(const std::filesystem::path& file, const LoadLimits& limits) {
    const std::string name = file.string();
    auto fail = [&](std::string message) {
        LoadResult r;
        detail::Reporter report(name, nullptr);
        report.file_error(std::move(message));
        r.diagnostics = report.take();
        return r;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {
        return fail("cannot read the article: it is a folder");
    }
    // The size is checked before anything is read, so a huge file costs nothing.
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) {
        return fail("cannot read the article: " + ec.message());
    }
    if (size > limits.max_input_bytes) {
        return fail(size_limit_message(limits.max_input_bytes));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail(std::string("cannot read the article: ") + std::strerror(errno));
    }
    // Read at most one byte past the limit: the file may have grown since stat().
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    char extra = 0;
    if (in.get(extra)) {
        return fail("cannot read the article: the file changed while being read");
    }
    std::filesystem::path base = file.parent_path();
    if (base.empty()) {
        base = ".";
    }
    return load(bytes, name, base, limits);
}

LoadResult load_article_text(std::string_view yaml, std::string source_name,
                             const std::filesystem::path& base_dir, const LoadLimits& limits) {
    return load(yaml, std::move(source_name), base_dir, limits);
}

}  // namespace galley
