#!/usr/bin/env bash
# Macro benchmark (issue 6): galley's batch conversion against pandoc, WeasyPrint and
# wkhtmltopdf, in one run on one machine, on the same articles.
#
#   tests/bench/compare.sh [options]
#
#   -n, --count N        corpus size (default 500)
#   --samples "F..."     sample articles the corpus is made from (default samples/*.yaml)
#   --formats "F..."     galley formats to time (default: every one `galley formats` lists)
#   --build DIR          galley build tree (default build/, or $GALLEY_BUILD)
#   --work DIR           scratch folder (default ${TMPDIR:-/tmp}/galley-bench)
#   --runs R             galley runs per format, the median is kept (default 3)
#   --peer-procs K       long-lived peer processes run side by side, each on 1/K of the
#                        files (default 1: "one process", as the issue's targets define it)
#   --rss-count N        articles in the all-format batch whose peak RSS is measured
#                        (default 10000; 0 skips it)
#   --rss-budget S       skip that batch when it is predicted to take longer than S
#                        seconds (default 300); --rss runs it whatever the prediction
#   --quick              small run to check the setup (100 articles, small peer subsets,
#                        no RSS batch)
#   --no-install         do not run scripts/install-deps.sh --bench
#   --no-peers           time galley only (e.g. to compare two galley builds)
#   --markdown FILE      also write the result tables to FILE
#
# Method, printed again with the results:
# - galley: `galley convert CORPUS --to F -d OUT -j <cores> --quiet`, wall time of the
#   whole process (start-up, plugin loading, reading and writing files included).
# - peers, "per article": one process per article, as users run them, spread over all
#   cores with `xargs -P <cores>`.
# - peers, "one process": their fastest long-lived mode: pandoc through a Lua script
#   (pandoc_batch.lua: pandoc.read/pandoc.write in one process), WeasyPrint through its
#   Python API (weasyprint_batch.py), wkhtmltopdf with --read-args-from-stdin.
# - WeasyPrint and wkhtmltopdf start from the HTML pandoc makes (made untimed); the
#   "pandoc + WeasyPrint" row is the whole chain (`pandoc --pdf-engine=weasyprint`).
# - slow peers run on the first files of the corpus only (the n in the table); rates are
#   articles per second of wall time, so they compare across different n.
# - each peer converts one file untimed first (font caches, page cache).
# - every run's output files are counted; a run that did not write one file per
#   article is reported as failed, never as a rate. galley must also exit 0; a peer
#   that exits non-zero but wrote every file is timed, with a note on standard error.
set -Eeuo pipefail
export LC_ALL=C
trap 'echo "compare.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
py=/usr/bin/python3  # Debian's, where python3-yaml and WeasyPrint live

count=500
samples=()
formats_wanted=""
build=${GALLEY_BUILD:-$root/build}
work=${TMPDIR:-/tmp}/galley-bench
runs=3
peer_procs=1
rss_count=10000
rss_budget=300
rss_force=0
install=1
peers=1
markdown_file=""
# per-article peer subsets and one-process subsets of the slow peers
n_pandoc_proc=200
n_pdf_proc=40
n_weasy_api=80
n_wk_stdin=200

while [ $# -gt 0 ]; do
    case $1 in
    -n | --count) count=$2; shift ;;
    --samples) read -r -a samples <<<"$2"; shift ;;
    --formats) formats_wanted=$2; shift ;;
    --build) build=$2; shift ;;
    --work) work=$2; shift ;;
    --runs) runs=$2; shift ;;
    --peer-procs) peer_procs=$2; shift ;;
    --rss-count) rss_count=$2; shift ;;
    --rss-budget) rss_budget=$2; shift ;;
    --rss) rss_force=1 ;;
    --quick) count=100 n_pandoc_proc=40 n_pdf_proc=8 n_weasy_api=16 n_wk_stdin=40 rss_count=0 runs=1 ;;
    --no-install) install=0 ;;
    --no-peers) peers=0 ;;
    --markdown) markdown_file=$2; shift ;;
    -h | --help) sed -n '2,/^set -E\{0,1\}euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ ${#samples[@]} -gt 0 ] || samples=("$root"/samples/*.yaml)

galley=$build/bin/galley
if [ ! -x "$galley" ]; then
    echo "compare.sh: $galley not found; build first: cmake --preset release &&" \
         "cmake --build --preset release" >&2
    exit 2
fi
if [ "$install" = 1 ]; then
    "$root/scripts/install-deps.sh" --bench
