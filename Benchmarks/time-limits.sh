#!/usr/bin/env bash
# How closely `solve --time-limit S` keeps to S: wall time of the whole process (decode to
# write) for several limits and scenarios, with the overrun as a share of S.
# Usage: Benchmarks/time-limits.sh [SCENARIO ...]   (default: the force-wide week and two
# generated scenarios). Needs a release build: swift build -c release.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/patrolplan
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$#" -eq 0 ]; then
    "$bin" generate --areas 100 --periods 42 --seed 1 --output "$work/generated-100x42.json"
    "$bin" generate --areas 300 --periods 42 --seed 1 --output "$work/generated-300x42.json"
    set -- Scenarios/force-wide-week.json "$work/generated-100x42.json" "$work/generated-300x42.json"
fi
printf '%-28s %8s %8s %9s %-10s %s\n' scenario limit wall overrun status gap
for scenario in "$@"; do
    for limit in 1 2 5 10 30; do
        start=$(date +%s.%N)
        "$bin" solve "$scenario" --time-limit "$limit" --node-limit 0 --gap 0 --quiet --output "$work/plan.json"
        end=$(date +%s.%N)
        python3 - "$scenario" "$limit" "$start" "$end" "$work/plan.json" <<'PY'
import json, os, sys
name, limit, start, end, path = sys.argv[1:]
wall = float(end) - float(start)
plan = json.load(open(path))
over = (wall - float(limit)) / float(limit) * 100
print(f"{os.path.basename(name)[:28]:<28} {float(limit):8.1f} {wall:8.2f} {over:8.1f}% {plan['status']:<10} {plan['objective']['gap']*100:.3f}%")
PY
    done
done
