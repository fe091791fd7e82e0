// Diagnostic formatting, the standard sinks and galley::Error.
#include <galley/diagnostic.hpp>

namespace galley {

namespace {
std::string located(const SourceLocation& where, std::string_view severity,
                    std::string_view message) {
    std::string out;
    if (!where.file.empty()) {
        out += where.file;
        if (where.line > 0) {
            out += ':';
            out += std::to_string(where.line);
            if (where.column > 0) {
                out += ':';
                out += std::to_string(where.column);
            }
        }
        out += ": ";
    }
    out += severity;
    out += ": ";
    out += message;
    return out;
}
}  // namespace

std::string Diagnostic::format() const {
    return located(where, severity == Severity::Error ? "error" : "warning", message);
}

DiagnosticSink::~DiagnosticSink() = default;

void DiagnosticSink::warning(SourceLocation where, std::string message) {
    report(Diagnostic{Severity::Warning, std::move(where), std::move(message)});
}

void DiagnosticSink::error(SourceLocation where, std::string message) {
    report(Diagnostic{Severity::Error, std::move(where), std::move(message)});
}

void DiagnosticCollector::report(Diagnostic diagnostic) {
    m_diagnostics.push_back(std::move(diagnostic));
}

bool DiagnosticCollector::has_errors() const {
    for (const auto& d : m_diagnostics) {
        if (d.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

Error::Error(ErrorCode code, std::string message, SourceLocation where)
    : std::runtime_error(located(where, "error", message)), m_code(code), m_where(std::move(where)),
      m_message(std::move(message)) {}

Error::~Error() = default;

}  // namespace galley
