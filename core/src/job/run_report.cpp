// Writing and reading the JSON run report.
#include "job/run_report.hpp"

#include "support/json_value.hpp"

#include <galley/json_writer.hpp>
#include <galley/version.hpp>

#include <fstream>
#include <sstream>

namespace galley::detail {

std::size_t RunReport::count(InputStatus status) const {
    std::size_t n = 0;
    for (const auto& i : inputs) {
        n += i.status == status;
    }
    return n;
}

std::size_t RunReport::warnings() const {
    std::size_t n = 0;
    for (const auto& i : inputs) {
        for (const auto& d : i.diagnostics) {
            n += d.severity == Severity::Warning;
        }
    }
    return n;
}

namespace {
const char* status_name(InputStatus s) {
    switch (s) {
    case InputStatus::Converted: return "converted";
    case InputStatus::Failed: return "failed";
    case InputStatus::Skipped: return "skipped";
    }
    return "failed";
}

// A number member, or 0 when it is absent or not a number.
double number_member(const JsonValue& object, std::string_view key) {
    const auto* v = object.get(key);
    return v && v->kind == JsonValue::Kind::Number ? v->number : 0;
}

double round3(double ms) {
    return static_cast<double>(static_cast<long long>(ms * 1000 + 0.5)) / 1000;
}
}  // namespace

std::string report_json(const RunReport& report) {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.member("galley_report", 1);
    w.member("galley_version", GALLEY_VERSION_STRING);
    w.member("jobs", static_cast<int>(report.jobs));
    w.key("formats");
    w.begin_array();
    for (const auto& f : report.formats) {
        w.begin_object();
        w.member("id", f.id);
        w.member("version", f.version);
        w.key("options");
        w.begin_object();
        for (const auto& [k, v] : f.options) {
            w.member(k, v);
        }
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.key("inputs");
    w.begin_array();
    std::size_t outputs = 0, bytes = 0;
    for (const auto& in : report.inputs) {
        w.begin_object();
        w.member("input", in.input);
        if (!in.sha256.empty()) {
            w.member("sha256", in.sha256);
        }
        w.member("status", status_name(in.status));
        w.member("load_ms", round3(in.load_milliseconds));
        w.key("outputs");
        w.begin_array();
        for (const auto& o : in.outputs) {
            ++outputs;
            bytes += o.bytes;
            w.begin_object();
            w.member("format", o.format);
            w.member("path", o.path);
            w.member("bytes", o.bytes);
            if (!o.sha256.empty()) {
                w.member("sha256", o.sha256);
            }
            w.member("ms", round3(o.milliseconds));
            w.end_object();
        }
        w.end_array();
        w.key("diagnostics");
        w.begin_array();
        for (const auto& d : in.diagnostics) {
            w.begin_object();
            w.member("severity", d.severity == Severity::Error ? "error" : "warning");
            w.member("file", d.where.file);
            if (d.where.line > 0) {
                w.member("line", d.where.line);
                w.member("column", d.where.column);
            }
            w.member("message", d.message);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("totals");
    w.begin_object();
    w.member("inputs", report.inputs.size());
    w.member("converted", report.count(InputStatus::Converted));
    w.member("failed", report.count(InputStatus::Failed));
    w.member("skipped", report.count(InputStatus::Skipped));
    w.member("warnings", report.warnings());
    w.member("outputs", outputs);
    w.member("bytes", bytes);
    w.member("elapsed_ms", round3(report.elapsed_seconds * 1000));
    double rate = report.elapsed_seconds > 0
                      ? static_cast<double>(report.inputs.size()) / report.elapsed_seconds
                      : 0;
    w.member("articles_per_second", round3(rate));
    w.end_object();
    w.end_object();
    out += '\n';
    return out;
}

std::optional<RunReport> read_report(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto json = parse_json(ss.str());
    if (!json || !json->get("galley_report")) {
        return std::nullopt;
    }
    RunReport report;
    report.jobs = static_cast<unsigned>(number_member(*json, "jobs"));
    if (const auto* totals = json->get("totals")) {
        report.elapsed_seconds = number_member(*totals, "elapsed_ms") / 1000;
    }
    if (const auto* formats = json->get("formats")) {
        for (const auto& f : formats->array) {
            FormatRecord rec{f.get_string("id"), f.get_string("version"), {}};
            if (const auto* opts = f.get("options")) {
                for (const auto& [k, v] : opts->object) {
                    rec.options[k] = v.string;
                }
            }
            report.formats.push_back(std::move(rec));
        }
    }
    if (const auto* inputs = json->get("inputs")) {
        for (const auto& i : inputs->array) {
            InputRecord rec;
            rec.input = i.get_string("input");
            rec.sha256 = i.get_string("sha256");
            std::string status = i.get_string("status");
            rec.status = status == "converted" ? InputStatus::Converted
                         : status == "skipped" ? InputStatus::Skipped
                                               : InputStatus::Failed;
            rec.load_milliseconds = number_member(i, "load_ms");
            if (const auto* outs = i.get("outputs")) {
                for (const auto& o : outs->array) {
                    OutputRecord out;
                    out.format = o.get_string("format");
                    out.path = o.get_string("path");
                    out.sha256 = o.get_string("sha256");
                    out.bytes = static_cast<std::size_t>(number_member(o, "bytes"));
                    out.milliseconds = number_member(o, "ms");
                    rec.outputs.push_back(std::move(out));
                }
            }
            if (const auto* diags = i.get("diagnostics")) {
                for (const auto& d : diags->array) {
                    Diagnostic diag;
                    diag.severity =
                        d.get_string("severity") == "warning" ? Severity::Warning : Severity::Error;
                    diag.where.file = d.get_string("file");
                    diag.where.line = static_cast<int>(number_member(d, "line"));
                    diag.where.column = static_cast<int>(number_member(d, "column"));
                    diag.message = d.get_string("message");
                    rec.diagnostics.push_back(std::move(diag));
                }
            }
            report.inputs.push_back(std::move(rec));
        }
    }
    return report;
}

}  // namespace galley::detail