fi

cores=$(nproc)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log=$work/log
mkdir -p "$work" "$log"
# wkhtmltopdf (Qt) wants a private runtime folder and no display.
export XDG_RUNTIME_DIR=$work/xdg QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

have() { command -v "$1" >/dev/null 2>&1; }
peer() { [ "$peers" = 1 ] && have "$1"; }  # a peer to time
note() { echo "compare.sh: $*" >&2; }
usec() { echo "${EPOCHREALTIME/./}"; }
# rate N MICROSECONDS -> articles per second
rate() { awk -v n="$1" -v us="$2" 'BEGIN { printf "%.1f", n / (us / 1e6) }'; }
ratio() {
    case "$1$2" in *[!0-9.]*) echo "—"; return ;; esac
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
count_files() { { find "$1" -type f -name "*$2" 2>/dev/null || true; } | wc -l; }

# ------------------------------------------------------------------------------------
# formats galley has, and their file extensions
# ------------------------------------------------------------------------------------
declare -A ext=()
# results: rate_of[KEY] = articles/s or why there is none; n_of[KEY] = articles timed
declare -A rate_of=() n_of=() rss_of=() cpu_of=()
if "$galley" formats --json >"$work/formats.json" 2>"$log/formats.err"; then
    while read -r id e; do ext[$id]=$e; done < <("$py" -c '
import json, sys
for e in json.load(open(sys.argv[1])):
    print(e["id"], e["extension"])' "$work/formats.json")
else
    note "galley formats failed: $(head -n 3 "$log/formats.err")"
fi
# The issue's formats first, then any other exporter that is loaded.
read -r -a formats <<<"${formats_wanted:-xhtml newsml epub pdf json $(printf '%s\n' "${!ext[@]}" |
    { grep -vxE 'xhtml|newsml|epub|pdf|json' || true; } | sort | paste -sd' ' -)}"
available=()
for f in "${formats[@]}"; do
    if [ -n "${ext[$f]-}" ]; then
        available+=("$f")
    else
        rate_of[$f]="not available"
    fi
done
loaded="${!ext[*]}"
note "galley formats loaded: ${loaded:-none}; timing: ${available[*]:-none}"

# ------------------------------------------------------------------------------------
# corpus
# ------------------------------------------------------------------------------------
# Nothing is deleted until every timing is done: ext4 skips recently deleted inodes
# when it allocates new ones (ialloc.c, recently_deleted()), so files created just
# after many were deleted cost several times the system time. Leftovers of an earlier
# run are moved aside here and deleted at the end.
trash=$work/trash.$$
mkdir -p "$trash"
for d in out corpus corpus-rss seed; do
    if [ -e "$work/$d" ]; then mv "$work/$d" "$trash/"; fi
