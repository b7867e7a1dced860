#!/usr/bin/env bash
# patrolplan against HiGHS on patrolplan's own exported model (issue 13, docs/performance.md):
# for each case, patrolplan solve with default options (release build, its wall time and peak
# memory), then HiGHS (highspy, one thread) on the exported MPS with the same wall time, at
# least 10 s. Prints a Markdown table; raw lines go to Benchmarks/results/highs-<time>/.
#
#   Benchmarks/highs.sh            the three solver cases, 100x42 seeds 1-5, 300x42, 629x42
#   Benchmarks/highs.sh --small    the three solver cases and 100x42 seeds 1-5
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import highspy' 2>/dev/null || python3 -m pip install -q highspy
swift build -c release --product patrolplan 2>&1 | tail -1 >&2
pp=.build/release/patrolplan
out=Benchmarks/results/highs-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$out"
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >"$out/machine.txt"

cases=()
for name in ten-areas-eight-forces fifteen-areas-eight-forces thirty-areas-five-forces; do
  cases+=("$name:../shared/cases/solver/$name.json")
done
for seed in 1 2 3 4 5; do
  "$pp" generate --areas 100 --periods 42 --seed "$seed" -o "$out/100x42-$seed.json" 2>/dev/null
  cases+=("100x42 seed $seed:$out/100x42-$seed.json")
done
if [[ ${1:-} != --small ]]; then
  for size in 300 629; do
    "$pp" generate --areas "$size" --periods 42 --seed 1 -o "$out/${size}x42.json" 2>/dev/null
    cases+=("${size}x42:$out/${size}x42.json")
  done
fi

echo "| case | patrolplan value | bound | gap | s | MiB | HiGHS value | bound | gap | s | MiB | status |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for entry in "${cases[@]}"; do
  name=${entry%%:*}
  file=${entry#*:}
  tag=$(echo "$name" | tr ' ' '-')
  /usr/bin/time -f '%e %M' -o "$out/$tag.time" "$pp" solve "$file" --quiet -o "$out/$tag.plan.json" 2>/dev/null || true
  "$pp" solve "$file" --quiet --node-limit 0 --time-limit 1 --export-model "$out/$tag.mps" -o "$out/$tag.export-plan.json" 2>/dev/null || true
  read -r wall kb <"$out/$tag.time"
  budget=$(python3 -c "print(max(10.0, float('$wall')))")
  python3 Benchmarks/peers/highs_mps.py "$out/$tag.mps" --time-limit "$budget" >"$out/$tag.highs.json" || true
  rm -f "$out/$tag.mps"
  python3 - "$name" "$out/$tag.plan.json" "$out/$tag.highs.json" "$wall" "$kb" <<'PY'
import json, sys
name, planf, highsf, wall, kb = sys.argv[1:]
p = json.load(open(planf))["objective"]
# highspy prints a banner on stdout when a solver object is made: the JSON is the last line.
h = json.loads(open(highsf).read().strip().splitlines()[-1])
def num(x, f="{:.2f}"): return "–" if x is None else f.format(x)
def pct(x): return "–" if x is None else f"{100 * x:.3f}%"
print(f"| {name} | {num(p['value'])} | {num(p['bound'])} | {pct(p['gap'])} | {float(wall):.1f} | {int(kb) // 1024} "
      f"| {num(h['value'])} | {num(h['bound'])} | {pct(h['gap'])} | {h['seconds']:.1f} | {h['peakMiB']} | {h['status']} |")
PY
done | tee "$out/table.md"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
