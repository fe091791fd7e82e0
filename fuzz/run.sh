#!/usr/bin/env bash
# Runs galley's libFuzzer targets from the `fuzz` preset's tree (build-fuzz/).
#
#   fuzz/run.sh SECONDS [TARGET...]     default targets: load_article export
#
# Each target runs alone (in-process, one job, at low priority) for SECONDS, seeded with the
# articles of samples/, tests/bad-input/, tests/fixtures/ and fuzz/regressions/, with
# the YAML dictionary fuzz/yaml.dict. New corpus entries go to build-fuzz/fuzz/corpus/
# TARGET (kept between runs, never committed). A crash, leak, timeout or failed output
# check is saved as build-fuzz/fuzz/findings/TARGET/crash-* (leak-*, timeout-*, oom-*;
# the folder is emptied when the target's next run starts), the run goes on, and the
# script exits 1 at the end: copy the file to fuzz/regressions/ and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load_article export)
build=${GALLEY_FUZZ_BUILD:-build-fuzz}

# The seeds, gathered into one folder (libFuzzer reads every file of a corpus folder,
# and these sit among .expected files, images and scripts).
seeds=$build/fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"
for f in samples/*.yaml tests/bad-input/*.yaml fuzz/regressions/*; do
    [ -f "$f" ] && cp "$f" "$seeds/$(echo "$f" | tr / _)"
done
find tests/fixtures -path tests/fixtures/plugins -prune -o -name '*.yaml' -print |
    while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr / _)"; done

status=0
for target in "${targets[@]}"; do
    exe=$build/bin/${target}_fuzzer
    [ -x "$exe" ] || { echo "run.sh: $exe missing: cmake --build --preset fuzz" >&2; exit 2; }
    corpus=$build/fuzz/corpus/$target
    findings=$build/fuzz/findings/$target
    rm -rf "$findings"  # only this run's findings decide its status
    mkdir -p "$corpus" "$findings"
    echo "== $target: ${seconds}s"
    # 60 s per input is a hang (the limits promise far less, but CI machines are shared
    # and this build is slow); 2 GiB is runaway memory (the limits promise under 512 MB).
    # max_len covers the largest seed. -fork=1 with -ignore_*: one child at a time, and a
    # finding is saved and the run goes on, so each target gets its whole time.
    if ! ASAN_OPTIONS=${ASAN_OPTIONS:-detect_odr_violation=0:detect_leaks=1} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        nice -n 19 "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 \
            -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -timeout=60 -max_len=65536 -dict=fuzz/yaml.dict -print_final_stats=1 \
            -artifact_prefix="$findings/" "$corpus" "$seeds"; then
        status=1
    fi
    if [ -n "$(ls -A "$findings")" ]; then
        echo "run.sh: $target found problems; see $findings/" >&2
        ls -l "$findings" >&2
        status=1
    fi
done
exit $status
