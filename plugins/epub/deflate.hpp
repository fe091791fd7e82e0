// Raw DEFLATE (RFC 1951) for ZIP entries, done by galley rather than inside libzip so
// one compressor serves a whole container and constant files are compressed once per
// process.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace galley::epub {

/// A file's bytes deflated, with what the ZIP headers need to know of the original.
struct Deflated {
    std::string data;        ///< raw DEFLATE stream, no zlib or gzip wrapper
    std::uint64_t size = 0;  ///< uncompressed size
    std::uint32_t crc = 0;   ///< CRC-32 of the uncompressed bytes
};

/// One zlib compressor, reset between files. Allocating its state once per container
/// rather than once per file is most of the cost of a small EPUB.
class Deflater {
public:
    Deflater();
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    Deflated deflate(std::string_view bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace galley::epub
