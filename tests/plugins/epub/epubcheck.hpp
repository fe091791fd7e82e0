// Running epubcheck (Debian's epubcheck 4.2.6, a bare jar) on a publication.
#pragma once

#include "test_support.hpp"

#include <string>

namespace galley::test {

struct EpubcheckVerdict {
    int exit_code = -1;
    std::string report;  ///< everything it printed
    int errors = 0;      ///< ERROR and FATAL messages
    int warnings = 0;    ///< WARNING messages
};

/// The jar `dpkg -L epubcheck` installs: /usr/share/java/epubcheck.jar.
fs::path epubcheck_jar();

/// Checks `epub` (a file) and counts what epubcheck reported.
EpubcheckVerdict epubcheck(const fs::path& epub);

}  // namespace galley::test
