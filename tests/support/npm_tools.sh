# Sourced by the node-based checks (tests/a11y/run.sh, tests/pdfjs/run.sh): skipping
# when node or npm is missing, and installing a check's npm packages.

# Exits 77 (CTest: skipped) with the reason.
skip() { echo "SKIPPED: $*"; exit 77; }

require_node() {
    command -v node >/dev/null || skip "node is not installed (scripts/install-deps.sh installs nodejs)"
    command -v npm >/dev/null || skip "npm is not installed (scripts/install-deps.sh installs npm)"
}

# install_npm_tools SOURCE_DIR TOOLS_DIR SCRIPT... [-- NPM_CI_OPTION...]
# Installs SOURCE_DIR's package-lock.json with `npm ci` into TOOLS_DIR, once per lock
# file (ctest -j runs checks at once: one npm ci under a lock), and copies the scripts
# beside node_modules so that require() and import() find it.
install_npm_tools() {
    local source=$1 tools=$2
    shift 2
    local scripts=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        scripts+=("$1")
        shift
    done
    [ $# -gt 0 ] && shift
    mkdir -p "$tools"
    (
        flock 9
        if [ ! -d "$tools/node_modules" ] || ! cmp -s "$source/package-lock.json" "$tools/package-lock.json"; then
            cp "$source/package.json" "$source/package-lock.json" "$tools/"
            npm ci --prefix "$tools" --no-audit --no-fund --ignore-scripts "$@" >/dev/null
        fi
        cp "${scripts[@]}" "$tools/"
    ) 9>"$tools/.lock"
}
