// Diagnostics (errors and warnings with a source position) and galley's one exception type.
#pragma once

#include <galley/export.hpp>

#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace galley {

/// Where a problem is: a file name and a 1-based line and column (0 when unknown).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Warning, Error };

/// One problem. format() gives the compiler-style line editors jump to:
/// `FILE:LINE:COLUMN: error: MESSAGE` (or `FILE: warning: MESSAGE` without a position).
struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;

    GALLEY_API std::string format() const;
};

/// Receives warnings and errors from the loader and from exporters. Implementations
/// used by several threads at once must lock (ThreadSafeCollector does).
class GALLEY_API DiagnosticSink {
public:
    virtual ~DiagnosticSink();
    virtual void report(Diagnostic diagnostic) = 0;

    void warning(SourceLocation where, std::string message);
    void error(SourceLocation where, std::string message);
};

/// Keeps every diagnostic in order. Not thread-safe: one per article and thread.
class GALLEY_API DiagnosticCollector : public DiagnosticSink {
public:
    void report(Diagnostic diagnostic) override;
    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    bool has_errors() const;
    void clear() { m_diagnostics.clear(); }

private:
    std::vector<Diagnostic> m_diagnostics;
};

/// What went wrong, as a category the CLI maps to its exit status (cli.md).
enum class ErrorCode {
    InvalidInput,  ///< the article is not valid (exit 1)
    ExportFailed,  ///< an exporter or an output file failed (exit 1)
    Usage,         ///< bad command line, unknown format or option value (exit 2)
    NoPlugins,     ///< no exporter could be loaded (exit 3)
};

/// galley's one exception type (after qpdf's QPDFExc). what() is the full one-line
/// message, `FILE:LINE:COL: error: MESSAGE` when a location is known.
class GALLEY_API Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::string message, SourceLocation where = {});
    ~Error() override;

    ErrorCode code() const noexcept { return m_code; }
    const SourceLocation& where() const noexcept { return m_where; }
    /// The message without the location prefix.
    const std::string& message() const noexcept { return m_message; }

private:
    ErrorCode m_code;
    SourceLocation m_where;
    std::string m_message;
};

}  // namespace galley
