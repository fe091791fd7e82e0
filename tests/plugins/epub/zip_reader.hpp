// Reading a ZIP from memory with libzip, for checking the EPUB container.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace galley::test {

struct ZipEntry {
    std::string name;
    std::string bytes;         ///< uncompressed
    std::uint16_t method = 0;  ///< 0 stored, 8 deflated
};

/// Every entry of the archive, in central-directory order. Throws when it is not a
/// readable ZIP.
std::vector<ZipEntry> read_zip(const std::string& archive);

/// The bytes of entry `name`; throws when absent.
const std::string& entry(const std::vector<ZipEntry>& entries, const std::string& name);

}  // namespace galley::test
