#!/usr/bin/env bash
# Where a galley batch spends its time: a flat perf profile (by library and by symbol)
# and the system calls it makes, over a generated corpus.
#
#   tests/bench/profile.sh [-n N] [--to FORMATS] [-j JOBS] [--build DIR] [--work DIR]
#
# Defaults: 1000 articles from samples/*.yaml, --to xhtml, -j 1 (one worker gives the
# clearest profile). Needs perf (Debian linux-perf) and strace; prints their top lines
# and keeps the full reports in the work folder.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
count=1000
to=xhtml
jobs=1
build=${GALLEY_BUILD:-$root/build}
work=${TMPDIR:-/tmp}/galley-profile
while [ $# -gt 0 ]; do
    case $1 in
    -n) count=$2; shift ;;
    --to) to=$2; shift ;;
    -j) jobs=$2; shift ;;
    --build) build=$2; shift ;;
    --work) work=$2; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
galley=$build/bin/galley
for tool in perf strace; do
    command -v $tool >/dev/null || { echo "profile.sh: $tool not installed" >&2; exit 2; }
done

mkdir -p "$work"
/usr/bin/python3 "$here/gen_corpus.py" "$root"/samples/*.yaml -n "$count" -o "$work/corpus"
# Each run writes to a new folder and nothing is deleted before the end: ext4 makes
# files created right after a mass deletion cost more (see compare.sh).
rm -rf "$work"/out.*
runs=0
run() {
    runs=$((runs + 1))
    "$@" "$galley" convert "$work/corpus/yaml" --to "$to" -d "$work/out.$runs" -j "$jobs" --quiet
}

echo "== wall time and peak RSS"
run /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak RSS"
echo "== perf: share of samples by library"
run perf record -q -F 2999 -o "$work/perf.data" 2>/dev/null
perf report -i "$work/perf.data" --no-children --sort dso --stdio 2>/dev/null |
    grep -E '^ +[0-9]' | sed -n 1,12p
echo "== perf: top symbols"
perf report -i "$work/perf.data" --no-children --sort dso,sym --stdio 2>/dev/null |
    grep -E '^ +[0-9]' | sed -n 1,30p
echo "== system calls ($count articles)"
run strace -f -c -o "$work/strace.txt"
head -n 20 "$work/strace.txt"
echo "(full reports: perf report -i $work/perf.data; $work/strace.txt)"
rm -rf "$work"/out.*
