// A small streaming JSON writer: stable key order (the caller's), two-space indent,
// RFC 8259 escaping. Used by the `json` exporter, `galley formats --json` and the run
// report, so all of galley's JSON looks and escapes the same.
#pragma once

#include <galley/export.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

class GALLEY_API JsonWriter {
public:
    /// Appends to `out`. `indent` 0 writes everything on one line.
    explicit JsonWriter(std::string& out, int indent = 2);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The next value's key (inside an object).
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(std::size_t number) { value(static_cast<std::int64_t>(number)); }
    void value(double number);
    void value(bool flag);
    void null();

    /// key(name) then value(v).
    template <typename T> void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    /// Appends `text` as a quoted, escaped JSON string to `out`.
    static void escape_to(std::string& out, std::string_view text);

private:
    void before_value();
    void newline();

    std::string& m_out;
    int m_indent;
    struct Level {
        bool is_object;
        bool empty = true;
    };
    std::vector<Level> m_stack;
    bool m_after_key = false;
};

}  // namespace galley
