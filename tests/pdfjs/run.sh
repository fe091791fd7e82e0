#!/usr/bin/env bash
# pdf.js (pdfjs-dist, Firefox's PDF engine) reads the text of articles' PDFs exactly:
# converts them to PDF and JSON in a temporary folder and runs reads-articles.mjs on
# each pair.
#
#   tests/pdfjs/run.sh GALLEY TOOLS_DIR ARTICLE.yaml...
#
# The npm package (package-lock.json) is installed with `npm ci` into TOOLS_DIR, in the
# build tree, once per lock file; its optional native canvas is left out, as text needs
# no rendering. Exits 77 (CTest: skipped) with the reason when node or npm is missing.
set -euo pipefail
galley=$1 tools=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)

. "$here/../support/npm_tools.sh"
require_node
# The optional native canvas is left out: reading text needs no rendering.
install_npm_tools "$here" "$tools" "$here/reads-articles.mjs" -- --omit=optional

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pairs=()
for article in "$@"; do
    name=$(basename "$article" .yaml)
    # Each article from its own folder, where its images are.
    (cd "$(dirname "$article")" && "$galley" convert -q -t pdf,json -d "$out" "$(basename "$article")")
    pairs+=("$out/$name.json" "$out/$name.pdf")
done
node "$tools/reads-articles.mjs" "${pairs[@]}"
