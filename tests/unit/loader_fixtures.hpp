// The bad-input fixtures: tests/bad-input/<what>.yaml, each opening with two comment
// lines, "# expect: ..." (what it must produce) and "# schema: ..." (whether the JSON
// Schema refuses it too), with the exact diagnostics in <what>.expected beside it.
#pragma once

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace galley::test {

enum class SchemaVerdict { Rejects, Accepts, NotRun };

struct Fixture {
    fs::path file;
    std::string expect;  ///< the "# expect:" line's text
    SchemaVerdict schema = SchemaVerdict::NotRun;
};

inline fs::path bad_input_dir() { return test_data_dir() / "bad-input"; }

/// Every fixture, sorted by name. A missing or malformed header line gives an empty
/// `expect`, which the tests report.
inline std::vector<Fixture> bad_input_fixtures() {
    std::vector<Fixture> out;
    for (const auto& entry : fs::directory_iterator(bad_input_dir())) {
        if (entry.path().extension() != ".yaml") {
            continue;
        }
        Fixture f;
        f.file = entry.path();
        const std::string text = read_file(f.file);
        const std::size_t first_end = text.find('\n');
        const std::size_t second_end =
            first_end == std::string::npos ? first_end : text.find('\n', first_end + 1);
        const std::string first = text.substr(0, first_end);
        const std::string second = second_end == std::string::npos
                                       ? ""
                                       : text.substr(first_end + 1, second_end - first_end - 1);
        if (first.rfind("# expect: ", 0) == 0) {
            f.expect = first.substr(10);
        }
        if (second.rfind("# schema: rejects", 0) == 0) {
            f.schema = SchemaVerdict::Rejects;
        } else if (second.rfind("# schema: accepts", 0) == 0) {
            f.schema = SchemaVerdict::Accepts;
        } else if (second.rfind("# schema: not run", 0) != 0) {
            f.expect.clear();  // a third line form would be a typo
        }
        out.push_back(f);
    }
    std::sort(out.begin(), out.end(),
              [](const Fixture& a, const Fixture& b) { return a.file < b.file; });
    return out;
}

}  // namespace galley::test
