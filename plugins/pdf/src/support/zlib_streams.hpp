// zlib as streams: compress or decompress piece by piece into growing strings, so big
// images never need whole-image buffers (fresh pages are expensive to fault in).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

struct z_stream_s;

namespace galley::pdf {

/// Deflates everything given to add() into `out()`; finish() ends the stream.
class Deflater {
public:
    explicit Deflater(int level = 6);
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    void add(const void* data, std::size_t size);
    void add(std::string_view data) { add(data.data(), data.size()); }
    /// Ends the stream; returns the compressed bytes (the Deflater can then be reused).
    std::string finish();

private:
    void run(int flush);
    z_stream_s* m_z;
    std::string m_out;
};

/// One-shot compression of a small buffer.
std::string deflate_bytes(std::string_view data, int level = 6);

/// Inflates a zlib stream on demand: read() fills exactly `size` bytes or reports that
/// the data ran out.
class Inflater {
public:
    explicit Inflater(std::string_view compressed);
    ~Inflater();
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    /// Fills `out` with the next `size` bytes; false when the data is corrupt or ends.
    bool read(unsigned char* out, std::size_t size);
    /// True when the stream ended exactly here (all data consumed).
    bool at_end();

private:
    z_stream_s* m_z;
    bool m_ended = false;
    bool m_failed = false;
};

}  // namespace galley::pdf
