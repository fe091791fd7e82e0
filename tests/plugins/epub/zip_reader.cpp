// libzip over a memory buffer, with a consistency check of the archive.
#include "zip_reader.hpp"

#include <zip.h>

#include <stdexcept>

namespace galley::test {

std::vector<ZipEntry> read_zip(const std::string& archive) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    zip_t* za = source ? zip_open_from_source(source, ZIP_CHECKCONS | ZIP_RDONLY, &error) : nullptr;
    if (za == nullptr) {
        const std::string message = zip_error_strerror(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        throw std::runtime_error("not a readable ZIP: " + message);
    }
    std::vector<ZipEntry> entries;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
        ZipEntry e;
        e.name = st.name;
        e.method = static_cast<std::uint16_t>(st.comp_method);
        e.bytes.resize(static_cast<std::size_t>(st.size));
        zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
        if (f == nullptr ||
            zip_fread(f, e.bytes.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
            throw std::runtime_error("cannot read " + e.name);
        }
        zip_fclose(f);
        entries.push_back(std::move(e));
    }
    zip_discard(za);
    return entries;
}

const std::string& entry(const std::vector<ZipEntry>& entries, const std::string& name) {
    for (const auto& e : entries) {
        if (e.name == name) {
            return e.bytes;
        }
    }
    throw std::runtime_error("no entry " + name);
}

}  // namespace galley::test
