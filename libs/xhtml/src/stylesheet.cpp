// galley's default article stylesheets: shared typography, then the web page or EPUB
// additions. Assembled once per process; the text holds no `<` or `&`, so the page
// writer may embed it as is.
#include <galley/xhtml/stylesheet.hpp>

#include <string_view>

namespace galley::xhtml {

namespace {

// Both stylesheets pass the CSS checks calibre runs (stylelint: no duplicate selector,
// no less specific selector after a more specific one for the same element; see
// tests/a11y/css-lint.js). So each selector list appears once, colours are custom
// properties the web page sets on :root (the EPUB sets none: a reading system owns the
// colours, and an unset colour inherits), and the per-language rules come last.
constexpr std::string_view article_start = R"css(
/* galley article stylesheet */
main, header, footer, section, figure, figcaption { display: block; }
.article {
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  overflow-wrap: break-word;
  hyphens: auto;
  -webkit-hyphens: auto;
)css";
constexpr std::string_view web_article = "  max-width: 35em;\n  margin: 0 auto;\n}";
constexpr std::string_view epub_article = "  line-height: 1.5;\n}";

// Typography that serves both packagings: no page layout, no body font (a reading
// system lets its reader choose one), colours only through the custom properties.
constexpr std::string_view common_css = R"css(
.article-header { margin: 0 0 1.8em; border-bottom-color: var(--galley-rule); }
.section, .byline, .dateline, .notice, .article-body h2, .article-body h3, .article-body h4,
figcaption, .article-footer {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
  hyphens: manual;
  -webkit-hyphens: manual;
}
.dek, .dateline, figcaption, .article-footer { color: var(--galley-muted); }
.section {
  margin: 0 0 0.9em;
  color: var(--galley-accent);
  font-size: 0.75em;
  font-weight: 700;
  letter-spacing: 0.09em;
  text-transform: uppercase;
}
h1 {
  margin: 0 0 0.45em;
  font-size: 1.75em;
  font-weight: 700;
  line-height: 1.14;
  letter-spacing: -0.012em;
  hyphens: manual;
  -webkit-hyphens: manual;
}
.dek { margin: 0 0 1.3em; font-size: 1.2em; line-height: 1.4; }
.byline, .dateline { margin: 0; font-size: 0.8em; line-height: 1.5; }
.byline { color: var(--galley-text); font-weight: 700; }
.dateline .place { font-weight: 700; }
.dateline > * { white-space: nowrap; }
.dateline > :not(:last-child)::after { content: "\B7"; padding-left: 0.4em; font-weight: 400; }
.notice {
  margin: 0 0 1.2em;
  padding: 0.55em 0.8em;
  border: 1px solid;
  border-left-width: 4px;
  border-color: var(--galley-notice-border);
  background: var(--galley-notice-background);
  color: var(--galley-notice-text);
  font-size: 0.85em;
  line-height: 1.4;
}
.notice-canceled, .notice-withheld {
  --galley-notice-border: var(--galley-alert-border);
  --galley-notice-background: var(--galley-alert-background);
  --galley-notice-text: var(--galley-alert-text);
}
.article-body p { margin: 0 0 1em; orphans: 3; widows: 3; }
.article-footer {
  margin: 2.8em 0 0;
  padding: 1em 0 0;
  border-top: 1px solid;
  border-top-color: var(--galley-rule);
  font-size: 0.8em;
  line-height: 1.5;
}
.article-footer p { margin: 0 0 0.4em; }
.article-body h2, .article-body h3, .article-body h4 {
  margin: 1.9em 0 0.55em;
  line-height: 1.25;
  font-weight: 700;
}
.article-body h2 { font-size: 1.25em; }
.article-body h3 { font-size: 1.1em; }
.article-body h4 { font-size: 1em; }
.article-body ul, .article-body ol { margin: 0 0 1em; padding-left: 1.4em; }
.article-body li { margin: 0 0 0.4em; }
blockquote {
  margin: 1.6em 0;
  padding: 0.1em 0 0.1em 1em;
  border-left: 3px solid;
  border-left-color: var(--galley-accent);
  break-inside: avoid;
}
.article-body blockquote p { margin: 0; font-size: 1.15em; font-style: italic; line-height: 1.45; }
figure { margin: 1.9em 0; }
figure.quote blockquote { margin: 0; }
figure.quote figcaption { margin: 0.55em 0 0 1.2em; font-size: 0.8em; line-height: 1.4; }
figure.quote figcaption::before { content: "\2014\A0"; }
figure.image img { display: block; width: 100%; height: auto; border-radius: 2px; }
figure.image figcaption { margin: 0.6em 0 0; font-size: 0.8em; line-height: 1.45; }
.credit { font-size: 0.85em; letter-spacing: 0.04em; text-transform: uppercase; }
hr { width: 4em; height: 0; margin: 2.2em auto; border: 0; border-top: 1px solid; border-top-color: var(--galley-rule); }
code {
  padding: 0.05em 0.3em;
  border-radius: 3px;
  background: var(--galley-code-background);
  font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.86em;
  font-variant: normal;
}
.corrections { margin: 0 0 1.2em; }
.corrections h2 { margin: 0 0 0.4em; font-size: 1em; }
.corrections time { font-weight: 700; }
.keywords { margin: 1em 0 0; padding: 0; list-style: none; }
.keywords li {
  display: inline-block;
  margin: 0 0.35em 0.45em 0;
  padding: 0.1em 0.7em;
  border: 1px solid;
  border-color: var(--galley-chip-border);
  border-radius: 1em;
  color: var(--galley-chip-text);
}
)css";

// The rules for scripts and languages, after every other rule for the same elements.
constexpr std::string_view language_css = R"css(
figure.quote figcaption:lang(zh)::before, figure.quote figcaption:lang(ja)::before { content: "\2014\2014"; }
:lang(zh), :lang(ja), :lang(ko) { hyphens: manual; -webkit-hyphens: manual; }
.article-body p:lang(zh), .article-body p:lang(ja), .article-body p:lang(ko) { line-height: 1.8; }
.article-body p:lang(zh), .article-body p:lang(ja) { text-align: justify; }
em:lang(zh), em:lang(ja), .article-body blockquote p:lang(zh), .article-body blockquote p:lang(ja) { font-style: normal; }
em:lang(zh), em:lang(ja) {
  -webkit-text-emphasis: filled dot;
  text-emphasis: filled dot;
  text-emphasis-position: under right;
}
em:lang(ja) { text-emphasis-position: over right; }
.section:lang(zh), .section:lang(ja), .section:lang(ko) { letter-spacing: 0.02em; }
h1:lang(zh), h1:lang(ja), h1:lang(ko) { line-height: 1.3; letter-spacing: 0.01em; }
)css";

