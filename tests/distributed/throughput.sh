#!/usr/bin/env bash
# Measures a sharded run as an Indexed Job would do it: for W = 1, 2 and 4 workers, W
# containers side by side on one generated archive, each converting its shard to every
# format; prints articles per second of the whole run (wall clock, container start
# included). Not a test: README's figures come from it.
#
#   throughput.sh SOURCE_DIR IMAGE [ARTICLES]      (root; podman, runc)
set -euo pipefail
source=$(cd "$1" && pwd) image=$2 count=${3:-500}
podman=(podman --runtime runc --cgroup-manager=cgroupfs)
run=("${podman[@]}" run --rm --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$source/tests/bench/gen_corpus.py" -n "$count" -o "$work/corpus" "$source"/samples/*.yaml >/dev/null
chmod -R a+rX "$work"
for workers in 1 2 4; do
    out="$work/out-$workers"
    mkdir -p "$out" && chown 10001 "$out"
    start=$(date +%s.%N)
    pids=()
    for ((i = 0; i < workers; i++)); do
        "${run[@]}" -e JOB_COMPLETION_INDEX=$i -v "$work/corpus/yaml:/articles:ro" -v "$out:/out" \
            --entrypoint sh "$image" -c \
            "galley convert /articles --to all -d /out -q --shard \$((JOB_COMPLETION_INDEX + 1))/$workers" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    printf '%d worker(s): %d articles in %.2f s, %.0f articles/s\n' "$workers" "$count" "$seconds" \
        "$(echo "$count / $seconds" | bc -l)"
done
