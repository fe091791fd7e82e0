// libpng's read and error callbacks over a buffer in memory.
#include <galley/png/memory_png_reader.hpp>

#include <cstdio>
#include <cstring>
#include <new>

namespace galley::png {

namespace {

void ignore_warning(png_structp, png_const_charp) {}  // ancillary chunks only

}  // namespace

MemoryPngReader::MemoryPngReader(std::string_view bytes) : m_bytes(bytes) {
    m_png = png_create_read_struct(PNG_LIBPNG_VER_STRING, this, fail, ignore_warning);
    m_info = m_png ? png_create_info_struct(m_png) : nullptr;
    if (!m_info) {
        png_destroy_read_struct(&m_png, nullptr, nullptr);
        throw std::bad_alloc();
    }
    png_set_read_fn(m_png, this, read_bytes);
}

MemoryPngReader::~MemoryPngReader() { png_destroy_read_struct(&m_png, &m_info, nullptr); }

void MemoryPngReader::set_message(const char* text) {
    std::snprintf(m_message, sizeof m_message, "%s", text);
}

void MemoryPngReader::read_bytes(png_structp png, png_bytep out, png_size_t n) {
    auto* self = static_cast<MemoryPngReader*>(png_get_io_ptr(png));
    if (n > self->m_bytes.size() - self->m_at) {
        png_error(png, "the file ends too early");
    }
    std::memcpy(out, self->m_bytes.data() + self->m_at, n);
    self->m_at += n;
}

void MemoryPngReader::fail(png_structp png, png_const_charp message) {
    static_cast<MemoryPngReader*>(png_get_error_ptr(png))->set_message(message);
    png_longjmp(png, 1);
}

}  // namespace galley::png
