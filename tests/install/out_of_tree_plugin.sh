#!/usr/bin/env bash
# Installs galley into a temporary prefix, checks that the installed tool finds its own
# plugins, then builds examples/out-of-tree-plugin against the installed package
# (find_package(galley) + galley_add_plugin) and converts the seed sample with it.
#
#   out_of_tree_plugin.sh BUILD_DIR SOURCE_DIR "EXTRA_CXX_FLAGS" [PREFIX]
#
# With PREFIX (e.g. /usr after installing the .deb), nothing is installed: the checks run
# against the galley already installed there.
set -euo pipefail
build=$1 source=$2 flags=${3-} prefix=${4-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$prefix" ]; then
    prefix="$work/prefix"
    cmake --install "$build" --prefix "$prefix" >/dev/null
fi
galley="$prefix/bin/galley"
export GALLEY_PLUGIN_PATH=

# Outputs are captured before grep reads them: `cmd | grep -q` under pipefail fails
# whenever grep stops reading early and cmd gets SIGPIPE.
formats=$("$galley" formats)
grep -q '^json ' <<<"$formats" || { echo "installed galley does not list json"; exit 1; }
json=$("$galley" convert "$source/samples/harbin-expo.yaml" --to json -o -)
grep -q '"galley_json": 1' <<<"$json" || { echo "installed galley cannot convert"; exit 1; }

cmake -S "$source/examples/out-of-tree-plugin" -B "$work/plugin" -DCMAKE_PREFIX_PATH="$prefix" \
      -DGALLEY_SAMPLES="$source/samples" \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_MODULE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$work/plugin" >/dev/null

plugins="$work/plugin/lib/galley/plugins"
formats=$("$galley" --plugin-dir "$plugins" formats)
grep -q '^text .*galley_text\.so$' <<<"$formats" ||
    { echo "the out-of-tree plugin is not listed"; echo "$formats"; exit 1; }
text=$("$galley" --plugin-dir "$plugins" convert "$source/samples/harbin-expo.yaml" --to text -o -)
grep -q '^Harbin business promotion and economic cooperation event held in Russia$' <<<"$text" ||
    { echo "unexpected text output:"; echo "$text" | head; exit 1; }
# The same contract test the shipped plugins pass, from the installed package.
ctest --test-dir "$work/plugin" --output-on-failure >/dev/null ||
    { echo "the out-of-tree plugin fails the conformance test:";
      ctest --test-dir "$work/plugin" --output-on-failure | tail -20; exit 1; }
echo "out-of-tree plugin built against the installed galley, converted the seed and passed the conformance test"
