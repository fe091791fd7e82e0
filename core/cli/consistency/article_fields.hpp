// What `galley check` and the cross-format test compare: the fields a reader sees
// (headline, dek, byline, dateline, body paragraphs, captions, embargo notice,
// copyright), as the model says they should read and as each output actually shows them.
#pragma once

#include <galley/document.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace galley::consistency {

/// Field name -> its values in reading order (one for most fields; one per paragraph or
/// caption). A field a format does not carry is absent, not empty.
using Fields = std::map<std::string, std::vector<std::string>>;

/// The field names, in the order reports print them.
const std::vector<std::string>& field_names();

/// What one output shows: its fields when the format is structured, or its text when
/// only a text dump exists (PDF): then each expected value is looked for in the text.
struct Extraction {
    Fields fields;
    std::optional<std::string> text;
    std::string skipped;  ///< non-empty: the format could not be read, and why
};

/// Reads one format's output (the bytes render() produced).
struct Extractor {
    std::string format_id;  ///< the exporter id it reads: "xhtml", "pdf", ...
    std::function<Extraction(const std::string& bytes)> extract;
};

/// Every extractor galley has; a format without one is not compared. To add a format,
/// write its extract function and list it in extractors.cpp.
const std::vector<Extractor>& extractors();

/// The fields as every format must show them: the model's text, and the displayed
/// strings from galley/presentation.hpp.
Fields expected_fields(const Article& article);

/// One disagreement between the expectation and a format's output.
struct Difference {
    std::string field;
    std::string format_id;
    std::string expected;
    std::string found;  ///< "" with `missing` when the value is nowhere in the text
    bool missing = false;
};

/// Compares `got` with `expected`, modulo white space, line breaks, soft hyphens and
/// hyphenation, and (for a text dump) letter case. Fields the format does not carry are
/// not compared.
std::vector<Difference> compare(const Fields& expected, const Extraction& got,
                                const std::string& format_id);

}  // namespace galley::consistency
