// SHA-256 through OpenSSL's one-shot EVP digest, with libcrypto opened on first use: only
// run reports and --skip-unchanged hash anything, and linking libcrypto would load and
// relocate it in every galley process (about a millisecond of start-up).
#include "support/sha256.hpp"

#include "detail/build_config.hpp"

#include <openssl/evp.h>

#include <dlfcn.h>

#include <mutex>
#include <stdexcept>
#include <string>

namespace galley::detail {

namespace {

struct Libcrypto {
    decltype(&EVP_Digest) digest = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    std::string problem;
};

const Libcrypto& libcrypto() {
    static Libcrypto lib;
    static std::once_flag once;
    std::call_once(once, [] {
        // Never closed: the process keeps it, like a linked library.
        void* handle = dlopen(GALLEY_LIBCRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            lib.problem = std::string("cannot load ") + GALLEY_LIBCRYPTO_SONAME +
                          " for SHA-256: " + (why ? why : "unknown error");
            return;
        }
        lib.digest = reinterpret_cast<decltype(&EVP_Digest)>(dlsym(handle, "EVP_Digest"));
        lib.sha256 = reinterpret_cast<decltype(&EVP_sha256)>(dlsym(handle, "EVP_sha256"));
        if (!lib.digest || !lib.sha256) {
            lib.problem = std::string(GALLEY_LIBCRYPTO_SONAME) + " has no EVP_Digest or EVP_sha256";
        }
    });
    return lib;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    const Libcrypto& lib = libcrypto();
    if (!lib.problem.empty()) {
        throw std::runtime_error(lib.problem);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (lib.digest(bytes.data(), bytes.size(), digest, &size, lib.sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed");
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (unsigned i = 0; i < size; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

}  // namespace galley::detail
