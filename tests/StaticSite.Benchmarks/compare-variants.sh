#!/usr/bin/env bash
# Times whole builds of one generated site under several variants (publish folders and/or environment
# settings), interleaved round by round like ssgbench's bench.sh, so a noisy stretch hits every variant.
#
#   tests/StaticSite.Benchmarks/compare-variants.sh SITE_DIR 'name|PUBLISH_DIR|ENV=1 ENV2=2' ...
#
# SITE_DIR holds input/ (from `generate`); output goes to SITE_DIR/out-<name>. RUNS=5 WARMUP=1.
# Prints, per variant: median wall s, min, max, median CPU s (user+sys), median peak RSS MiB, max load.
set -euo pipefail
SITE="$1"; shift
RUNS="${RUNS:-5}"; WARMUP="${WARMUP:-1}"
THEME="$(cd "$(dirname "$0")/../.." && pwd)/theme"
RAW="$(mktemp -d)"
for ((i = 1; i <= WARMUP + RUNS; i++)); do
  for v in "$@"; do
    IFS='|' read -r name dir envs <<<"$v"
    rm -rf "$SITE/out-$name"; sync
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s%N)
    env $envs /usr/bin/time -f "%U %S %M" -o "$RAW/t" "$dir/staticsite" build --input "$SITE/input" --theme "$THEME" \
      --output "$SITE/out-$name" >/dev/null
    t1=$(date +%s%N)
    ((i > WARMUP)) && echo "$(awk "BEGIN {print ($t1 - $t0) / 1e9}") $(awk '{print $1 + $2, $3}' "$RAW/t") $load" >>"$RAW/$name"
  done
done
for v in "$@"; do
  name="${v%%|*}"
  python3 -c '
import sys, statistics as st
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
w = sorted(r[0] for r in rows)
print("%-14s median %.3f s  min %.3f  max %.3f  cpu %.2f s  rss %.0f MiB  load<=%.1f" % (sys.argv[2], st.median(w), w[0], w[-1],
      st.median(r[1] for r in rows), st.median(r[2] / 1024 for r in rows), max(r[3] for r in rows)))' "$RAW/$name" "$name"
done
rm -rf "$RAW"
