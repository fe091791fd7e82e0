#!/usr/bin/env bash
# The PDF exporter's peak memory on the worst inputs within the loader's limits stays
# under a bound (issue 9: under 512 MB for any input). Each case is an article of
# about 16 MiB (the input limit) generated in a temporary folder, converted with
# `galley convert --to pdf`, its peak RSS read by GNU time.
#
#   pdf_peak_rss.sh GALLEY [LIMIT_MB] [CASE...]
#
# Cases: words (10,000 paragraphs of one- and two-letter words), one (the same words in
# one paragraph), list (a list of 190,000 short items), cjk (one paragraph of ideographs
# without spaces). Without CASE: words and list, the two with the highest peaks (about
# half a minute each in Release).
set -euo pipefail

galley=$1
limit_mb=${2:-512}
shift $(($# >= 2 ? 2 : $#))
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(words list)

time_cmd=/usr/bin/time
if [ ! -x "$time_cmd" ]; then
    echo "pdf_peak_rss: $time_cmd is missing (Debian package 'time', scripts/install-deps.sh)" >&2
    exit 1
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

bytes=$((16 * 1024 * 1024 - 4096))
failed=0
for name in "${cases[@]}"; do
    article=$dir/$name.yaml
    python3 - "$name" "$bytes" "$article" <<'PY'
import random, sys
kind, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(9)
words = "a I to of in is it on at be we as an or by he if my no so up do go me us".split()
head = ("galley: 1\nid: memory-%s\nlanguage: %s\nheadline: Peak memory\nsource: test\n"
        "updated: 2024-01-01\nbody:\n" % (kind, "zh" if kind == "cjk" else "en"))
def text(n):
    out, length = [], 0
    while length < n:
        w = rng.choice(words)
        out.append(w)
        length += len(w) + 1
    return " ".join(out)
parts, budget = [head], size - len(head) - 64
if kind == "words":
    per = budget // 9999 - 12
    parts += ["  - '%s'\n" % text(per) for _ in range(9999)]
elif kind == "one":
    parts.append("  - '%s'\n" % text(budget - 8))
elif kind == "list":
    items = 190000
    parts.append("  - list:\n")
    parts += ["      - '%s'\n" % text(budget // items - 12) for _ in range(items)]
elif kind == "cjk":
    chars = "中国人民大会哈尔滨经济合作活动举行俄罗斯代表参加"
    parts.append("  - '%s'\n" % "".join(rng.choice(chars) for _ in range((budget - 8) // 3)))
else:
    sys.exit("unknown case " + kind)
open(out, "w", encoding="utf-8").write("".join(parts))
PY
    start=$(date +%s.%N)
    if ! "$time_cmd" -f %M -o "$dir/$name.rss" "$galley" convert "$article" --to pdf \
            -o "$dir/$name.pdf" 2>"$dir/$name.err"; then
        echo "FAIL $name: galley failed:" >&2
        tail -5 "$dir/$name.err" >&2
        failed=1
        continue
    fi
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    kb=$(tail -1 "$dir/$name.rss")
    mb=$((kb / 1024))
    input_kb=$(($(stat -c %s "$article") / 1024))
    if [ "$mb" -ge "$limit_mb" ]; then
        echo "FAIL $name: $input_kb KiB of input peaked at $mb MB (limit $limit_mb MB), ${seconds%.*} s" >&2
        failed=1
    else
        echo "ok $name: $input_kb KiB of input peaked at $mb MB (limit $limit_mb MB), ${seconds%.*} s"
    fi
    rm -f "$article" "$dir/$name.pdf"
done
exit $failed
