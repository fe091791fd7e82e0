#!/usr/bin/env bash
# Every option of every built plugin appears in docs/cli.md as `id.key` (qpdf's rule: the
# build fails until a new option is documented).
#
#   documented_options.sh GALLEY_EXE DOCS_CLI_MD
set -euo pipefail
galley=$1 doc=$2
keys=$(GALLEY_PLUGIN_PATH= "$galley" formats --json | /usr/bin/python3 -c '
import json, sys
for f in json.load(sys.stdin):
    for o in f["options"]:
        print(f["id"] + "." + o["key"])')
missing=0
for k in $keys; do
    if ! grep -qF "\`$k\`" "$doc"; then
        echo "docs/cli.md does not document the option $k"
        missing=1
    fi
done
[ "$missing" -eq 0 ] && echo "docs/cli.md documents all $(wc -w <<<"$keys") plugin options"
exit $missing
