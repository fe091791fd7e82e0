// galley's default article stylesheets: shared typography, then the web page or EPUB
// additions. Assembled once per process; the text holds no `<` or `&`, so the page
// writer may embed it as is.
#include <galley/xhtml/stylesheet.hpp>

#include <string_view>

namespace galley::xhtml {

namespace {

// Typography that serves both packagings: no colours, no page layout, no body font
// (a reading system lets its reader choose one).
constexpr std::string_view common_css = R"css(
/* galley article stylesheet */
article, header, footer, section, figure, figcaption { display: block; }
.article {
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  overflow-wrap: break-word;
  hyphens: auto;
  -webkit-hyphens: auto;
}
.article-header { margin: 0 0 1.8em; }
.section, .byline, .dateline, .notice, .article-body h2, .article-body h3, .article-body h4,
figcaption, .article-footer {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
  hyphens: manual;
  -webkit-hyphens: manual;
}
.section {
  margin: 0 0 0.9em;
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
.byline { font-weight: 700; }
.dateline .place { font-weight: 700; }
.dateline > * { white-space: nowrap; }
.dateline > :not(:last-child)::after { content: "\B7"; padding-left: 0.4em; font-weight: 400; }
.notice {
  margin: 0 0 1.2em;
  padding: 0.55em 0.8em;
  border: 1px solid;
  border-left-width: 4px;
  font-size: 0.85em;
  line-height: 1.4;
}
.article-body p { margin: 0 0 1em; }
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
blockquote { margin: 1.6em 0; padding: 0.1em 0 0.1em 1em; border-left: 3px solid; }
blockquote p { margin: 0; font-size: 1.15em; font-style: italic; line-height: 1.45; }
figure { margin: 1.9em 0; }
figure.quote blockquote { margin: 0; }
figure.quote figcaption { margin: 0.55em 0 0 1.2em; font-size: 0.8em; line-height: 1.4; }
figure.quote figcaption::before { content: "\2014\A0"; }
figure.quote figcaption:lang(zh)::before, figure.quote figcaption:lang(ja)::before { content: "\2014\2014"; }
figure.image img { display: block; width: 100%; height: auto; }
figure.image figcaption { margin: 0.6em 0 0; font-size: 0.8em; line-height: 1.45; }
.credit { font-size: 0.85em; letter-spacing: 0.04em; text-transform: uppercase; }
hr { width: 4em; height: 0; margin: 2.2em auto; border: 0; border-top: 1px solid; }
code {
  font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.86em;
  font-variant: normal;
}
.article-footer {
  margin: 2.8em 0 0;
  padding: 1em 0 0;
  border-top: 1px solid;
  font-size: 0.8em;
  line-height: 1.5;
}
.article-footer p { margin: 0 0 0.4em; }
.corrections { margin: 0 0 1.2em; }
.corrections h2 { margin: 0 0 0.4em; font-size: 1em; }
.corrections time { font-weight: 700; }
.keywords { margin: 1em 0 0; padding: 0; list-style: none; }
.keywords li {
  display: inline-block;
  margin: 0 0.35em 0.45em 0;
  padding: 0.1em 0.7em;
  border: 1px solid;
  border-radius: 1em;
}
:lang(zh), :lang(ja), :lang(ko) { hyphens: manual; -webkit-hyphens: manual; }
.article-body p:lang(zh), .article-body p:lang(ja) { text-align: justify; }
em:lang(zh), em:lang(ja), blockquote p:lang(zh), blockquote p:lang(ja) { font-style: normal; }
em:lang(zh), em:lang(ja) {
  -webkit-text-emphasis: filled dot;
  text-emphasis: filled dot;
  text-emphasis-position: under right;
}
em:lang(ja) { text-emphasis-position: over right; }
.section:lang(zh), .section:lang(ja), .section:lang(ko) { letter-spacing: 0.02em; }
)css";

// A news site's article page: one centred column about 65 characters wide, type that
// grows from phone to desktop, colours for light and dark schemes, and print rules.
constexpr std::string_view web_css = R"css(
:root { color-scheme: light dark; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  padding: 1.75rem 1.25rem 3.5rem;
  background: #fff;
  color: #1d1d1f;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
    "DejaVu Serif", serif;
  font-size: 1.0625rem;
  line-height: 1.62;
  text-rendering: optimizeLegibility;
}
.article { max-width: 35em; margin: 0 auto; }
.section { color: #b3202a; }
.dek, .dateline, figcaption, .article-footer { color: #555; }
.byline { color: #1d1d1f; }
.article-header { padding-bottom: 1.3em; border-bottom: 1px solid #dcdcdc; }
.notice { border-color: #c9a227; background: #fdf6dc; color: #3b3000; }
.notice-canceled, .notice-withheld { border-color: #b3202a; background: #fbe9ea; color: #5c0d12; }
a { color: #0b57a4; text-decoration-thickness: 0.06em; text-underline-offset: 0.16em; }
a:hover { color: #b3202a; }
blockquote { border-left-color: #b3202a; }
hr, .article-footer { border-top-color: #dcdcdc; }
.keywords li { border-color: #d0d0d0; color: #333; }
code { padding: 0.05em 0.3em; border-radius: 3px; background: #f2f2f2; }
figure.image img { border-radius: 2px; }
@media (min-width: 42em) {
  body { padding-top: 3.5rem; font-size: 1.1875rem; }
  h1 { font-size: 2.3em; }
  .dek { font-size: 1.25em; }
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
.article:lang(zh), .article:lang(ja), .article:lang(ko) { max-width: 36em; letter-spacing: 0.02em; }
h1:lang(zh), h1:lang(ja), h1:lang(ko) { line-height: 1.3; letter-spacing: 0.01em; }
.article code {
  font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  body, .byline { background: #141414; color: #e6e6e6; }
  .dek, .dateline, figcaption, .article-footer { color: #adadad; }
  .section, a:hover { color: #ff8f86; }
  blockquote { border-left-color: #ff8f86; }
  a { color: #8ab4f8; }
  .article-header, hr, .article-footer { border-color: #3a3a3a; }
  .keywords li { border-color: #4a4a4a; color: #d0d0d0; }
  code { background: #262626; }
  .notice { background: #2e2a16; color: #f3e6b3; }
  .notice-canceled, .notice-withheld { background: #3a1b1d; color: #ffd6d3; }
}
@media print {
  @page { margin: 18mm 20mm 20mm; }
  :root { color-scheme: light; }
  body { padding: 0; background: none; color: #000; font-size: 10.5pt; line-height: 1.45; }
  .article { max-width: none; }
  h1 { font-size: 24pt; }
  .dek { font-size: 13pt; }
  .section, .dek, .dateline, figcaption, .article-footer, .byline, .keywords li { color: #000; }
  .article-header { border-bottom-color: #000; }
  blockquote { border-left-color: #000; }
  a { color: inherit; text-decoration: none; }
  .article-body a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    word-break: break-all;
  }
  h1, h2, h3, h4, .dek { break-after: avoid; page-break-after: avoid; }
  figure, blockquote, li, .notice, .article-header { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  figure.image img { max-height: 9cm; width: auto; max-width: 100%; }
  .notice { background: none; color: #000; border-color: #000; }
  code { background: none; padding: 0; }
}
)css";

// A reading system owns the page, the colours and the body font; the content document
// only adds what the shared typography leaves open.
constexpr std::string_view epub_css = R"css(
.article { line-height: 1.5; }
h1:lang(zh), h1:lang(ja), h1:lang(ko) { line-height: 1.3; }
.article-body p:lang(zh), .article-body p:lang(ja), .article-body p:lang(ko) { line-height: 1.8; }
)css";

std::string assemble(std::string_view first, std::string_view second) {
    std::string out;
    out.reserve(first.size() + second.size());
    out.append(first);
    out.append(second);
    return out;
}

}  // namespace

const std::string& default_stylesheet(Packaging packaging) {
    // Function-local statics: built on first use, once, safely across threads.
    static const std::string web = assemble(common_css, web_css);
    static const std::string epub = assemble(common_css, epub_css);
    return packaging == Packaging::Web ? web : epub;
}

}  // namespace galley::xhtml
