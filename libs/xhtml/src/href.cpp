// Scheme checks and RFC 3986 percent-encoding for link targets.
#include <galley/xhtml/href.hpp>

#include <galley/xhtml/ascii_case.hpp>

namespace galley::xhtml {

namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// unreserved / gen-delims / sub-delims, except the brackets handled apart.
bool is_uri_char(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return std::string_view("-._~:/?#@!$&'()*+,;=").find(c) != std::string_view::npos;
}

// Where the authority of "scheme://authority/..." ends; 0 when there is none.
std::size_t authority_end(std::string_view url) {
    const std::size_t start = url.find("://");
    if (start == std::string_view::npos) {
        return 0;
    }
    const std::size_t end = url.find_first_of("/?#", start + 3);
    return end == std::string_view::npos ? url.size() : end;
}

}  // namespace

bool is_safe_url(std::string_view url) {
    return starts_with_ignoring_case(url, "http://") ||
           starts_with_ignoring_case(url, "https://") || starts_with_ignoring_case(url, "mailto:");
}

std::string href_from_url(std::string_view url) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const std::size_t authority = authority_end(url);
    std::string out;
    out.reserve(url.size());
    for (std::size_t i = 0; i < url.size(); ++i) {
        const char c = url[i];
        const bool keep =
            is_uri_char(c) || ((c == '[' || c == ']') && i < authority) ||
            (c == '%' && i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2]));
        if (keep) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        }
    }
    return out;
}

}  // namespace galley::xhtml
