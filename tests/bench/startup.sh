#!/usr/bin/env bash
# Start-up latency (issue 13): the seed article to every format as one `galley convert`
# process, timed whole by hyperfine, next to the floor (/bin/true, `galley --version`)
# and one format at a time; with --breakdown, where that process's CPU time goes
# (perf, by phase). `make bench-startup` runs it; about a minute.
#
#   tests/bench/startup.sh [--runs N] [--build DIR] [--realtime] [--breakdown] [--markdown FILE]
#
# The seed is samples/harbin-expo.yaml (its text is shared/seed verbatim). The target is
# under 30 ms wall for the `--to all` row on an idle machine; wall time on a busy one
# mostly measures the other processes, so CPU time (user + system) is printed too and
# the load average before and after. On a shared machine, --realtime (root, or
# CAP_SYS_NICE) runs hyperfine and the galley processes it starts under SCHED_FIFO
# (`chrt -f 10`): they then run as soon as they are runnable instead of queueing behind
# the other processes, which is what an idle machine gives; the work is the same. Needs
# hyperfine (and perf for --breakdown): scripts/install-deps.sh --bench.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=40
build=${GALLEY_BUILD:-$root/build}
breakdown=0
markdown=
realtime=()
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift ;;
    --build) build=$2; shift ;;
    --breakdown) breakdown=1 ;;
    --realtime) realtime=(chrt -f 10) ;;
    --markdown) markdown=$2; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

galley=$build/bin/galley
seed=$root/samples/harbin-expo.yaml
[ -x "$galley" ] || { echo "startup.sh: no $galley (cmake --build --preset release)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "startup.sh: hyperfine missing" \
    "(scripts/install-deps.sh --bench)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/galley-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

formats=$("$galley" formats 2>/dev/null | awk 'NR > 1 && NF { print $1 }' | paste -sd' ' -)
cmds=("/bin/true" "$galley --version" "$galley formats" "$galley convert $seed --to all -d $work/out --quiet")
for f in $formats; do
    cmds+=("$galley convert $seed --to $f -d $work/out --quiet")
done

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
echo "galley: $("$galley" --version | head -1), build $build (source ${src:-?} at" \
     "$(git -C "${src:-$root}" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "scheduling: ${realtime[*]:-normal} (niceness $(nice))"
echo "formats: $formats"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${realtime[@]}" hyperfine -N --warmup 3 --runs "$runs" --style none --export-json "$work/times.json" \
    "${cmds[@]}" >"$work/hyperfine.out" 2>&1 || { cat "$work/hyperfine.out" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/times.json" "$seed" "$markdown" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
seed = sys.argv[2]
rows = ["| command | wall mean ± σ (ms) | wall min (ms) | CPU user + system (ms) |",
        "|---|---:|---:|---:|"]
for r in results:
    cmd = r["command"].replace(seed, "SEED")
    cmd = " ".join(w if "/" not in w or w == "SEED" else w.rsplit("/", 1)[-1] for w in cmd.split())
    cpu = (r["user"] + r["system"]) * 1000
    rows.append(f"| `{cmd}` | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} | "
                f"{r['min']*1000:.1f} | {cpu:.1f} |")
print("\n".join(rows))
if sys.argv[3]:
    with open(sys.argv[3], "w") as out:
        out.write("\n".join(rows) + "\n")
EOF

if [ "$breakdown" = 1 ]; then
    command -v perf >/dev/null || { echo "startup.sh: perf missing for --breakdown" >&2; exit 1; }
    # 30 processes under one perf record: call graphs (DWARF) give each phase's share of
    # the samples including what it calls.
    # shellcheck disable=SC2016 # $(seq 30) is for the generated script, not for us
    printf '#!/bin/sh\nfor i in $(seq 30); do %s convert %s --to all -d %s/out --quiet; done\n' \
        "$galley" "$seed" "$work" >"$work/loop.sh"
    chmod +x "$work/loop.sh"
    "${realtime[@]}" perf record -q -F 5000 --call-graph dwarf,16384 -o "$work/perf.data" "$work/loop.sh" \
        >/dev/null 2>&1
    perf report -i "$work/perf.data" --children --sort sym -g none --stdio 2>/dev/null \
        >"$work/children.txt"
    python3 - "$work/children.txt" "$work/times.json" <<'EOF'
import json, re, sys
share = {}
for line in open(sys.argv[1]):
    m = re.match(r"\s*([\d.]+)%\s+[\d.]+%\s+\[[.k]\]\s+(.*\S)", line)
    if m:
        share[m.group(2)] = share.get(m.group(2), 0.0) + float(m.group(1))
r = [x for x in json.load(open(sys.argv[2]))["results"] if "--to all" in x["command"]][0]
cpu = (r["user"] + r["system"]) * 1000
phases = [
    ("dynamic linking at start (ld.so: libgalley, the CLI, their libraries)", ["_dl_start"]),
    ("loading the plugins (dlopen, their libraries, create + info)", ["galley::PluginRegistry::load"]),
    ("reading and loading the article", ["galley::load_article_file"]),
]
renders = sorted(k for k in share if re.fullmatch(r"galley::\w+::\w+Exporter::render", k))
phases += [(f"render: {k.split('::')[1]}", [k]) for k in renders]
phases += [
    ("writing the outputs", ["galley::detail::write_file_atomically"]),
    ("exit (destructors, unloading plugins)", ["__run_exit_handlers", "exit"]),
]
print(f"\nwhere the `--to all` process's {cpu:.1f} ms of CPU go (perf, share of samples):")
print("| phase | share | ms of CPU |\n|---|---:|---:|")
covered = 0.0
for name, syms in phases:
    p = max((share.get(s, 0.0) for s in syms), default=0.0)
    covered += p
    print(f"| {name} | {p:.1f} % | {cpu * p / 100:.1f} |")
print(f"| not attributed to these calls (exec, page faults, kernel work at exit) | {max(0.0, 100 - covered):.1f} % | "
      f"{cpu * max(0.0, 100 - covered) / 100:.1f} |")
EOF
fi
