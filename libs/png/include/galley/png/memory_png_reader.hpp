// Reading a PNG held in memory with libpng, its fatal errors turned into a message.
//
// libpng reports fatal errors through a callback that must not return; the reader leaves
// it with longjmp to the setjmp in step(). The code a step runs (a lambda and libpng)
// must hold no object with a destructor, so the jump skips nothing: buffers belong to
// the caller's frame, outside the step.
#pragma once

#include <png.h>

#include <csetjmp>
#include <cstddef>
#include <string_view>

namespace galley::png {

class MemoryPngReader {
public:
    /// Reads from `bytes`, which must outlive the reader. Throws std::bad_alloc when
    /// libpng cannot allocate its structures.
    explicit MemoryPngReader(std::string_view bytes);
    ~MemoryPngReader();
    MemoryPngReader(const MemoryPngReader&) = delete;
    MemoryPngReader& operator=(const MemoryPngReader&) = delete;

    png_structp png() const { return m_png; }
    png_infop info() const { return m_info; }

    /// Runs `libpng_calls` (calls on png() and info()). False when libpng failed in
    /// them; message() then says why ("the file ends too early", libpng's own words).
    template <class Step> bool step(Step&& libpng_calls) {
        if (setjmp(png_jmpbuf(m_png))) {
            return false;
        }
        libpng_calls();
        return true;
    }

    const char* message() const { return m_message; }
    /// Replaces message() for a failure the caller found itself.
    void set_message(const char* text);

private:
    static void read_bytes(png_structp png, png_bytep out, png_size_t n);
    static void fail(png_structp png, png_const_charp message);

    std::string_view m_bytes;
    std::size_t m_at = 0;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    char m_message[256] = {};
};

}  // namespace galley::png
