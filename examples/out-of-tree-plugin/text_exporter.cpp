// An example third-party exporter: the article as plain text, wrapped at 72 columns.
#include <galley/plugin.hpp>
#include <galley/text.hpp>

namespace example {

class TextExporter final : public galley::Exporter {
public:
    galley::ExporterInfo info() const override {
        galley::ExporterInfo i;
        i.id = "text";
        i.name = "Plain text (example plugin)";
        i.version = "1.0.0";
        i.extension = ".txt";
        i.media_type = "text/plain";
        i.options = {{"width",
                      galley::OptionSpec::Type::Int,
                      "72",
                      "Line width in characters",
                      {},
                      20,
                      200}};
        return i;
    }

    void render(const galley::Article& article, const galley::ExportOptions& options,
                galley::Rendition& out, galley::DiagnosticSink& diagnostics) const override {
        const auto width = static_cast<std::size_t>(options.get_int("width"));
        paragraph(out.bytes, galley::plain_text(article.headline), width);
        for (const auto& block : article.body) {
            if (const auto* p = std::get_if<galley::Paragraph>(&block.content)) {
                paragraph(out.bytes, galley::plain_text(p->content), width);
            } else if (const auto* h = std::get_if<galley::Heading>(&block.content)) {
                paragraph(out.bytes, galley::plain_text(h->content), width);
            } else {
                // Say what is left out rather than dropping it silently.
                diagnostics.warning({article.source_name, block.at.line, block.at.column},
                                    "text exporter skips this block");
            }
        }
    }

private:
    // Greedy wrap by bytes: good enough for an example, not for CJK.
    static void paragraph(std::string& out, const std::string& text, std::size_t width) {
        std::size_t line = 0;
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t end = text.find(' ', pos);
            if (end == std::string::npos) {
                end = text.size();
            }
            std::size_t len = end - pos;
            if (line > 0 && line + 1 + len > width) {
                out += '\n';
                line = 0;
            } else if (line > 0) {
                out += ' ';
                ++line;
            }
            out.append(text, pos, len);
            line += len;
            pos = end + 1;
        }
        out += "\n\n";
    }
};

}  // namespace example

GALLEY_DECLARE_PLUGIN(example::TextExporter)
