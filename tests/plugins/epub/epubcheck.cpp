// epubcheck through `java -jar`, its messages counted by severity.
#include "epubcheck.hpp"

#include <sstream>

namespace galley::test {

fs::path epubcheck_jar() { return "/usr/share/java/epubcheck.jar"; }

EpubcheckVerdict epubcheck(const fs::path& epub) {
    EpubcheckVerdict verdict;
    // A short-lived JVM: C1 only and the serial collector halve epubcheck's start-up.
    const CommandResult r = run({"java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                                 "-Xshare:auto", "-jar", epubcheck_jar().string(), epub.string()});
    verdict.exit_code = r.exit_code;
    verdict.report = r.out + r.err;
    std::istringstream lines(verdict.report);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("ERROR", 0) == 0 || line.rfind("FATAL", 0) == 0) {
            ++verdict.errors;
        } else if (line.rfind("WARNING", 0) == 0) {
            ++verdict.warnings;
        }
    }
    return verdict;
}

}  // namespace galley::test
