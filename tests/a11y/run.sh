#!/usr/bin/env bash
# One browser-side check on every sample: converts them to XHTML and EPUB in a
# temporary folder and runs the check's node script on the outputs.
#
#   tests/a11y/run.sh axe|epub-authors|css GALLEY TOOLS_DIR SAMPLE.yaml...
#
# The npm packages (package-lock.json) are installed with `npm ci` into TOOLS_DIR, in
# the build tree, once per lock file. Exits 77 (CTest: skipped) with the reason when
# node, npm or Chromium is missing.
set -euo pipefail
check=$1 galley=$2 tools=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)

. "$here/../support/npm_tools.sh"
require_node
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (scripts/install-deps.sh installs chromium)"
PUPPETEER_SKIP_DOWNLOAD=1 install_npm_tools "$here" "$tools" "$here"/*.js

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$galley" convert -q -j 1 -t xhtml,epub -d "$out" "$@"

case $check in
    axe) node "$tools/axe-check.js" "$out"/*.xhtml ;;
    epub-authors) node "$tools/epub-authors.js" "$out"/*.epub ;;
    css) node "$tools/css-lint.js" "$out"/*.xhtml "$out"/*.epub ;;
    *) echo "run.sh: unknown check '$check'" >&2; exit 2 ;;
esac
