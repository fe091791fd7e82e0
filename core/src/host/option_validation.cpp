// Checking -O values against what an exporter declares (GDAL's creation-option check,
// but strict: cli.md makes an unknown key or a bad value a usage error).
#include <galley/registry.hpp>

#include <algorithm>
#include <charconv>

namespace galley {

namespace {
std::string choices_text(const std::vector<std::string>& choices) {
    std::string out;
    for (const auto& c : choices) {
        out += out.empty() ? "" : ", ";
        out += c;
    }
    return out;
}

std::string known_keys(const ExporterInfo& info) {
    std::string out;
    for (const auto& o : info.options) {
        out += out.empty() ? "" : ", ";
        out += o.key;
    }
    return out.empty() ? "none" : out;
}

// Normalises a boolean spelling to "true"/"false"; empty when it is not one.
std::string as_bool(std::string_view v) {
    std::string s(v);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (s == "true" || s == "yes" || s == "on" || s == "1") {
        return "true";
    }
    if (s == "false" || s == "no" || s == "off" || s == "0") {
        return "false";
    }
    return {};
}

// Calls a checking hook of the plugin. What it throws is the plugin's fault, not the
// user's: it becomes Error(ExportFailed) naming the plugin, with the message copied
// while the library is still loaded.
template <typename Check>
std::optional<std::string> ask_plugin(const LoadedExporter& exporter, const std::string& what,
                                      Check check) {
    try {
        return check();
    } catch (const std::exception& e) {
        throw Error(ErrorCode::ExportFailed,
                    exporter.info.id + " plugin failed while checking " + what + ": " + e.what());
    } catch (...) {
        throw Error(ErrorCode::ExportFailed,
                    exporter.info.id + " plugin failed while checking " + what);
    }
}

std::string checked_value(const LoadedExporter& exporter, const OptionSpec& spec,
                          const std::string& value) {
    const std::string name = exporter.info.id + "." + spec.key;
    auto usage = [&](const std::string& why) {
        throw Error(ErrorCode::Usage, "bad value '" + value + "' for option " + name + ": " + why);
    };
    switch (spec.type) {
    case OptionSpec::Type::Enum:
        if (std::find(spec.choices.begin(), spec.choices.end(), value) == spec.choices.end()) {
            usage("expected one of " + choices_text(spec.choices));
        }
        break;
    case OptionSpec::Type::Bool: {
        std::string b = as_bool(value);
        if (b.empty()) {
            usage("expected true or false");
        }
        return b;
    }
    case OptionSpec::Type::Int: {
        long long n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size()) {
            usage("expected a whole number");
        }
        if (n < spec.min || n > spec.max) {
            usage("expected a number from " + std::to_string(spec.min) + " to " +
                  std::to_string(spec.max));
        }
        break;
    }
    case OptionSpec::Type::String: break;
    }
    if (auto why = ask_plugin(exporter, "option " + name,
                              [&] { return exporter.exporter->check_option(spec.key, value); })) {
        usage(*why);
    }
    return value;
}
}  // namespace

ExportOptions resolve_options(const LoadedExporter& exporter,
                              const std::map<std::string, std::string>& given) {
    ExportOptions out;
    for (const auto& spec : exporter.info.options) {
        out.values[spec.key] = spec.default_value;
    }
    for (const auto& [key, value] : given) {
        auto spec = std::find_if(exporter.info.options.begin(), exporter.info.options.end(),
                                 // clang 14 cannot capture a structured binding
                                 [&k = key](const OptionSpec& o) { return o.key == k; });
        if (spec == exporter.info.options.end()) {
            throw Error(ErrorCode::Usage, "unknown option " + exporter.info.id + "." + key + " (" +
                                              exporter.info.id +
                                              " options: " + known_keys(exporter.info) + ")");
        }
        out.values[key] = checked_value(exporter, *spec, value);
    }
    if (auto why = ask_plugin(exporter, "its options",
                              [&] { return exporter.exporter->check_options(out); })) {
        throw Error(ErrorCode::Usage, "bad options for " + exporter.info.id + ": " + *why);
    }
    return out;
}

void render(const LoadedExporter& exporter, const Article& article, const ExportOptions& options,
            Rendition& out, DiagnosticSink& diagnostics) {
    try {
        exporter.exporter->render(article, options, out, diagnostics);
    } catch (const Error&) {
        throw;  // galley::Error lives in the core, not in the plugin: safe to pass on
    } catch (const std::exception& e) {
        throw Error(ErrorCode::ExportFailed, exporter.info.id + " export failed: " + e.what(),
                    SourceLocation{article.source_name});
    } catch (...) {
        throw Error(ErrorCode::ExportFailed, exporter.info.id + " export failed",
                    SourceLocation{article.source_name});
    }
}

}  // namespace galley
