// Reading the `x-newsml` extension key (plain data kept by the loader for plugins).
#include "newsml_extension.hpp"

#include <functional>

namespace galley::newsml {

namespace {
using Kind = ExtensionValue::Kind;

class Reader {
public:
    Reader(const Article& article, DiagnosticSink& diagnostics)
        : m_article(article), m_diagnostics(diagnostics) {}

    void warn(const std::string& key, const std::string& why) const {
        m_diagnostics.warning(SourceLocation{m_article.source_name},
                              "newsml: x-newsml." + key + " ignored: " + why);
    }

    // Calls `each` for the value, or for every item when it is a list.
    static void for_each_item(const ExtensionValue& value,
                              const std::function<void(const ExtensionValue&)>& each) {
        if (value.kind == Kind::Sequence) {
            for (const auto& item : value.items) {
                each(item);
            }
        } else {
            each(value);
        }
    }

    bool scalar(const std::string& key, const ExtensionValue& value, std::string& out) const {
        if (value.kind != Kind::Scalar) {
            warn(key, "expected text");
            return false;
        }
        out = value.scalar;
        return true;
    }

    void genre(const ExtensionValue& value, std::vector<CodedName>& out) const {
        if (value.kind == Kind::Scalar) {
            out.push_back({value.scalar, {}});
            return;
        }
        if (value.kind == Kind::Mapping) {
            CodedName g;
            for (const auto& [k, v] : value.members) {
                if ((k == "code" || k == "name") && v.kind == Kind::Scalar) {
                    (k == "code" ? g.code : g.name) = v.scalar;
                } else {
                    warn("genre." + k, "a genre has `code` and `name` (text)");
                }
            }
            if (g.code.empty()) {
                warn("genre", "a genre needs a `code` (a qcode such as genre:Interview)");
                return;
            }
            out.push_back(std::move(g));
            return;
        }
        warn("genre", "expected a qcode or {code, name}");
    }

private:
    const Article& m_article;
    DiagnosticSink& m_diagnostics;
};
}  // namespace

NewsmlExtension read_extension(const Article& article, DiagnosticSink& diagnostics) {
    NewsmlExtension ext;
    auto found = article.extensions.find("x-newsml");
    if (found == article.extensions.end() || found->second.kind == Kind::Null) {
        return ext;
    }
    Reader r(article, diagnostics);
    if (found->second.kind != Kind::Mapping) {
        diagnostics.warning(SourceLocation{article.source_name},
                            "newsml: x-newsml ignored: expected a mapping of NewsML-G2 "
                            "properties (genre, edNote, signal, slugline, usageTerms)");
        return ext;
    }
    for (const auto& [key, value] : found->second.members) {
        if (key == "genre") {
            r.for_each_item(value, [&](const ExtensionValue& v) { r.genre(v, ext.genres); });
        } else if (key == "edNote" || key == "signal") {
            auto& list = key == "edNote" ? ext.ed_notes : ext.signals;
            // clang 14 cannot capture a structured binding: name it again
            r.for_each_item(value, [&, &key = key](const ExtensionValue& v) {
                std::string text;
                if (r.scalar(key, v, text)) {
                    list.push_back(std::move(text));
                }
            });
        } else if (key == "slugline") {
            r.scalar(key, value, ext.slugline);
        } else if (key == "usageTerms") {
            r.scalar(key, value, ext.usage_terms);
        } else {
            r.warn(key, "unknown key (known: genre, edNote, signal, slugline, usageTerms)");
        }
    }
    return ext;
}

}  // namespace galley::newsml
