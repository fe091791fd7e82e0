// The PDF's document information from the article: title, author, subject, keywords,
// and creation/modification dates from its timestamps (never the clock).
#pragma once

#include "pdf/hpdf_document.hpp"

#include <galley/document.hpp>

#include <cstdint>
#include <optional>

namespace galley::pdf {

/// A PDF date string: "D:20230710143000+03'00'", "D:20230710000000Z", or "D:20230710"
/// for a bare date.
std::string pdf_date(const DateTime& when);

/// The Info fields. `source_date_epoch` stands in for dates the article lacks.
DocumentInfo document_info(const Article& article, std::optional<std::int64_t> source_date_epoch);

}  // namespace galley::pdf
