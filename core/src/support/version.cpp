// The library's version, for `galley --version` and plugins that want to print it.
#include <galley/version.hpp>

namespace galley {
const char* version_string() noexcept { return GALLEY_VERSION_STRING; }
}  // namespace galley
