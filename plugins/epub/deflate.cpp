// zlib raw deflate with a state reused across the files of one container.
#include "deflate.hpp"

#include <galley/diagnostic.hpp>

#include <zlib.h>

namespace galley::epub {

namespace {
// An 8 KiB window and memLevel 7 keep zlib's state under 100 KB: the files of an
// article are small, and a large state costs more in page faults than it saves.
constexpr int window_bits = -13;  // negative: raw deflate, as ZIP stores it
constexpr int memory_level = 7;

[[noreturn]] void fail(const char* what) {
    throw Error(ErrorCode::ExportFailed, std::string("EPUB container: zlib: ") + what);
}
}  // namespace

struct Deflater::Impl {
    z_stream stream{};
};

Deflater::Deflater() : m_impl(std::make_unique<Impl>()) {
    if (deflateInit2(&m_impl->stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window_bits, memory_level,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        fail("cannot start a compressor");
    }
}

Deflater::~Deflater() { deflateEnd(&m_impl->stream); }

Deflated Deflater::deflate(std::string_view bytes) {
    z_stream& z = m_impl->stream;
    if (deflateReset(&z) != Z_OK) {
        fail("cannot reset the compressor");
    }
    Deflated out;
    out.size = bytes.size();
    out.crc = static_cast<std::uint32_t>(
        crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
    out.data.resize(deflateBound(&z, static_cast<uLong>(bytes.size())));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data.data());
    z.avail_out = static_cast<uInt>(out.data.size());
    if (::deflate(&z, Z_FINISH) != Z_STREAM_END) {
        fail("cannot compress");
    }
    out.data.resize(out.data.size() - z.avail_out);
    return out;
}

}  // namespace galley::epub
