#!/usr/bin/env bash
# Runs galley the way a Kubernetes Indexed Job (or GNU Parallel) runs it: N = 4
# containers side by side from the galley image, each with JOB_COMPLETION_INDEX set as
# Kubernetes sets it, all mounting one read-only folder of generated articles and one
# shared output folder, each running README's command. Then checks what galley
# guarantees: every article converted exactly once, no file written by two workers,
# every report valid, outputs byte-identical to a single-process run, and the reports
# merge into one. Finally one worker is killed mid-run and its index rerun with
# --skip-unchanged: the result is complete and identical, with nothing partial left.
#
#   sharded_containers.sh SOURCE_DIR IMAGE [ARTICLES]      (root; podman, runc)
set -euo pipefail
source=$(cd "$1" && pwd) image=$2 count=${3:-240}
workers=4
podman=(podman --runtime runc --cgroup-manager=cgroupfs)
run=("${podman[@]}" run --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
work=$(mktemp -d)
names=()
cleanup() {
    for n in "${names[@]}"; do "${podman[@]}" rm -f "$n" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "sharded_containers.sh: FAIL: $*"; exit 1; }

# The README's command, as the pod runs it (sh -c with the index from the environment).
command='galley convert /articles --to all -d /out -q --shard $((JOB_COMPLETION_INDEX + 1))/'$workers' --report /out/report-$JOB_COMPLETION_INDEX.json'

python3 "$source/tests/bench/gen_corpus.py" -n "$count" -o "$work/corpus" "$source"/samples/*.yaml >/dev/null
articles="$work/corpus/yaml"
total=$(find "$articles" -name '*.yaml' | wc -l)
[ "$total" -ge 200 ] || fail "only $total articles generated"
chmod -R a+rX "$work"
mkdir -p "$work/ref" "$work/out" "$work/out2"
chown 10001 "$work/ref" "$work/out" "$work/out2"   # the image's unprivileged user

# A single process over everything: the reference.
"${run[@]}" --rm -v "$articles:/articles:ro" -v "$work/ref:/out" "$image" \
    convert /articles --to all -d /out -q >/dev/null || fail "the single-process run failed"

# N workers side by side on the shared volumes.
start=$(date +%s.%N)
for ((i = 0; i < workers; i++)); do
    names+=("galley-shard-$$-$i")
    "${run[@]}" -d --name "galley-shard-$$-$i" -e JOB_COMPLETION_INDEX=$i \
        -v "$articles:/articles:ro" -v "$work/out:/out" --entrypoint sh "$image" -c "$command" >/dev/null
done
for ((i = 0; i < workers; i++)); do
    status=$("${podman[@]}" wait "galley-shard-$$-$i")
    [ "$status" = 0 ] || fail "worker $i exited with $status: $("${podman[@]}" logs "galley-shard-$$-$i" 2>&1 | tail -3)"
done
elapsed=$(echo "$(date +%s.%N) - $start" | bc)

python3 - "$work/out" "$articles" "$workers" <<'PY' || fail "the reports do not add up"
import json, pathlib, sys
out, articles, workers = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
expected = {"/articles/" + p.relative_to(articles).as_posix() for p in articles.rglob("*.yaml")}
seen, written = {}, {}
for i in range(workers):
    report = json.loads((out / f"report-{i}.json").read_text())
    for entry in report["inputs"]:
        assert entry["status"] == "converted", entry
        assert entry["input"] not in seen, f"{entry['input']} converted by workers {seen[entry['input']]} and {i}"
        seen[entry["input"]] = i
        for o in entry["outputs"]:
            assert o["path"] not in written, f"{o['path']} written by workers {written[o['path']]} and {i}"
            written[o["path"]] = i
missing = expected - set(seen)
assert not missing, f"never converted: {sorted(missing)[:5]}"
assert set(seen) == expected, "converted something that is not an input"
print(f"{len(seen)} articles converted exactly once, {len(written)} files each written by one worker")
PY
for ((i = 0; i < workers; i++)); do
    python3 "$source/tests/tools/json_schema_check.py" "$source/schemas/run-report.schema.json" \
        "$work/out/report-$i.json" || fail "report-$i.json is not a valid run report"
done
diff -r -x 'report-*.json' "$work/ref" "$work/out" >/dev/null || fail "the sharded outputs differ from the single-process run"
echo "4 workers: outputs byte-identical to the single-process run ($(find "$work/ref" -type f | wc -l) files), $elapsed s"

# One summary for the whole archive.
"${run[@]}" --rm -v "$work/out:/out" "$image" report merge $(cd "$work/out" && ls report-*.json) \
    -o /out/all.json >/dev/null || fail "report merge failed"
python3 "$source/tests/tools/json_schema_check.py" "$source/schemas/run-report.schema.json" "$work/out/all.json" ||
    fail "the merged report is not a valid run report"
grep -q "\"inputs\": $total," "$work/out/all.json" || fail "the merged report does not count $total inputs"

# A worker killed mid-run (SIGKILL, as when a node goes away), then its index rerun.
victim=2
for ((i = 0; i < workers; i++)); do
    [ $i -eq $victim ] && continue
    "${run[@]}" --rm -e JOB_COMPLETION_INDEX=$i -v "$articles:/articles:ro" -v "$work/out2:/out" \
        --entrypoint sh "$image" -c "$command" >/dev/null || fail "worker $i failed"
done
before=$(find "$work/out2" -type f | wc -l)
names+=("galley-victim-$$")
# A tenth of a core, so that the kill lands in the middle of the run.
"${run[@]}" -d --cpus=0.1 --name "galley-victim-$$" -e JOB_COMPLETION_INDEX=$victim \
    -v "$articles:/articles:ro" -v "$work/out2:/out" --entrypoint sh "$image" -c "$command" >/dev/null
for _ in $(seq 600); do
    [ "$(find "$work/out2" -type f | wc -l)" -gt $((before + 10)) ] && break
    sleep 0.05
done
"${podman[@]}" kill -s KILL "galley-victim-$$" >/dev/null 2>&1 || true
"${podman[@]}" wait "galley-victim-$$" >/dev/null 2>&1 || true
[ ! -e "$work/out2/report-$victim.json" ] || fail "the victim finished before it was killed"
partial=$(( $(find "$work/out2" -type f | wc -l) - before ))
"${run[@]}" --rm -e JOB_COMPLETION_INDEX=$victim -v "$articles:/articles:ro" -v "$work/out2:/out" \
    --entrypoint sh "$image" -c "$command --skip-unchanged" >/dev/null || fail "the rerun failed"
leftovers=$(find "$work/out2" -name '.*' | head -5)
[ -z "$leftovers" ] || fail "partial files left behind: $leftovers"
diff -r -x 'report-*.json' "$work/ref" "$work/out2" >/dev/null || fail "after the rerun the outputs differ from the single-process run"
echo "worker $victim killed after $partial files, rerun with --skip-unchanged: complete, identical, nothing partial left"
echo "sharded container run: all checks passed"
