// The newsml exporter's declared options and their checks.
#include "settings.hpp"

#include <galley/item_identity.hpp>
#include <galley/xhtml/ascii_case.hpp>

namespace galley::newsml {

namespace {
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An absolute URI (RFC 3986 `scheme ":" ...`) with nothing a URI may not hold as is:
// no white space, controls, quotes or angle brackets (they would need escaping in
// every receiver's parser, and IRIType forbids the space).
std::optional<std::string> check_absolute_uri(std::string_view value) {
    auto colon = value.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_alpha(value[0])) {
        return "expected an absolute URI such as https://example.com/sections/";
    }
    for (char c : value.substr(0, colon)) {
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') {
            return "expected an absolute URI such as https://example.com/sections/";
        }
    }
    if (colon + 1 == value.size()) {
        return "the URI has nothing after its scheme";
    }
    for (char c : value) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
            c == '`' || c == '{' || c == '|' || c == '}') {
            return "a URI cannot contain spaces, control characters or any of \"<>\\^`{|}";
        }
    }
    std::string scheme = xhtml::ascii_lower(value.substr(0, colon));
    if ((scheme == "http" || scheme == "https") &&
        (value.substr(colon + 1, 2) != "//" || value.size() <= colon + 3)) {
        return "an http(s) URI needs a host: https://HOST/...";
    }
    return std::nullopt;
}
}  // namespace

std::vector<OptionSpec> option_specs() {
    std::vector<OptionSpec> specs;
    specs.push_back({"provider",
                     OptionSpec::Type::String,
                     "",
                     "Domain of the organisation providing the item (e.g. example.com): "
                     "provider uri https://DOMAIN/ and the guid urn:newsml:DOMAIN:DATE:ID. "
                     "Unset: the article's source is the provider (literal) and the guid "
                     "uses the source's domain (a domain name or an http(s) URL's host), "
                     "else galley.invalid with a warning (once per run).",
                     {},
                     0,
                     0});
    specs.push_back({"section-base",
                     OptionSpec::Type::String,
                     "",
                     "Absolute URI the section's slug is appended to, giving itemMeta/service "
                     "(e.g. https://example.com/sections/). Unset: https://PROVIDER/section/, "
                     "PROVIDER being the guid's domain.",
                     {},
                     0,
                     0});
    specs.push_back({"pubstatus",
                     OptionSpec::Type::Enum,
                     "usable",
                     "Publishing status (stat:usable, stat:withheld, stat:canceled). The "
                     "more restrictive of this and the article's status wins, so a killed "
                     "story is never made usable again by an option.",
                     {"usable", "withheld", "canceled"},
                     0,
                     0});
    specs.push_back({"wrap",
                     OptionSpec::Type::Enum,
                     "none",
                     "none: the newsItem is the document. newsMessage: wrap it in a "
                     "newsMessage whose header/sent is the item's versionCreated. package: "
                     "a newsMessage with the text item, one picture item per image and a "
                     "packageItem grouping them (newsml.images is then not used).",
                     {"none", "newsMessage", "package"},
                     0,
                     0});
    specs.push_back({"pictures",
                     OptionSpec::Type::Enum,
                     "copy",
                     "With newsml.wrap=package: copy writes each picture beside the output "
                     "as ID.pictureN.EXT, referred to by remoteContent; embed puts it in the "
                     "item as base64 inlineData.",
                     {"copy", "embed"},
                     0,
                     0});
    specs.push_back({"images",
                     OptionSpec::Type::Enum,
                     "drop",
                     "Image blocks have no place in a text item. drop: leave them out with "
                     "a warning. caption: keep caption and credit (a figure with only its "
                     "figcaption), with a warning. fail: refuse to export an article that "
                     "has images.",
                     {"drop", "caption", "fail"},
                     0,
                     0});
    return specs;
}

std::optional<std::string> check_option_value(std::string_view key, std::string_view value) {
    if (key == "provider") {
        if (value.empty() || is_domain_name(value)) {
            return std::nullopt;
        }
        return "expected a domain name such as example.com (letters, digits, hyphens, dots)";
    }
    if (key == "section-base") {
        if (value.empty()) {
            return std::nullopt;
        }
        return check_absolute_uri(value);
    }
    return std::nullopt;
}

Settings read_settings(const ExportOptions& options) {
    Settings s;
    // Domains are case-insensitive; one spelling keeps the guid stable.
    s.provider = xhtml::ascii_lower(options.get("provider"));
    s.section_base = options.get("section-base");
    const std::string& status = options.get("pubstatus");
    s.pubstatus = status == "withheld"   ? PubStatus::Withheld
                  : status == "canceled" ? PubStatus::Canceled
                                         : PubStatus::Usable;
    const std::string& wrap = options.get("wrap");
    s.wrap = wrap == "newsMessage" ? Wrap::NewsMessage
             : wrap == "package"   ? Wrap::Package
                                   : Wrap::None;
    s.pictures = options.get("pictures") == "embed" ? Pictures::Embed : Pictures::Copy;
    const std::string& images = options.get("images");
    s.images = images == "caption" ? ImagePolicy::Caption
               : images == "fail"  ? ImagePolicy::Fail
                                   : ImagePolicy::Drop;
    return s;
}

}  // namespace galley::newsml
