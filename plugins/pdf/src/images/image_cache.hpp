// Prepared images kept per process, keyed by the bytes' SHA-256, so an image that comes
// back (a logo, the same article rendered again) is decoded and compressed once.
#pragma once

#include "images/image_stream.hpp"

#include <array>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <tuple>

namespace galley::pdf {

class ImageCache {
public:
    /// Keeps prepared images up to about `budget` bytes of compressed data.
    explicit ImageCache(std::size_t budget = 64u << 20);

    /// The prepared image for `bytes` (see image_stream()). Thread-safe; throws like
    /// image_stream() (failures are not cached).
    std::shared_ptr<const ImageStream> get(std::string_view bytes, bool png);

    using Digest = std::array<unsigned char, 32>;
    /// The SHA-256 of `bytes`, the cache's key (with the size and the format).
    static Digest digest(std::string_view bytes);

private:
    using Key = std::tuple<Digest, std::size_t, bool>;
    std::size_t m_budget;
    std::size_t m_used = 0;
    std::mutex m_mutex;
    std::map<Key, std::shared_ptr<const ImageStream>> m_images;
    std::list<Key> m_order;  // oldest first
};

}  // namespace galley::pdf
