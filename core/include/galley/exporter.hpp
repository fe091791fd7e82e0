// The exporter contract: what a format plugin implements and the host calls.
//
// An exporter only renders, the way a pandoc writer does: it turns an Article into
// bytes in memory. Files, temporary names and renames, option checking and the clock
// are the host's business. Something the format cannot express becomes a warning on
// the DiagnosticSink, never a silent drop.
//
// Thread safety: the host creates one Exporter per plugin and calls render() on it from
// several threads at once, one article per call. render() must therefore be safe to run
// concurrently (keep per-call state on the stack or in the Rendition; per-process caches
// behind std::call_once or a mutex).
#pragma once

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/export.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

/// One option an exporter declares (GDAL's creation-option list, as data). The user
/// sets it as `-O <id>.<key>=<value>`; the host rejects unknown keys and bad values.
struct OptionSpec {
    enum class Type {
        String,  ///< any text; the exporter may still refuse it in check_option()
        Enum,    ///< one of `choices`
        Bool,    ///< true/false (also yes/no, on/off, 1/0; normalised to true/false)
        Int,     ///< a decimal integer in [min, max]
    };
    std::string key;
    Type type = Type::String;
    std::string default_value;
    std::string description;
    std::vector<std::string> choices;  ///< Enum only
    long long min = 0, max = 0;        ///< Int only
};

/// What `galley formats --json` prints for an exporter.
struct ExporterInfo {
    std::string id;          ///< "pdf": folder name, file stem after "galley_", -O prefix
    std::string name;        ///< "Print-ready PDF"
    std::string version;     ///< the plugin's own version
    std::string extension;   ///< with the dot: ".pdf", ".newsml.xml"
    std::string media_type;  ///< "application/pdf"
    std::vector<OptionSpec> options;
};

/// The options for one render: every declared key, set from the command line or from
/// its default, already checked by the host.
struct ExportOptions {
    std::map<std::string, std::string> values;
    /// SOURCE_DATE_EPOCH when set: for a timestamp the format requires and the
    /// article cannot provide. Exporters never read the clock.
    std::optional<std::int64_t> source_date_epoch;
    /// The main output's file name without its folder ("story.xhtml"), set by the host
    /// for each render; empty when writing to standard output. Side files named after
    /// it cannot clash with another output's.
    std::string output_name;

    /// The value of a declared option; "" for an unknown key.
    GALLEY_API const std::string& get(std::string_view key) const;
    GALLEY_API bool get_bool(std::string_view key) const;
    GALLEY_API long long get_int(std::string_view key) const;
};

/// A file written beside the main output (e.g. images an XHTML page links to).
struct SideFile {
    std::string relative_path;  ///< relative to the main output's folder; no ".."
    std::string bytes;
};

/// Where render() puts its result. The host clears it between articles and may reuse
/// it, so its buffers keep their capacity across a batch.
struct Rendition {
    std::string bytes;                 ///< the main output file
    std::vector<SideFile> side_files;  ///< extra files, written next to it

    void clear() {
        bytes.clear();
        side_files.clear();
    }
};

class GALLEY_API Exporter {
public:
    // Out of line, in the core: one vtable and typeinfo for every plugin (qpdf's rule),
    // which also keeps UBSan's vptr check quiet across the .so boundary.
    virtual ~Exporter();

    /// The exporter's metadata. Called once when the plugin is loaded; the host keeps
    /// its own copy.
    virtual ExporterInfo info() const = 0;

    /// Checks a value of a String option beyond its type (e.g. a paper size). Return
    /// the reason when it is not acceptable; the host turns it into a usage error.
    virtual std::optional<std::string> check_option(std::string_view key,
                                                    std::string_view value) const;

    /// Checks the whole set of options of one run (every declared key, defaults filled
    /// in, each value already accepted on its own) for what no single value shows, such
    /// as margins that leave no room on the paper. Called before any output of the run
    /// is written; return the reason to refuse the run (a usage error).
    virtual std::optional<std::string> check_options(const ExportOptions& options) const;

    /// Renders `article` into `out.bytes` (and `out.side_files`). Throws galley::Error
    /// (or any std::exception) when it cannot; warnings go to `diagnostics`.
    /// Must be deterministic: same article and options, same bytes.
    virtual void render(const Article& article, const ExportOptions& options, Rendition& out,
                        DiagnosticSink& diagnostics) const = 0;
};

}  // namespace galley