// A news site's article page: one centred column about 65 characters wide, type that
// grows from phone to desktop, colours for light and dark schemes, and print rules.
constexpr std::string_view web_css = R"css(
:root {
  color-scheme: light dark;
  --galley-text: #1d1d1f;
  --galley-muted: #555;
  --galley-accent: #b3202a;
  --galley-rule: #dcdcdc;
  --galley-link: #0b57a4;
  --galley-notice-border: #c9a227;
  --galley-notice-background: #fdf6dc;
  --galley-notice-text: #3b3000;
  --galley-alert-border: #b3202a;
  --galley-alert-background: #fbe9ea;
  --galley-alert-text: #5c0d12;
  --galley-chip-border: #d0d0d0;
  --galley-chip-text: #333;
  --galley-code-background: #f2f2f2;
}
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  padding: 1.75rem 1.25rem 3.5rem;
  background: #fff;
  color: var(--galley-text);
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
    "DejaVu Serif", serif;
  font-size: 1.0625rem;
  line-height: 1.62;
  text-rendering: optimizeLegibility;
}
header.article-header { padding-bottom: 1.3em; border-bottom: 1px solid; border-bottom-color: var(--galley-rule); }
a { color: var(--galley-link); text-decoration-thickness: 0.06em; text-underline-offset: 0.16em; }
a:hover { color: var(--galley-accent); }
@media (min-width: 42em) {
  body { padding-top: 3.5rem; font-size: 1.1875rem; }
  h1 { font-size: 2.3em; }
  .dek { font-size: 1.25em; }
}
@media (prefers-color-scheme: dark) {
  :root {
    --galley-text: #e6e6e6;
    --galley-muted: #adadad;
    --galley-accent: #ff8f86;
    --galley-rule: #3a3a3a;
    --galley-link: #8ab4f8;
    --galley-notice-background: #2e2a16;
    --galley-notice-text: #f3e6b3;
    --galley-alert-background: #3a1b1d;
    --galley-alert-text: #ffd6d3;
    --galley-chip-border: #4a4a4a;
    --galley-chip-text: #d0d0d0;
    --galley-code-background: #262626;
  }
  body { background: #141414; }
}
@media print {
  @page { margin: 18mm 20mm 20mm; }
  :root {
    color-scheme: light;
    --galley-text: #000;
    --galley-muted: #000;
    --galley-accent: #000;
    --galley-rule: #000;
    --galley-link: #000;
    --galley-notice-border: #000;
    --galley-notice-background: transparent;
    --galley-notice-text: #000;
    --galley-alert-border: #000;
    --galley-alert-background: transparent;
    --galley-alert-text: #000;
    --galley-chip-border: #000;
    --galley-chip-text: #000;
    --galley-code-background: transparent;
  }
  body { padding: 0; background: none; font-size: 10.5pt; line-height: 1.45; }
  .article { max-width: none; }
  h1 { font-size: 24pt; }
  .dek { font-size: 13pt; }
  .article-body a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    word-break: break-all;
  }
  h1, .article-body h2, .article-body h3, .article-body h4, .dek { break-after: avoid; page-break-after: avoid; }
  figure, .article-body li, .notice, header.article-header { break-inside: avoid; page-break-inside: avoid; }
  figure.image img { max-height: 9cm; width: auto; max-width: 100%; }
}
:lang(ru) .article, :lang(uk) .article, :lang(be) .article, :lang(bg) .article,
:lang(sr) .article, :lang(mk) .article, :lang(kk) .article {
  font-family: "PT Serif", Georgia, Cambria, "Noto Serif", "DejaVu Serif", serif;
}
:lang(zh) {
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif;
}
:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO) {
  font-family: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC",
    "WenQuanYi Zen Hei", sans-serif;
}
:lang(ja) {
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo,
    "Noto Sans CJK JP", "Source Han Sans JP", sans-serif;
}
:lang(ko) {
  font-family: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR",
    sans-serif;
}
body:lang(zh), body:lang(ja), body:lang(ko) { line-height: 1.85; }
.article:lang(zh), .article:lang(ja), .article:lang(ko) { letter-spacing: 0.02em; }
@media screen {
  .article:lang(zh), .article:lang(ja), .article:lang(ko) { max-width: 36em; }
}
)css";
std::string assemble(std::string_view article, std::string_view packaging) {
    std::string out;
    for (std::string_view part : {article_start, article, common_css, language_css, packaging}) {
        out.append(part);
    }
    return out;
}

}  // namespace

const std::string& default_stylesheet(Packaging packaging) {
    // Function-local statics: built on first use, once, safely across threads.
    static const std::string web = assemble(web_article, web_css);
    static const std::string epub = assemble(epub_article, "");
    return packaging == Packaging::Web ? web : epub;
}

}  // namespace galley::xhtml
