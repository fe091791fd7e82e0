// A minimal JSON reader for files galley itself wrote (the previous run report that
// --skip-unchanged compares against). Not a general-purpose parser: no streaming, no
// duplicate-key policy, numbers as double.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::detail {

struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::map<std::string, JsonValue> object;

    /// The member `key` of an object, or nullptr.
    const JsonValue* get(std::string_view key) const;
    /// The member as a string, or "" when absent or not a string.
    std::string get_string(std::string_view key) const;
};

/// Parses `text`; nullopt when it is not valid JSON (or nests deeper than 64).
std::optional<JsonValue> parse_json(std::string_view text);

}  // namespace galley::detail
