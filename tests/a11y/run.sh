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

skip() { echo "SKIPPED: $*"; exit 77; }
command -v node >/dev/null || skip "node is not installed (scripts/install-deps.sh installs nodejs)"
command -v npm >/dev/null || skip "npm is not installed (scripts/install-deps.sh installs npm)"
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (scripts/install-deps.sh installs chromium)"

mkdir -p "$tools"
(
    flock 9  # ctest -j runs the checks at once: one npm ci
    if [ ! -d "$tools/node_modules" ] || ! cmp -s "$here/package-lock.json" "$tools/package-lock.json"; then
        cp "$here/package.json" "$here/package-lock.json" "$tools/"
        PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$tools" --no-audit --no-fund --ignore-scripts >/dev/null
    fi
    # The scripts run from beside node_modules so that require() and import() find it.
    cp "$here"/*.js "$tools/"
) 9>"$tools/.lock"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$galley" convert -q -j 1 -t xhtml,epub -d "$out" "$@"

case $check in
    axe) node "$tools/axe-check.js" "$out"/*.xhtml ;;
    epub-authors) node "$tools/epub-authors.js" "$out"/*.epub ;;
    css) node "$tools/css-lint.js" "$out"/*.xhtml "$out"/*.epub ;;
    *) echo "run.sh: unknown check '$check'" >&2; exit 2 ;;
esac
