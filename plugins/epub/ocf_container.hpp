// The OCF ZIP container of an EPUB, written with libzip into memory.
#pragma once

#include "deflate.hpp"
#include "utc_time.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::epub {

/// One file of the container. Exactly one way of giving its content:
///   stored       bytes, written as they are (PNG, JPEG: compressed already)
///   compressed   bytes, deflated while the container is written
///   deflated     already deflated (a file that never changes, deflated once)
struct ContainerEntry {
    enum class Storage { Stored, Compressed, Deflated };
    std::string path;  ///< inside the container, e.g. "EPUB/content.xhtml"
    Storage storage = Storage::Compressed;
    std::string_view bytes;  ///< Stored, Compressed: valid until write_container() returns
    const Deflated* deflated = nullptr;  ///< Deflated: likewise
};

/// Appends the container to `out`: `mimetype` first, stored uncompressed with no extra
/// field, then `entries` in the given order. Every entry carries the same timestamp,
/// `modified` (ZIP's DOS time has no zone; UTC is written), so equal input gives
/// equal bytes.
void write_container(const std::vector<ContainerEntry>& entries, const DateTime& modified,
                     std::string& out);

}  // namespace galley::epub
