// The formats listing (table and JSON).
#include "formats_command.hpp"

#include <galley/json_writer.hpp>

#include <algorithm>

namespace galley::cli {

namespace {
const char* type_name(OptionSpec::Type t) {
    switch (t) {
    case OptionSpec::Type::String: return "string";
    case OptionSpec::Type::Enum: return "enum";
    case OptionSpec::Type::Bool: return "bool";
    case OptionSpec::Type::Int: return "int";
    }
    return "string";
}

void write_json(const std::vector<const LoadedExporter*>& exporters, std::ostream& out) {
    std::string text;
    JsonWriter w(text);
    w.begin_array();
    for (const auto* e : exporters) {
        w.begin_object();
        w.member("id", e->info.id);
        w.member("name", e->info.name);
        w.member("version", e->info.version);
        w.member("extension", e->info.extension);
        w.member("media_type", e->info.media_type);
        w.member("plugin", e->file.string());
        w.key("options");
        w.begin_array();
        for (const auto& o : e->info.options) {
            w.begin_object();
            w.member("key", o.key);
            w.member("type", type_name(o.type));
            w.member("default", o.default_value);
            w.member("description", o.description);
            if (o.type == OptionSpec::Type::Enum) {
                w.key("choices");
                w.begin_array();
                for (const auto& c : o.choices) {
                    w.value(c);
                }
                w.end_array();
            }
            if (o.type == OptionSpec::Type::Int) {
                w.member("min", static_cast<std::int64_t>(o.min));
                w.member("max", static_cast<std::int64_t>(o.max));
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    out << text << '\n';
}

void write_table(const std::vector<const LoadedExporter*>& exporters, std::ostream& out) {
    std::vector<std::vector<std::string>> rows{
        {"ID", "NAME", "VERSION", "EXTENSION", "MEDIA TYPE", "PLUGIN"}};
    for (const auto* e : exporters) {
        rows.push_back({e->info.id, e->info.name, e->info.version, e->info.extension,
                        e->info.media_type, e->file.string()});
    }
    std::vector<std::size_t> width(rows[0].size(), 0);
    for (const auto& r : rows) {
        for (std::size_t c = 0; c < r.size(); ++c) {
            width[c] = std::max(width[c], r[c].size());
        }
    }
    for (const auto& r : rows) {
        std::string line;
        for (std::size_t c = 0; c < r.size(); ++c) {
            line += r[c];
            if (c + 1 < r.size()) {
                line.append(width[c] - r[c].size() + 2, ' ');
            }
        }
        out << line << '\n';
    }
}
}  // namespace

ExitCode print_formats(const PluginRegistry& registry, bool json, std::ostream& out,
                       std::ostream& err) {
    auto exporters = registry.exporters();
    if (json) {
        write_json(exporters, out);
    } else {
        write_table(exporters, out);
    }
    if (exporters.empty()) {
        err << "galley: error: no exporter plugin could be loaded\n";
        return ExitCode::NoPlugins;
    }
    return ExitCode::Success;
}

}  // namespace galley::cli
