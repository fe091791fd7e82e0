// The OCF ZIP container of an EPUB, written with libzip into memory.
#pragma once

#include "utc_time.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::epub {

struct ContainerEntry {
    std::string path;        ///< inside the container, e.g. "EPUB/content.xhtml"
    std::string_view bytes;  ///< must stay valid until write_container() returns
    bool compress = true;    ///< false for data that is compressed already (PNG, JPEG)
};

/// Appends the container to `out`: `mimetype` first, stored uncompressed, then
/// `entries` in the given order. Every entry carries the same timestamp, `modified`
/// (ZIP's DOS time has no zone; UTC is written), so equal input gives equal bytes.
void write_container(const std::vector<ContainerEntry>& entries, const UtcTime& modified, std::string& out);

}  // namespace galley::epub
