// Name-based UUIDs (RFC 4122 §4.3, version 5) for dc:identifier.
#include "identifier.hpp"

#include <boost/uuid/name_generator_sha1.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace galley::epub {

namespace {

// galley's UUID namespace for article ids: 74aacd6f-1e29-5868-b8dd-40c7e3db7d9b, itself
// uuid5(NAMESPACE_URL, "urn:galley:article"). Python's uuid.uuid5 gives the same URNs.
constexpr boost::uuids::uuid galley_namespace = {{0x74, 0xaa, 0xcd, 0x6f, 0x1e, 0x29, 0x58, 0x68,
                                                  0xb8, 0xdd, 0x40, 0xc7, 0xe3, 0xdb, 0x7d, 0x9b}};

}  // namespace

std::string publication_urn(const std::string& article_id) {
    // Boost's header-only SHA-1: OpenSSL's would load and initialise libcrypto (and read
    // its configuration file) in every process that writes an EPUB.
    const boost::uuids::name_generator_sha1 generate(galley_namespace);
    return "urn:uuid:" + boost::uuids::to_string(generate(article_id));
}

}  // namespace galley::epub
