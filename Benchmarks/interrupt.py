#!/usr/bin/env python3
"""Ctrl-C in each stage of a large solve (issue 13, docs/performance.md).

For each stage marker, runs `patrolplan solve SCENARIO --progress` (release build), sends one
real SIGINT as soon as stderr shows the marker, and reports the seconds from the signal to the
exit, the exit code, the plan's status and gap, and whether `patrolplan verify` accepts it.

    Benchmarks/interrupt.py [SCENARIO]     default: a generated 629 x 42 week (seed 1)
"""
import json, os, signal, subprocess, sys, tempfile, time

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
pp = os.path.join(root, ".build", "release", "patrolplan")
work = tempfile.mkdtemp(prefix="patrolplan-interrupt-")
scenario = sys.argv[1] if len(sys.argv) > 1 else os.path.join(work, "629x42.json")
if len(sys.argv) <= 1:
    subprocess.run([pp, "generate", "--areas", "629", "--periods", "42", "--seed", "1", "-o", scenario],
                   check=True, capture_output=True)

# (stage, text on stderr after which the signal goes, seconds to wait after it)
stages = [("heuristic", "heuristic", 0), ("bound, first step", "bound 0/", 0), ("bound, later step", "bound 0/", 4),
          ("column generation, start", "columns 0/", 0), ("column generation, a later round", "columns 0/", 1.5)]
print("| stage | s from SIGINT to exit | exit | status | gap | verify |")
print("|---|---|---|---|---|---|")
for name, marker, delay in stages:
    plan = os.path.join(work, "plan.json")
    if os.path.exists(plan):
        os.remove(plan)
    proc = subprocess.Popen([pp, "solve", scenario, "--progress", "-o", plan],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    seen = b""
    while marker.encode() not in seen:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
    time.sleep(delay)
    if proc.poll() is not None:
        print(f"| {name} | (ended before `{marker}` + {delay} s) | {proc.returncode} | | | |")
        continue
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.communicate()
    waited = time.monotonic() - sent
    status, gap, verified = "–", "–", "–"
    if os.path.exists(plan):
        p = json.load(open(plan))
        status = p["status"]
        gap = f"{100 * p['objective']['gap']:.3f}%" if p["objective"].get("gap") is not None else "–"
        verified = "yes" if subprocess.run([pp, "verify", scenario, plan], capture_output=True).returncode == 0 else "NO"
    print(f"| {name} | {waited:.2f} | {proc.returncode} | {status} | {gap} | {verified} |")
