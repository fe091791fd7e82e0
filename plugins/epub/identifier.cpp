// Name-based UUIDs (RFC 4122 §4.3, version 5) for dc:identifier.
#include "identifier.hpp"

#include <galley/diagnostic.hpp>

#include <openssl/evp.h>

#include <array>
#include <cstdio>

namespace galley::epub {

namespace {

// galley's UUID namespace for article ids: 74aacd6f-1e29-5868-b8dd-40c7e3db7d9b, itself
// uuid5(NAMESPACE_URL, "urn:galley:article"). Python's uuid.uuid5 gives the same URNs.
constexpr std::array<unsigned char, 16> galley_namespace = {0x74, 0xaa, 0xcd, 0x6f, 0x1e, 0x29, 0x58, 0x68,
                                                            0xb8, 0xdd, 0x40, 0xc7, 0xe3, 0xdb, 0x7d, 0x9b};

}  // namespace

std::string publication_urn(const std::string& article_id) {
    std::string input(galley_namespace.begin(), galley_namespace.end());
    input += article_id;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &length, EVP_sha1(), nullptr) != 1 || length < 16) {
        throw Error(ErrorCode::ExportFailed, "SHA-1 is not available for the EPUB identifier");
    }
    digest[6] = static_cast<unsigned char>((digest[6] & 0x0F) | 0x50);  // version 5
    digest[8] = static_cast<unsigned char>((digest[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string out = "urn:uuid:";
    char hex[3];
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += '-';
        }
        std::snprintf(hex, sizeof hex, "%02x", digest[i]);
        out += hex;
    }
    return out;
}

}  // namespace galley::epub
