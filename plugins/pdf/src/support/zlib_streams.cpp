// Deflater and Inflater over zlib's z_stream.
#include "support/zlib_streams.hpp"

#include <galley/diagnostic.hpp>

#include <zlib.h>

namespace galley::pdf {

namespace {
constexpr std::size_t chunk = 16384;
[[noreturn]] void zlib_failed() {
    throw Error(ErrorCode::ExportFailed, "pdf: zlib failed (out of memory?)");
}
}  // namespace

Deflater::Deflater(int level) : m_z(new z_stream{}) {
    if (deflateInit(m_z, level) != Z_OK) {
        delete m_z;
        zlib_failed();
    }
}

Deflater::~Deflater() {
    deflateEnd(m_z);
    delete m_z;
}

void Deflater::run(int flush) {
    for (;;) {
        const std::size_t used = m_out.size();
        m_out.resize(used + chunk);
        m_z->next_out = reinterpret_cast<Bytef*>(m_out.data() + used);
        m_z->avail_out = static_cast<uInt>(chunk);
        const int status = deflate(m_z, flush);
        m_out.resize(used + chunk - m_z->avail_out);
        if (status == Z_STREAM_ERROR) {
            zlib_failed();
        }
        if (flush == Z_FINISH ? status == Z_STREAM_END : m_z->avail_in == 0) {
            return;
        }
    }
}

void Deflater::add(const void* data, std::size_t size) {
    m_z->next_in = static_cast<Bytef*>(const_cast<void*>(data));
    m_z->avail_in = static_cast<uInt>(size);
    run(Z_NO_FLUSH);
}

std::string Deflater::finish() {
    m_z->next_in = nullptr;
    m_z->avail_in = 0;
    run(Z_FINISH);
    deflateReset(m_z);
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

std::string deflate_bytes(std::string_view data, int level) {
    Deflater d(level);
    d.add(data);
    return d.finish();
}

Inflater::Inflater(std::string_view compressed) : m_z(new z_stream{}) {
    m_z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    m_z->avail_in = static_cast<uInt>(compressed.size());
    if (inflateInit(m_z) != Z_OK) {
        delete m_z;
        zlib_failed();
    }
}

Inflater::~Inflater() {
    inflateEnd(m_z);
    delete m_z;
}

bool Inflater::read(unsigned char* out, std::size_t size) {
    if (m_failed) {
        return false;
    }
    m_z->next_out = out;
    m_z->avail_out = static_cast<uInt>(size);
    while (m_z->avail_out > 0) {
        if (m_ended) {
            m_failed = true;
            return false;
        }
        const int status = inflate(m_z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            m_ended = true;
        } else if (status != Z_OK) {
            m_failed = true;
            return false;
        }
    }
    return true;
}

bool Inflater::at_end() {
    if (m_failed) {
        return false;
    }
    if (!m_ended) {
        unsigned char probe;
        m_z->next_out = &probe;
        m_z->avail_out = 1;
        const int status = inflate(m_z, Z_NO_FLUSH);
        m_ended = status == Z_STREAM_END && m_z->avail_out == 1;
    }
    return m_ended;
}

}  // namespace galley::pdf
