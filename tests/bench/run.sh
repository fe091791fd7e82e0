#!/usr/bin/env bash
# `make bench`: installs the peers, builds galley with the micro benchmarks (Release,
# build/), runs them, then the macro comparison (compare.sh).
#
#   tests/bench/run.sh [--no-micro] [--no-compare] [compare.sh options...]
#
# Results: the micro benchmarks' JSON and the comparison's Markdown tables land in
# the work folder (${TMPDIR:-/tmp}/galley-bench unless --work DIR is given).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
micro=1
compare=1
work=${TMPDIR:-/tmp}/galley-bench
pass=()
while [ $# -gt 0 ]; do
    case $1 in
    --no-micro) micro=0 ;;
    --no-compare) compare=0 ;;
    --work) work=$2; pass+=("$1" "$2"); shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) pass+=("$1") ;;
    esac
    shift
done

"$root/scripts/install-deps.sh" --bench
cd "$root"
cmake --preset release -DGALLEY_BUILD_BENCHMARKS=ON >/dev/null
if ! cmake --build --preset release -j "$(nproc)" --target galley_micro_bench; then
    echo "run.sh: could not build galley_micro_bench (is tests/bench added in" \
         "tests/CMakeLists.txt?)" >&2
    exit 1
fi
mkdir -p "$work"

if [ "$micro" = 1 ]; then
    echo "== micro benchmarks (in process, one thread unless noted)"
    build/bin/galley_micro_bench --benchmark_min_time=0.5 \
        --benchmark_out="$work/micro.json" --benchmark_out_format=json
    echo "(saved to $work/micro.json)"
fi
if [ "$compare" = 1 ]; then
    echo "== macro comparison"
    "$here/compare.sh" --no-install --work "$work" "${pass[@]}"
fi
