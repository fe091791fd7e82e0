// The OCF container through libzip: a ZIP built in a memory source, then read back.
#include "ocf_container.hpp"

#include <galley/diagnostic.hpp>

#include <zip.h>

#include <memory>

namespace galley::epub {

namespace {

constexpr std::string_view mimetype = "application/epub+zip";

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw Error(ErrorCode::ExportFailed, "EPUB container: " + what + ": " + zip_error_strerror(error));
}

// The ZIP's DOS date and time for a UTC moment, held within DOS time's range.
void dos_time(const UtcTime& t, zip_uint16_t& date, zip_uint16_t& time) {
    if (t.year < 1980) {
        date = (0 << 9) | (1 << 5) | 1;  // 1980-01-01 00:00:00
        time = 0;
        return;
    }
    const int year = t.year > 2107 ? 2107 : t.year;
    date = static_cast<zip_uint16_t>(((year - 1980) << 9) | (t.month << 5) | t.day);
    time = static_cast<zip_uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
}

struct SourceDeleter {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};

// Adds one file to the archive from memory, stored or deflated, stamped with the time.
void add(zip_t* archive, std::string_view path, std::string_view bytes, bool compress, zip_uint16_t date,
         zip_uint16_t time) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr) {
        fail("adding " + std::string(path), zip_get_error(archive));
    }
    const std::string name(path);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail("adding " + name, zip_get_error(archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_dostime(archive, i, time, date, 0) != 0) {
        fail("setting up " + name, zip_get_error(archive));
    }
}

}  // namespace

void write_container(const std::vector<ContainerEntry>& entries, const UtcTime& modified, std::string& out) {
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        fail("creating the buffer", &error);
    }
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        fail("opening the archive", &error);
    }
    // The archive releases its source when closed; the buffer must outlive that.
    zip_source_keep(buffer.get());
    zip_uint16_t date = 0, time = 0;
    dos_time(modified, date, time);
    try {
        add(archive, "mimetype", mimetype, false, date, time);
        for (const auto& entry : entries) {
            add(archive, entry.path, entry.bytes, entry.compress, date, time);
        }
    } catch (...) {
        zip_discard(archive);
        throw;
    }
    if (zip_close(archive) != 0) {
        zip_error_t* close_error = zip_get_error(archive);
        std::string message = zip_error_strerror(close_error);
        zip_discard(archive);
        throw Error(ErrorCode::ExportFailed, "EPUB container: writing the archive: " + message);
    }

    zip_source_t* source = buffer.get();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0) {
        fail("reading the archive back", zip_source_error(source));
    }
    const std::size_t start = out.size();
    out.resize(start + static_cast<std::size_t>(stat.size));
    const zip_int64_t read = zip_source_read(source, out.data() + start, stat.size);
    zip_source_close(source);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
        out.resize(start);
        fail("reading the archive back", zip_source_error(source));
    }
}

}  // namespace galley::epub
