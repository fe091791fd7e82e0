// Placeholder until the YAML loader lands (issue 2).
#include <galley/loader.hpp>

namespace galley {
namespace {
LoadResult not_yet(std::string name) {
    LoadResult r;
    Diagnostic d;
    d.where.file = std::move(name);
    d.message = "loader not built yet";
    r.diagnostics.push_back(std::move(d));
    return r;
}
}  // namespace
LoadResult load_article_file(const std::filesystem::path& file, const LoadLimits&) {
    return not_yet(file.string());
}
LoadResult load_article_text(std::string_view, std::string source_name,
                             const std::filesystem::path&, const LoadLimits&) {
    return not_yet(std::move(source_name));
}
}  // namespace galley
