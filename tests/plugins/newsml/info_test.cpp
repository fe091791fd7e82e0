// The plugin's metadata and declared options, and how the host checks their values
// through the exporter (a bad value is a usage error naming the option).
#include "newsml_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley;
using namespace galley::newsml_test;

namespace {
const OptionSpec& spec(const std::string& key) {
    const auto& options = newsml().info.options;
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const OptionSpec& o) { return o.key == key; });
    REQUIRE(it != options.end());
    return *it;
}

// The host's verdict on `-O newsml.KEY=VALUE`: empty when accepted, else the message.
std::string verdict(const std::string& key, const std::string& value) {
    try {
        resolve_options(newsml(), {{key, value}});
        return {};
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Usage);
        return e.what();
    }
}
}  // namespace

TEST_CASE("info: id and extension and media type and version", "[newsml][info]") {
    const ExporterInfo& info = newsml().info;
    CHECK(info.id == "newsml");
    CHECK(info.extension == ".newsml.xml");
    CHECK(info.media_type == "application/vnd.iptc.g2.newsitem+xml");
    CHECK_FALSE(info.name.empty());
    CHECK_FALSE(info.version.empty());
}

TEST_CASE("info: the six options with their types and defaults and descriptions",
          "[newsml][info]") {
    std::vector<std::string> keys;
    for (const auto& o : newsml().info.options) {
        keys.push_back(o.key);
        CHECK(o.description.size() > 40);
    }
    CHECK(keys == std::vector<std::string>{"provider", "section-base", "pubstatus", "wrap",
                                           "pictures", "images"});
    CHECK(spec("provider").type == OptionSpec::Type::String);
    CHECK(spec("provider").default_value.empty());
    CHECK(spec("section-base").type == OptionSpec::Type::String);
    CHECK(spec("pubstatus").type == OptionSpec::Type::Enum);
    CHECK(spec("pubstatus").default_value == "usable");
    CHECK(spec("pubstatus").choices == std::vector<std::string>{"usable", "withheld", "canceled"});
    CHECK(spec("wrap").default_value == "none");
    CHECK(spec("wrap").choices == std::vector<std::string>{"none", "newsMessage", "package"});
    CHECK(spec("images").default_value == "drop");
    CHECK(spec("images").choices == std::vector<std::string>{"drop", "caption", "fail"});
}

TEST_CASE("newsml.provider must be a domain name", "[newsml][info]") {
    CHECK(verdict("provider", "example.com").empty());
    CHECK(verdict("provider", "News.Example.CO.UK").empty());
    CHECK(verdict("provider", "my-agency.example").empty());
    for (const char* bad : {"localhost", "exa mple.com", "-bad.com", "bad-.com", "a..b",
                            "example.com/", "https://example.com", "ex_ample.com", "例子.com"}) {
        INFO(bad);
        CHECK_THAT(verdict("provider", bad),
                   Catch::Contains("newsml.provider") && Catch::Contains("domain name"));
    }
}

TEST_CASE("newsml.section-base must be an absolute URI", "[newsml][info]") {
    CHECK(verdict("section-base", "https://example.com/sections/").empty());
    CHECK(verdict("section-base", "http://example.com/s?name=").empty());
    CHECK(verdict("section-base", "urn:example:section:").empty());
    for (const char* bad : {"sections/", "/abs/path", "https:", "https://", "https:/x",
                            "https://example.com/a b", "1http://x", "https://x/<y>"}) {
        INFO(bad);
        CHECK_THAT(verdict("section-base", bad), Catch::Contains("newsml.section-base"));
    }
}

TEST_CASE("enum options and unknown keys are checked by the host", "[newsml][info]") {
    CHECK_THAT(verdict("pubstatus", "killed"), Catch::Contains("usable, withheld, canceled"));
    CHECK_THAT(verdict("wrap", "newsmessage"), Catch::Contains("none, newsMessage"));
    CHECK_THAT(verdict("images", "embed"), Catch::Contains("drop, caption, fail"));
    CHECK_THAT(verdict("body", "nitf"), Catch::Contains("unknown option newsml.body"));
}
