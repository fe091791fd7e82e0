// The OCF container through libzip: a ZIP built in a memory source, then read back.
// Compressed entries are deflated by galley's Deflater and handed to libzip as such.
#include "ocf_container.hpp"

#include <galley/diagnostic.hpp>

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace galley::epub {

namespace {

constexpr std::string_view mimetype = "application/epub+zip";

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw Error(ErrorCode::ExportFailed,
                "EPUB container: " + what + ": " + zip_error_strerror(error));
}

// The ZIP's DOS date and time for a UTC moment, held within DOS time's range.
void dos_time(const DateTime& t, zip_uint16_t& date, zip_uint16_t& time) {
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

// A libzip source over data we deflated ourselves: its stat says "deflated", so libzip
// copies the bytes into the archive as they are instead of compressing them again.
class DeflatedSource {
public:
    explicit DeflatedSource(const Deflated& data) : m_data(data) { zip_error_init(&m_error); }
    ~DeflatedSource() { zip_error_fini(&m_error); }

    static zip_int64_t callback(void* self, void* data, zip_uint64_t length,
                                zip_source_cmd_t command) {
        return static_cast<DeflatedSource*>(self)->handle(data, length, command);
    }

private:
    const Deflated& m_data;
    std::size_t m_position = 0;
    zip_error_t m_error;

    zip_int64_t handle(void* data, zip_uint64_t length, zip_source_cmd_t command) {
        switch (command) {
        case ZIP_SOURCE_OPEN: m_position = 0; return 0;
        case ZIP_SOURCE_READ: {
            const std::size_t n = std::min<std::size_t>(length, m_data.data.size() - m_position);
            std::memcpy(data, m_data.data.data() + m_position, n);
            m_position += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = m_data.size;
            st->comp_size = m_data.data.size();
            st->comp_method = ZIP_CM_DEFLATE;
            st->crc = m_data.crc;
            st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return zip_error_to_data(&m_error, data, length);
        case ZIP_SOURCE_FREE: delete this; return 0;
        case ZIP_SOURCE_SUPPORTS: return ZIP_SOURCE_SUPPORTS_READABLE;
        default: zip_error_set(&m_error, ZIP_ER_OPNOTSUPP, 0); return -1;
        }
    }
};

// Adds one file to the archive and stamps it with the time.
void add(zip_t* archive, std::string_view path, zip_source_t* source, zip_int32_t method,
         zip_uint16_t date, zip_uint16_t time) {
    const std::string name(path);
    if (source == nullptr) {
        fail("adding " + name, zip_get_error(archive));
    }
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail("adding " + name, zip_get_error(archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, method, 0) != 0 ||
        zip_file_set_dostime(archive, i, time, date, 0) != 0) {
        fail("setting up " + name, zip_get_error(archive));
    }
}

zip_source_t* stored_source(zip_t* archive, std::string_view bytes) {
    return zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
}

zip_source_t* deflated_source(zip_t* archive, const Deflated& data) {
    auto* context = new DeflatedSource(data);
    zip_source_t* source = zip_source_function(archive, DeflatedSource::callback, context);
    if (source == nullptr) {
        delete context;
    }
    return source;
}

}  // namespace

void write_container(const std::vector<ContainerEntry>& entries, const DateTime& modified,
                     std::string& out) {
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &error));
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
    // Deflated data must outlive zip_close(), which is when libzip reads it.
    std::vector<Deflated> compressed;
    compressed.reserve(entries.size());
    try {
        Deflater deflater;
        add(archive, "mimetype", stored_source(archive, mimetype), ZIP_CM_STORE, date, time);
        for (const auto& entry : entries) {
            zip_source_t* source = nullptr;
            switch (entry.storage) {
            case ContainerEntry::Storage::Stored:
                source = stored_source(archive, entry.bytes);
                break;
            case ContainerEntry::Storage::Compressed:
                compressed.push_back(deflater.deflate(entry.bytes));
                source = deflated_source(archive, compressed.back());
                break;
            case ContainerEntry::Storage::Deflated:
                source = deflated_source(archive, *entry.deflated);
                break;
            }
            const bool stored = entry.storage == ContainerEntry::Storage::Stored;
            add(archive, entry.path, source, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, date, time);
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
