// SHA-256 digests (OpenSSL libcrypto, opened on first use) for run reports and
// --skip-unchanged.
#pragma once

#include <string>
#include <string_view>

namespace galley::detail {

/// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace galley::detail
