#!/usr/bin/env bash
# Builds galley's Debian package from a configured build tree, installs it with dpkg on
# this machine, and checks the installed package as a user and a plugin author would:
# the man page and completion are in place, `galley` converts the seed sample, a program
# built with pkg-config links libgalley, and examples/out-of-tree-plugin builds against
# the installed CMake package. Then it removes the package again.
#
#   deb_package.sh BUILD_DIR SOURCE_DIR
#
# It changes the system (dpkg -i into /usr), so it is not a CTest test: `make deb-check`
# runs it, and CI runs that as root on a machine of its own.
set -euo pipefail
build=$(cd "$1" && pwd) source=$(cd "$2" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "deb_package.sh: needs root to install the package (dpkg -i)"; exit 1
fi
if dpkg-query -W -f='${Status}' galley 2>/dev/null | grep -q "install ok installed"; then
    echo "deb_package.sh: a galley package is already installed; remove it first"; exit 1
fi
work=$(mktemp -d)
cleanup() {
    dpkg --purge galley >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/galley_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Depends
# Install its dependencies from Debian the way a user would, then the package itself.
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null

fail() { echo "deb_package.sh: $*"; exit 1; }
[ -x /usr/bin/galley ] || fail "/usr/bin/galley is missing"
man -w galley >/dev/null 2>&1 || [ -f /usr/share/man/man1/galley.1.gz ] || fail "no man page"
[ -f /usr/share/bash-completion/completions/galley ] || fail "no bash completion"
[ -f /usr/share/galley/schemas/article.schema.json ] || fail "no schemas"

unset GALLEY_PLUGIN_PATH
formats=$(/usr/bin/galley formats)
for id in json xhtml epub newsml pdf; do
    grep -q "^$id " <<<"$formats" || fail "installed galley does not list $id"
done
cp -r "$source/samples" "$work/samples"
/usr/bin/galley convert "$work/samples/harbin-expo.yaml" --to all -d "$work/out" -q
for ext in pdf epub xhtml newsml.xml json; do
    [ -s "$work/out/harbin-expo.$ext" ] || fail "no harbin-expo.$ext from the installed galley"
done
head -c 5 "$work/out/harbin-expo.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"

cat >"$work/host.cpp" <<'CPP'
#include <galley/registry.hpp>
#include <iostream>
int main() {
    galley::PluginRegistry registry;
    registry.load(galley::PluginRegistry::search_path(), {"json"});
    std::cout << (registry.find("json") ? "json found\n" : "json missing\n");
    return registry.find("json") ? 0 : 1;
}
CPP
# shellcheck disable=SC2046
g++ "$work/host.cpp" -o "$work/host" $(pkg-config --cflags --libs galley)
"$work/host" || fail "a program built with pkg-config does not find the installed plugins"

"$source/tests/install/out_of_tree_plugin.sh" "$build" "$source" "" /usr
dpkg --purge galley >/dev/null
[ ! -e /usr/bin/galley ] || fail "dpkg -r left /usr/bin/galley behind"
echo "the .deb installs, converts, serves pkg-config and CMake users, and removes cleanly"
