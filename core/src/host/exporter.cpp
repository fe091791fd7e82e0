// The out-of-line parts of the exporter contract (one vtable and typeinfo, in the core).
#include <galley/exporter.hpp>

#include <charconv>

namespace galley {

Exporter::~Exporter() = default;

std::optional<std::string> Exporter::check_option(std::string_view, std::string_view) const {
    return std::nullopt;
}

std::optional<std::string> Exporter::check_options(const ExportOptions&) const {
    return std::nullopt;
}

const std::string& ExportOptions::get(std::string_view key) const {
    static const std::string empty;
    auto it = values.find(std::string(key));
    return it == values.end() ? empty : it->second;
}

bool ExportOptions::get_bool(std::string_view key) const { return get(key) == "true"; }

long long ExportOptions::get_int(std::string_view key) const {
    const std::string& v = get(key);
    long long n = 0;
    std::from_chars(v.data(), v.data() + v.size(), n);
    return n;
}

}  // namespace galley
