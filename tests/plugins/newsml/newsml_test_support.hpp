// Helpers of the newsml suite: the loaded plugin, rendering with options, the suite's
// articles, XPath over the output, and the IPTC kit's checkers.
#pragma once

#include "article_builder.hpp"
#include "article_files.hpp"
#include "xml_query.hpp"

#include "test_support.hpp"

#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/registry.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::newsml_test {

namespace fs = std::filesystem;

/// The newsml plugin of this build, loaded once per process.
const LoadedExporter& newsml();

/// One render's output and diagnostics.
struct Output {
    std::string bytes;
    std::vector<Diagnostic> diagnostics;
    std::vector<SideFile> side_files;  ///< files written beside the output

    /// Every diagnostic, formatted, one per line (for failure messages).
    std::string messages() const;
    /// True when some warning contains `needle`.
    bool warned(std::string_view needle) const;
};

/// Renders through the host (resolve_options + render), as the CLI does. `options` keys
/// are without the "newsml." prefix. Throws what the host throws.
Output render(const Article& article, const std::map<std::string, std::string>& options = {},
              std::optional<std::int64_t> source_date_epoch = std::nullopt);

/// Articles are built with the shared builder and loaded with the shared loader helpers
/// (tests/support/article_builder.hpp, article_files.hpp): text(), plain(), date(),
/// ArticleBuilder, load_article(), load_sample() and the rest.
using namespace galley::test;

/// A small article with every metadata key the seed sample has (id, version 1, en,
/// section, headline, subheadline, byline, source, dateline with date, updated,
/// subjects, keywords, people, organisations, places) and three body blocks.
Article basic_article();

/// basic_article() plus every other key the format has: created, published, urgency,
/// slugline, authors (with uri, role, e-mail), copyright, embargo, corrections, summary,
/// x-newsml, and a quote, a list, a rule and an image in the body.
Article full_article();

/// Markup-like text: tags, entities, `]]>`, quotes, a comment and a CDATA opener.
extern const std::string hostile;

/// An article whose every text field (and every body block) holds `hostile`.
Article hostile_article();

/// A figure of a tiny PNG (1x1, "alt text") with caption and credit as plain text.
Image small_figure(const std::string& path, const std::string& caption, const std::string& credit);

/// An output parsed with libxml2 (no network), queried with XPath 1.0 through the shared
/// XmlQuery (prefixes `n` NewsML-G2, `h` XHTML), with the names this suite reads best.
class Xml : public galley::test::XmlQuery {
public:
    /// Parses `bytes`; REQUIREs that they are well-formed.
    explicit Xml(const std::string& bytes);

    /// The XPath string value of `expr` (e.g. "/n:newsItem/@guid").
    std::string str(const std::string& expr) const { return string(expr); }
    /// How many nodes `expr` selects.
    int count(const std::string& expr) const {
        return static_cast<int>(galley::test::XmlQuery::count(expr));
    }
    /// The string value of every node `expr` selects, in document order.
    std::vector<std::string> all(const std::string& expr) const { return strings(expr); }
};

/// The IPTC kit (validate, check-qcodes) when it is usable, else nothing.
std::optional<fs::path> kit();

/// Prints the reason the kit test is skipped in the form the CTest SKIP_REGULAR_EXPRESSION
/// recognises. Call when kit() is empty, then return.
void report_kit_missing();

/// Writes each output to `dir` as <name>.newsml.xml and returns the paths.
std::vector<fs::path> write_outputs(const fs::path& dir,
                                    const std::vector<std::pair<std::string, Output>>& outputs);

}  // namespace galley::newsml_test