done
corpus=$work/corpus
"$py" "$here/gen_corpus.py" "${samples[@]}" -n "$count" -o "$corpus"
(cd "$corpus/md" && printf '%s\n' ./*.md | sed 's|^\./||' >"$corpus/md.list")
clamp() { [ "$1" -lt "$count" ] && echo "$1" || echo "$count"; }
n_pandoc_proc=$(clamp "$n_pandoc_proc")
n_pdf_proc=$(clamp "$n_pdf_proc")
n_weasy_api=$(clamp "$n_weasy_api")
n_wk_stdin=$(clamp "$n_wk_stdin")


# ------------------------------------------------------------------------------------
# galley
# ------------------------------------------------------------------------------------
# galley_batch KEY FORMAT-ARG EXT-LIST: median of $runs runs over the whole corpus
galley_batch() {
    local key=$1 to=$2 exts=$3 times=() cpus=() out r t0 t1 rc e got
    for ((r = 1; r <= runs; r++)); do
        out=$work/out/galley-$key-$r  # a new folder each run, see $trash above
        t0=$(usec)
        rc=0
        /usr/bin/time -f "%M %U %S" -o "$log/galley-$key.rss" \
            "$galley" convert "$corpus/yaml" --to "$to" -d "$out" -j "$cores" --quiet \
            2>"$log/galley-$key.err" || rc=$?
        t1=$(usec)
        for e in $exts; do
            got=$(count_files "$out" "$e")
            if [ "$rc" -ne 0 ] || [ "$got" -ne "$count" ]; then
                rate_of[$key]="failed (exit $rc, $got/$count $e files; see $log/galley-$key.err)"
                note "galley $key: ${rate_of[$key]}: $(head -n 1 "$log/galley-$key.err")"
                return
            fi
        done
        times+=($((t1 - t0)))
        # CPU time per article (user + system): what a loaded machine disturbs least.
        cpus+=("$(tail -n 1 "$log/galley-$key.rss" |
            awk -v n="$count" '{ printf "%.3f", ($2 + $3) * 1000 / n }')")
    done
    rate_of[$key]=$(rate "$count" "$(median "${times[@]}")")
    n_of[$key]=$count
    rss_of[$key]=$(tail -n 1 "$log/galley-$key.rss" | cut -d' ' -f1)
    cpu_of[$key]=$(median "${cpus[@]}")
}

for f in "${available[@]}"; do
    note "galley $f: $count articles × $runs runs"
    galley_batch "$f" "$f" "${ext[$f]}"
done
if [ ${#available[@]} -gt 1 ]; then
    all_exts=""
    for f in "${available[@]}"; do all_exts+=" ${ext[$f]}"; done
    note "galley ${available[*]} in one batch"
    galley_batch all "$(IFS=,; echo "${available[*]}")" "$all_exts"
fi

# ------------------------------------------------------------------------------------
# peers
# ------------------------------------------------------------------------------------
# timed KEY N EXT OUTDIR COMMAND...: runs COMMAND (from the Markdown folder), checks
# that OUTDIR holds N files *EXT, records the rate.
timed() {
    local key=$1 n=$2 e=$3 out=$4 rc=0 t0 t1 got
    shift 4
    t0=$(usec)
    (cd "$corpus/md" && "$@") >"$log/$key.out" 2>"$log/$key.err" || rc=$?
    t1=$(usec)
    got=$(count_files "$out" "$e")
    n_of[$key]=$n
    if [ "$got" -ne "$n" ]; then
        rate_of[$key]="failed (exit $rc, $got/$n files; see $log/$key.err)"
        note "$key: ${rate_of[$key]}"
    else
        # Every file is there: a peer's non-zero exit is a warning (wkhtmltopdf exits 1
        # with "ProtocolUnknownError" for a page with a mailto: link), so the rate
        # stands and the note says so.
        rate_of[$key]=$(rate "$n" $((t1 - t0)))
        [ "$rc" -eq 0 ] || note "$key: exit $rc with every file written: $(sed -n 1p "$log/$key.err")"
    fi
}

# pairs N OUTDIR OUT-EXT [IN-EXT]: "OUT IN" lines for the first N articles
pairs() {
    local in_ext=${4:-.md}
    head -n "$1" "$corpus/md.list" | while read -r md; do
        echo "$2/${md%.md}$3 ${md%.md}$in_ext"
    done
}
# shards K LIST PREFIX: split LIST round robin into K files PREFIX.1..K
shards() {
    local i
    for ((i = 1; i <= $1; i++)); do
        awk -v k="$1" -v i="$i" '(NR - 1) % k == i - 1' "$2" >"$3.$i"
    done
}
# side_by_side K PREFIX COMMAND...: runs COMMAND once per shard (the shard's list file
# appended as the last argument), all at once, and fails if any failed.
side_by_side() {
    local k=$1 prefix=$2 pids=() i rc=0
    shift 2
    for ((i = 1; i <= k; i++)); do
        "$@" "$prefix.$i" &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i" || rc=$?; done
    return $rc
}
pandoc_lua() {  # pandoc_lua FORMAT OUTDIR LIST
    GALLEY_BENCH_TO=$1 GALLEY_BENCH_OUT=$2 GALLEY_BENCH_LIST=$3 \
        pandoc -f markdown -t plain --lua-filter "$here/pandoc_batch.lua" </dev/null >/dev/null
}
wk_stdin() {  # wk_stdin LIST: lines "IN OUT"
    wkhtmltopdf -q --javascript-delay 0 --read-args-from-stdin <"$1"
}
fresh() { mkdir -p "$1" && echo "$1"; }  # a new, empty folder

pdir=$work/out/peers
if peer pandoc; then
    first=$(head -n 1 "$corpus/md.list")
    (cd "$corpus/md" && pandoc -s -t html5 -o /dev/null "$first") || true  # warm-up
    for to in html5 epub3; do
        e=.html; [ $to = epub3 ] && e=.epub
        standalone=-s; [ $to = epub3 ] && standalone=""
        note "pandoc $to: $n_pandoc_proc articles, one process each (xargs -P $cores)"
        out=$(fresh "$pdir/pandoc-$to-proc")
        pairs "$n_pandoc_proc" "$out" $e >"$work/pairs.txt"
        timed "pandoc-$to-proc" "$n_pandoc_proc" $e "$out" \
            xargs -P "$cores" -L 1 pandoc $standalone -t $to -o <"$work/pairs.txt"
        note "pandoc $to: $count articles in $peer_procs long-lived process(es) (Lua)"
        out=$(fresh "$pdir/pandoc-$to-lua")
        shards "$peer_procs" "$corpus/md.list" "$work/md.list.shard"
        timed "pandoc-$to-lua" "$count" $e "$out" \
            side_by_side "$peer_procs" "$work/md.list.shard" pandoc_lua $to "$out"
    done
    # The HTML the PDF peers start from: beside the Markdown, so images resolve.
    (cd "$corpus/md" && pandoc_lua html5 "$corpus/md" "$corpus/md.list") 2>"$log/html-for-pdf.err" ||
        note "pandoc could not make the HTML for the PDF peers"
elif [ "$peers" = 1 ]; then
    rate_of[pandoc-html5-proc]="not installed"
fi

if peer pandoc && peer weasyprint; then
    note "pandoc + WeasyPrint: $n_pdf_proc articles, one process chain each"
    out=$(fresh "$pdir/pandoc-weasy-proc")
    (cd "$corpus/md" && pairs 1 "$work" .pdf | xargs -L 1 pandoc -s --pdf-engine=weasyprint -o) \
        >/dev/null 2>&1 || true  # warm-up
    pairs "$n_pdf_proc" "$out" .pdf >"$work/pairs.txt"
    timed pandoc-weasy-proc "$n_pdf_proc" .pdf "$out" \
        xargs -P "$cores" -L 1 pandoc -s --pdf-engine=weasyprint -o <"$work/pairs.txt"
fi
if peer weasyprint; then
    note "WeasyPrint: $n_pdf_proc HTML files, one process each"
    out=$(fresh "$pdir/weasy-proc")
    pairs "$n_pdf_proc" "$out" .pdf .html | awk '{ print $2, $1 }' >"$work/pairs.txt"
    timed weasy-proc "$n_pdf_proc" .pdf "$out" \
        xargs -P "$cores" -L 1 weasyprint -q <"$work/pairs.txt"
    note "WeasyPrint: $n_weasy_api HTML files in $peer_procs Python process(es)"
    out=$(fresh "$pdir/weasy-api")
    head -n "$n_weasy_api" "$corpus/md.list" | sed 's/\.md$/.html/' >"$work/html.list"
    shards "$peer_procs" "$work/html.list" "$work/html.list.shard"
    weasy_api() { "$py" "$here/weasyprint_batch.py" "$2" "$1"; }
    timed weasy-api "$n_weasy_api" .pdf "$out" \
        side_by_side "$peer_procs" "$work/html.list.shard" weasy_api "$out"
fi
if peer wkhtmltopdf; then
    pairs 1 "$work" .pdf .html | awk '{ print $2, $1 }' |
        (cd "$corpus/md" && xargs -L 1 wkhtmltopdf -q --javascript-delay 0) \
        >/dev/null 2>&1 || true  # warm-up
    note "wkhtmltopdf: $n_pdf_proc HTML files, one process each"
    out=$(fresh "$pdir/wk-proc")
    pairs "$n_pdf_proc" "$out" .pdf .html | awk '{ print $2, $1 }' >"$work/pairs.txt"
    timed wk-proc "$n_pdf_proc" .pdf "$out" \
        xargs -P "$cores" -L 1 wkhtmltopdf -q --javascript-delay 0 <"$work/pairs.txt"
    note "wkhtmltopdf: $n_wk_stdin HTML files in $peer_procs process(es), --read-args-from-stdin"
    out=$(fresh "$pdir/wk-stdin")
    pairs "$n_wk_stdin" "$out" .pdf .html | awk '{ print $2, $1 }' >"$work/pairs.txt"
    shards "$peer_procs" "$work/pairs.txt" "$work/pairs.shard"
    timed wk-stdin "$n_wk_stdin" .pdf "$out" side_by_side "$peer_procs" "$work/pairs.shard" wk_stdin
fi

# ------------------------------------------------------------------------------------
# latency: the seed article to every format, one process
# ------------------------------------------------------------------------------------
seed=$root/samples/harbin-expo.yaml
"$py" "$here/gen_corpus.py" --verbatim "$seed" -n 1 -o "$work/seed" 2>/dev/null
seed_md=$work/seed/md/a00001.md
lat_out=$work/out/latency
mkdir -p "$lat_out"
declare -a lat_names=() lat_cmds=()
if [ ${#available[@]} -gt 1 ]; then
    lat_names+=("galley, seed to ${available[*]}")
    lat_cmds+=("$galley convert $seed --to $(IFS=,; echo "${available[*]}") -d $lat_out --quiet")
fi
if [ ${#available[@]} -gt 0 ]; then
    for f in "${available[@]}"; do
        lat_names+=("galley, seed to $f")
        lat_cmds+=("$galley convert $seed --to $f -d $lat_out --quiet")
    done
fi
if peer pandoc; then
    lat_names+=("pandoc -s -t html5, seed" "pandoc -t epub3, seed")
    lat_cmds+=("pandoc -s -t html5 -o $lat_out/seed.html $seed_md"
               "pandoc -t epub3 -o $lat_out/seed.epub $seed_md")
fi
declare -a lat_ms=()
[ ${#lat_cmds[@]} -gt 0 ] && note "latency: ${#lat_cmds[@]} commands$(have hyperfine ||
    echo ', hyperfine missing: 20 runs each in a loop')"
for i in "${!lat_cmds[@]}"; do
    cmd=${lat_cmds[$i]}
    # One untimed run shows whether the command works at all.
    if ! $cmd >"$log/latency-$i.out" 2>&1; then
        lat_ms+=("failed: $(head -c 120 "$log/latency-$i.out" | sed -n 1p)")
    elif have hyperfine; then
        hyperfine -N --warmup 3 --min-runs 20 --style none --export-json "$work/latency-$i.json" \
            "$cmd" >"$log/hyperfine-$i.out" 2>&1
        lat_ms+=("$("$py" -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.1f ± %.1f (min %.1f)" % (r["mean"] * 1e3, (r["stddev"] or 0) * 1e3, r["min"] * 1e3))
' "$work/latency-$i.json")")
    else
        t0=$(usec)
        for _ in $(seq 20); do $cmd >/dev/null 2>&1; done
        t1=$(usec)
        lat_ms+=("$(awk -v us=$((t1 - t0)) 'BEGIN { printf "%.1f (mean of 20)", us / 20 / 1e3 }')")
    fi
done

# ------------------------------------------------------------------------------------
# peak RSS of a large all-format batch
# ------------------------------------------------------------------------------------
rss_line=""
if [ "$rss_count" -gt 0 ] && [ ${#available[@]} -gt 0 ]; then
    # Predicted from this run's batch rate for all formats at once.
    all_rate=${rate_of[all]:-${rate_of[${available[0]}]}}
    predicted=$(awk -v n="$rss_count" -v r="$all_rate" 'BEGIN { if (r + 0 > 0) printf "%d", n / r; else print 999999 }')
    if [ "$rss_force" = 1 ] || [ "$predicted" -le "$rss_budget" ]; then
        note "peak RSS: $rss_count articles to ${available[*]} (about ${predicted} s)"
        big=$work/corpus-rss
        "$py" "$here/gen_corpus.py" "${samples[@]}" -n "$rss_count" -o "$big"
        rc=0
        # A bound on the wall time: a rate that falls with the batch size must not hang
        # the run. time(1) reports the largest RSS among the processes it waited for.
        /usr/bin/time -v timeout -s KILL $((3 * rss_budget + 60)) \
            "$galley" convert "$big/yaml" --to "$(IFS=,; echo "${available[*]}")" \
            -d "$work/out/rss" -j "$cores" --quiet 2>"$log/rss.err" || rc=$?
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log/rss.err")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log/rss.err")
        got=$(count_files "$work/out/rss" "${ext[${available[0]}]}")
        rss_line="$rss_count articles to ${available[*]} (-j $cores): peak RSS $((kb / 1024)) MB,"
        [ "$rc" = 137 ] && rc="137 (killed: took too long)"
        rss_line+=" wall $wall, exit $rc,"
        rss_line+=" $got/$rss_count ${available[0]} files"
    else
        rss_line="skipped: $rss_count articles predicted to take ${predicted} s (> --rss-budget"
        rss_line+=" $rss_budget; --rss forces it)"
    fi
fi

# ------------------------------------------------------------------------------------
# report
# ------------------------------------------------------------------------------------
# sed -n 1p, not head -n 1: head would close the pipe early and, under pipefail, fail it.
version_of() { have "$1" && "$@" 2>/dev/null | sed -n 1p || echo "$1: not installed"; }
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
. /etc/os-release
cell() {  # cell KEY: "rate (n=N)" or the reason it has none
    local k=$1
    if [ "$k" = none ]; then echo "—"
    elif [ -z "${rate_of[$k]-}" ] && [ "$peers" = 0 ]; then echo "not run"
    elif [ -z "${rate_of[$k]-}" ]; then echo "not available"
    elif [ -n "${n_of[$k]-}" ] && [ "${n_of[$k]}" != "$count" ]; then echo "${rate_of[$k]} (n=${n_of[$k]})"
    else echo "${rate_of[$k]}"; fi
}
g() { echo "${rate_of[$1]:-not available}"; }
row() {  # row FORMAT GALLEY-KEY PEER PROC-KEY ONE-KEY
    local gk=$2
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(g "$gk")" "$3" \
        "$(cell "$4")" "$(ratio "$(g "$gk")" "${rate_of[$4]:-x}")" \
        "$(cell "$5")" "$(ratio "$(g "$gk")" "${rate_of[$5]:-x}")"
}
{
    echo "### Throughput (articles/s, higher is better)"
    echo
    echo "Machine: $cpu, $cores cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, $PRETTY_NAME," \
         "kernel $(uname -r); load average before the run: $load_before."
    echo "Versions: $("$galley" --version 2>/dev/null | sed -n 1p)" \
         "(commit $(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown));" \
         "$(version_of pandoc --version);" \
         "WeasyPrint $(weasyprint --version 2>/dev/null | awk '{ print $NF }');" \
         "$(version_of wkhtmltopdf --version)."
    echo "Corpus: $count articles made by gen_corpus.py from $(for s in "${samples[@]}"; do basename "$s"; done | paste -sd, - | sed "s/,/, /g")."
    echo
    echo "| format | galley (-j $cores) | peer | peer, one process per article (xargs -P $cores) | galley/peer | peer, long-lived ($peer_procs process) | galley/peer |"
    echo "|---|---:|---|---:|---:|---:|---:|"
    row xhtml xhtml "pandoc -s -t html5" pandoc-html5-proc pandoc-html5-lua
    row newsml newsml "pandoc -s -t html5 (pandoc has no NewsML-G2 writer)" pandoc-html5-proc pandoc-html5-lua
    row epub epub "pandoc -t epub3" pandoc-epub3-proc pandoc-epub3-lua
    row pdf pdf "pandoc + WeasyPrint (whole chain)" pandoc-weasy-proc none
    row pdf pdf "WeasyPrint (HTML in; CLI / Python API)" weasy-proc weasy-api
    row pdf pdf "wkhtmltopdf (HTML in; CLI / --read-args-from-stdin)" wk-proc wk-stdin
    row json json "—" none none
    if [ -n "${rate_of[all]-}" ]; then
        row "all: ${available[*]}" all "—" none none
    fi
    echo
    echo "galley: median of $runs runs of the whole \`galley convert\` process over the corpus."
    echo "Peak RSS of those runs:$(for k in "${available[@]}" all; do
        [ -n "${rss_of[$k]-}" ] && printf ' %s %d MB' "$k" $((rss_of[$k] / 1024)); done | sed 's/MB /MB, /g')."
    echo "CPU time per article (user + system, ms):$(for k in "${available[@]}" all; do
        [ -n "${cpu_of[$k]-}" ] && printf ' %s %s;' "$k" "${cpu_of[$k]}"; done | sed 's/;$//')."
    echo "Long-lived peers: pandoc via pandoc_batch.lua (pandoc.read/pandoc.write), WeasyPrint via"
    echo "its Python API, wkhtmltopdf via --read-args-from-stdin; (n=N): timed on the first N files."
    echo
    if [ ${#lat_names[@]} -gt 0 ]; then
        echo "### Latency: the seed article, one whole process (ms, lower is better)"
        echo
        echo "| command | wall time (ms) |"
        echo "|---|---:|"
        for i in "${!lat_names[@]}"; do
            echo "| ${lat_names[$i]} | ${lat_ms[$i]:-failed} |"
        done
        echo
    fi
    if [ -n "$rss_line" ]; then
        echo "### Memory"
        echo
        echo "$rss_line (\`/usr/bin/time -v\`)."
        echo
    fi
    echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)."
} >"$work/results.md"
cat "$work/results.md"
if [ -n "$markdown_file" ]; then
    cp "$work/results.md" "$markdown_file"
fi
rm -rf "$trash" "$work/out" "$work/corpus-rss"
