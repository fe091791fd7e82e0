// A bounded, thread-safe cache of prepared images.
#include "images/image_cache.hpp"

namespace galley::pdf {

namespace {
// Two 64-bit FNV-1a lanes: collisions between different images are not a practical risk.
std::pair<std::uint64_t, std::uint64_t> content_hash(std::string_view bytes) {
    std::uint64_t a = 1469598103934665603ull, b = 0x84222325CBF29CE4ull;
    for (unsigned char c : bytes) {
        a = (a ^ c) * 1099511628211ull;
        b = (b ^ c) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
    }
    return {a, b};
}
std::size_t cost(const ImageStream& s) { return s.data.size() + (s.alpha ? s.alpha->size() : 0) + 256; }
}  // namespace

ImageCache::ImageCache(std::size_t budget) : m_budget(budget) {}

std::shared_ptr<const ImageStream> ImageCache::get(std::string_view bytes, bool png) {
    const auto [a, b] = content_hash(bytes);
    const Key key{a, b, bytes.size(), png};
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
