// The document's XMP metadata packet: the information dictionary's title, author,
// subject, keywords, tools and dates again in XMP, the language, and the PDF/UA
// identification (pdfuaid:part 1) that accessibility checkers look for.
#pragma once

#include "pdf/hpdf_document.hpp"

#include <string>

namespace galley::pdf {

/// The XMP packet (UTF-8, with the xpacket wrapper) for `info` and the BCP 47 `language`.
std::string xmp_packet(const DocumentInfo& info, const std::string& language);

/// An XMP date ("2023-09-15T08:30:00+02:00") for a PDF date string
/// ("D:20230915083000+02'00'"); empty when `pdf_date` is empty.
std::string xmp_date(const std::string& pdf_date);

}  // namespace galley::pdf
