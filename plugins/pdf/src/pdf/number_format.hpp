// Locale-free, deterministic number formatting for PDF operators and objects.
#pragma once

#include <string>

namespace galley::pdf {

/// Appends `value` with at most `decimals` decimals, trailing zeros dropped ("12.5",
/// "0", "-3.25"); never exponent notation.
void append_number(std::string& out, double value, int decimals = 3);

}  // namespace galley::pdf
