// Unicode normalisation of a loaded article: every text field in NFC.
#pragma once

#include <galley/document.hpp>

#include <string>

namespace galley::detail {

/// Puts `text` (valid UTF-8) in Normalization Form C. ASCII and text already in NFC are
/// recognised without a copy, so an ordinary article costs one scan per field.
void to_nfc(std::string& text);

/// Every text field of `article` in NFC: metadata, inline runs (not link targets),
/// blocks (not image paths), extension scalars and keys. Runs after loading, so
/// diagnostics, which point into the source as written, are not affected.
void normalize_article(Article& article);

}  // namespace galley::detail
