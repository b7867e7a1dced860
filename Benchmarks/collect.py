#!/usr/bin/env python3
"""Reads the raw files of one benchmark step (Benchmarks/run) and prints one JSON line.

    collect.py OUT size TAG BUDGET CAP
    collect.py OUT sweep TAG BUDGET POINTS
    collect.py OUT validate NAME SCENARIO
"""

import json
import os
import re
import sys

import glpsol_log

def read(path):
    try:
        with open(path, errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def gnu_time(out, name):
    """Wall seconds, peak RSS (MiB) and exit status from /usr/bin/time -v."""
    text = read(os.path.join(out, name + ".time"))
    result = {"wall": None, "rssMiB": None, "exit": None}
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    if m:
        seconds = 0.0
        for part in m.group(1).split(":"):
            seconds = seconds * 60 + float(part)
        result["wall"] = seconds
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        result["rssMiB"] = int(m.group(1)) / 1024
    m = re.search(r"Exit status: (\d+)", text)
    if m:
        result["exit"] = int(m.group(1))
    if "Command terminated by signal" in text:
        result["exit"] = "signal"
    return result


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def gap(value, bound):
    if value is None or bound is None:
        return None
    return max(0.0, bound - value) / max(1.0, abs(bound))


def patrolplan(out, tag):
    run = gnu_time(out, "pp-" + tag)
    timings = {}
    for line in read(os.path.join(out, "pp-%s.err" % tag)).splitlines():
        m = re.match(r"^  (\S.*?)\s+(-?[0-9]+\.[0-9]+)(\s|$)", line)
        if m:
            timings[m.group(1)] = float(m.group(2))
        m = re.match(r"^model: (\d+) rows x (\d+) columns \((\d+) integer\)", line)
        if m:
            run["model"] = [int(m.group(i)) for i in (1, 2, 3)]
    run["timings"] = timings
    run["calls"] = [line.strip() for line in read(os.path.join(out, "pp-%s.err" % tag)).splitlines()
                    if re.match(r"^\s+\d+ (heuristic|search)", line)]
    plan = load_json(os.path.join(out, "plan-%s.json" % tag))
    if plan:
        objective = plan["objective"]
        run.update({
            "status": plan["status"], "value": objective["value"], "bound": objective["bound"],
            "gap": objective["gap"], "termination": plan["solver"].get("termination"),
            "nodes": plan["solver"].get("nodes"), "solverSeconds": plan["solver"].get("seconds"),
        })
    # Wall time without the model export (done in the same run for glpsol's benefit).
    if run["wall"] is not None:
        run["wallWithoutExport"] = run["wall"] - timings.get("export", 0.0)
    return run


def glpsol(out, tag):
    run = gnu_time(out, "glpsol-" + tag)
    text = read(os.path.join(out, "glpsol-%s.out" % tag))
    value, bound, termination = glpsol_log.parse(text)
    run.update({"value": value, "bound": bound, "gap": gap(value, bound),
                "termination": termination if text else None})
    m = re.search(r"(\d+) rows, (\d+) columns, (\d+) non-zeros", text)
    if m:
        run["nonZeros"] = int(m.group(3))
    return run


def peer(out, name):
    run = gnu_time(out, name)
    result = load_json(os.path.join(out, name + ".out"))
    if result:
        run.update({k: result.get(k) for k in ("value", "bound", "gap", "termination", "rows", "columns",
                                              "integerColumns", "seconds")})
    return run


def main():
    out, kind = sys.argv[1], sys.argv[2]
    if kind == "size":
        tag, budget, cap = sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
        scenario = load_json(os.path.join(out, "scenario-%s.json" % tag)) or {}
        record = {
            "kind": "size", "tag": tag, "budget": budget, "cap": cap,
            "scenario": {"areas": len(scenario.get("areas", [])), "periods": len(scenario.get("periods", [])),
                         "intelligence": len(scenario.get("intelligence", [])),
                         "bytes": os.path.getsize(os.path.join(out, "scenario-%s.json" % tag))
                         if scenario else None},
            "generate": gnu_time(out, "generate-" + tag),
            "patrolplan": patrolplan(out, tag),
            "glpsol": glpsol(out, tag),
            "peer": peer(out, "peer-" + tag),
            "check": load_json(os.path.join(out, "check-%s.out" % tag)),
        }
    elif kind == "sweep":
        tag, budget, points = sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
        record = {"kind": "sweep", "tag": tag, "budget": budget, "points": points,
                  "sweep": gnu_time(out, "sweep-" + tag), "table": read(os.path.join(out, "sweep-%s.out" % tag))}
    else:
        name, scenario = sys.argv[3], sys.argv[4]
        plan = load_json(os.path.join(out, name + "-pp.out"))
        record = {"kind": "validate", "name": os.path.basename(scenario), "patrolplan": gnu_time(out, name + "-pp"),
                  "peer": peer(out, name + "-peer")}
        if plan:
            record["patrolplan"].update({"status": plan["status"], "value": plan["objective"]["value"],
                                         "bound": plan["objective"]["bound"]})
    print(json.dumps(record, sort_keys=True))


if __name__ == "__main__":
    main()
