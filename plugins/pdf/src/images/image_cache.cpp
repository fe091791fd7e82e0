// A bounded, thread-safe cache of prepared images.
#include "images/image_cache.hpp"

#include <glib.h>

#include <algorithm>
#include <stdexcept>

namespace galley::pdf {

// SHA-256: in a batch one article's bytes must never be taken for another's, even when
// crafted to collide (a fast non-cryptographic hash can be made to). GLib's, because
// HarfBuzz has already loaded GLib, where libcrypto would be one more library to load
// and initialise in every process that writes a PDF.
ImageCache::Digest ImageCache::digest(std::string_view bytes) {
    Digest digest{};
    GChecksum* checksum = g_checksum_new(G_CHECKSUM_SHA256);
    if (!checksum) {
        throw std::runtime_error("SHA-256 of an image failed (GLib)");
    }
    // g_checksum_update takes a signed length: feed very large images in pieces.
    constexpr std::size_t piece = 1u << 30;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        const std::size_t n = std::min(piece, bytes.size() - at);
        g_checksum_update(checksum, reinterpret_cast<const guchar*>(bytes.data() + at),
                          static_cast<gssize>(n));
    }
    gsize length = digest.size();
    g_checksum_get_digest(checksum, digest.data(), &length);
    g_checksum_free(checksum);
    if (length != digest.size()) {
        throw std::runtime_error("SHA-256 of an image failed (GLib)");
    }
    return digest;
}

namespace {
std::size_t cost(const ImageStream& s) {
    return s.data.size() + (s.alpha ? s.alpha->size() : 0) + 256;
}
}  // namespace

ImageCache::ImageCache(std::size_t budget) : m_budget(budget) {}

std::shared_ptr<const ImageStream> ImageCache::get(std::string_view bytes, bool png) {
    const Key key{digest(bytes), bytes.size(), png};
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_images.find(key); it != m_images.end()) {
            return it->second;
        }
    }
    auto prepared = std::make_shared<const ImageStream>(image_stream(bytes, png));
    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_images.emplace(key, prepared);
    if (inserted) {
        m_order.push_back(key);
        m_used += cost(*prepared);
        while (m_used > m_budget && m_order.size() > 1) {
            auto old = m_images.find(m_order.front());
            m_used -= cost(*old->second);
            m_images.erase(old);
            m_order.pop_front();
        }
    }
    return it->second;
}

}  // namespace galley::pdf
