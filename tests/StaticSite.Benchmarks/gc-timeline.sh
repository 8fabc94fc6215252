#!/usr/bin/env bash
# Every garbage collection of one build by the NativeAOT-published CLI, read with perf probes on the collector's own
# functions (no diagnostic build, no event listener): when it started, the generation it collected, why, and how long
# threads were stopped for it. Needs perf and root, and the staticsite.dbg that publish writes beside the executable.
#
#   tests/StaticSite.Benchmarks/gc-timeline.sh PUBLISH_DIR SITE_DIR [ENV=value ...]
#
# SITE_DIR holds input/ (from `generate`); output goes to SITE_DIR/out-gc. Reasons are the runtime's gc_reason:
# 0 allocation (small objects), 1 induced, 4 allocation of large objects. A background collection (gen2 with a
# negative time in the collector) shows only the pause that started it.
# Prints, per collection: ms since the first, generation, reason, suspend / collect / resume ms; then the totals.
set -euo pipefail
EXE="$1/staticsite"; SITE="$2"; shift 2
THEME="$(cd "$(dirname "$0")/../.." && pwd)/theme"
address() { nm -C "$EXE.dbg" | grep -F "$1" | awk '{print $1}'; }
perf probe -q -d 'probe_staticsite:*' 2>/dev/null || true
collect=$(address 'WKS::GCHeap::GarbageCollectGeneration(')
condemn=$(address 'WKS::gc_heap::generation_to_condemn(')
gc1=$(address 'WKS::gc_heap::gc1()')
perf probe -q -x "$EXE" -a "gcg=0x$collect gen=%si:s32 reason=%dx:s32" -a "gcgr=0x$collect%return" \
  -a "gtc=0x$condemn%return ret=\$retval:s32" -a "gc1=0x$gc1" -a "gc1r=0x$gc1%return"
RAW="$(mktemp -d)"
rm -rf "$SITE/out-gc"
env "$@" perf record -q -e 'probe_staticsite:*' -o "$RAW/perf.data" "$EXE" build --input "$SITE/input" --theme "$THEME" \
  --output "$SITE/out-gc" | tail -1
perf script -i "$RAW/perf.data" -F time,event,trace 2>/dev/null >"$RAW/events"
perf probe -q -d 'probe_staticsite:*'
python3 - "$RAW/events" <<'EOF'
import re, sys
first = None; rows = []; total = [0.0, 0.0, 0.0]
for line in open(sys.argv[1]):
    t = float(line.split(':')[0]); first = first or t
    if 'gcg:' in line: start, reason = t, re.search(r'reason=(\d+)', line).group(1)
    elif 'gtc' in line: generation = re.search(r'ret=(-?\d+)', line).group(1)
    elif 'gc1:' in line: work = t
    elif 'gc1r' in line: worked = t
    elif 'gcgr' in line:
        parts = [(work - start) * 1000, (worked - work) * 1000, (t - worked) * 1000]
        total = [a + max(b, 0) for a, b in zip(total, parts)]
        rows.append(f"{(start - first) * 1000:7.1f} ms  gen{generation}  reason {reason:>2}  {parts[0]:5.1f} / {parts[1]:5.1f} / {parts[2]:5.1f}")
print('\n'.join(rows))
print(f"{len(rows)} collections; suspend {total[0]:.1f} ms, collect {total[1]:.1f} ms, resume {total[2]:.1f} ms")
EOF
rm -rf "$RAW" "$SITE/out-gc"
