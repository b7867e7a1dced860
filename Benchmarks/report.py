#!/usr/bin/env python3
"""Prints the benchmark tables (Markdown) from a Benchmarks/run results folder.

    report.py Benchmarks/results/<run>
"""

import json
import os
import sys


def fmt(x, digits=1, unit=""):
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    return f"{x:,.{digits}f}{unit}"


def pct(x):
    return "—" if x is None else f"{100 * x:.3f}%"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def verdict(ok):
    return "—" if ok is None else ("met" if ok else "not met")


def main():
    out = sys.argv[1]
    with open(os.path.join(out, "results.jsonl")) as f:
        records = [json.loads(line) for line in f if line.strip()]
    sizes = [r for r in records if r["kind"] == "size"]
    sweeps = [r for r in records if r["kind"] == "sweep"]
    validations = [r for r in records if r["kind"] == "validate"]
    lines = []
    machine = os.path.join(out, "machine.txt")
    if os.path.exists(machine):
        with open(machine) as f:
            lines += ["### Machine", ""] + [f"- {line.strip()}" for line in f if line.strip()] + [""]

    if validations:
        lines += ["### Peer check: PuLP + GLPK against patrolplan, both at gap 1e-7", "",
                  "| scenario | patrolplan | value | peer | value | relative difference | verdict |",
                  "|---|---|---|---|---|---|---|"]
        for r in validations:
            pp, peer = r["patrolplan"], r["peer"]
            a, b = pp.get("value"), peer.get("value")
            diff = abs(a - b) / max(1, abs(a)) if a is not None and b is not None else None
            proven = pp.get("status") == "optimal" and peer.get("termination") == "optimal"
            if diff is None:
                text = "no value"
            elif proven:
                text = "match" if diff <= 1e-6 else "MISMATCH"
            else:
                text = "not both proven"
            lines.append(f"| {r['name']} | {pp.get('status', '—')} | {fmt(a, 6)} | {peer.get('termination', '—')} "
                         f"| {fmt(b, 6)} | {'—' if diff is None else f'{diff:.1e}'} | {text} |")
        lines.append("")

    if sizes:
        lines += ["### Results (same time budget B for every solver; wall time end to end, peak RSS)", "",
                  "| size | model rows × cols (int) | B | patrolplan | glpsol `--cuts --pcost` | PuLP + GLPK peer |",
                  "|---|---|---|---|---|---|"]
        for r in sizes:
            pp, gl, peer = r["patrolplan"], r["glpsol"], r["peer"]
            model = pp.get("model")
            size = f"{model[0]:,} × {model[1]:,} ({model[2]:,})" if model else "—"

            def cell(run, wall_key="wall"):
                status = run.get("status") or run.get("termination") or "none"
                return (f"{fmt(run.get(wall_key))} s, {fmt(run.get('rssMiB'), 0)} MiB; value {fmt(run.get('value'), 2)}, "
                        f"gap {pct(run.get('gap'))} ({status})")
            lines.append(f"| {r['tag']} | {size} | {fmt(r['budget'], 0)} s | {cell(pp, 'wallWithoutExport')} "
                         f"| {cell(gl)} | {cell(peer)} |")
        lines.append("")

        lines += ["### Ratios and goals", "",
                  "| size | value: patrolplan − glpsol | gap: patrolplan vs glpsol | outside GLPK (goal ≤ 15%) "
                  "| peer wall ÷ patrolplan wall (goal ≥ 3) | 629×42: ≤ 1e-3 in ≤ 60 s, ≤ 2 GiB |",
                  "|---|---|---|---|---|---|"]
        for r in sizes:
            pp, gl, peer = r["patrolplan"], r["glpsol"], r["peer"]
            t = pp.get("timings", {})
            outside = ratio(t.get("outside solver"), t.get("total"))
            value_diff = None if pp.get("value") is None or gl.get("value") is None else pp["value"] - gl["value"]
            better_value = None if value_diff is None else value_diff >= -1e-6 * max(1, abs(gl["value"]))
            if pp.get("value") is not None and gl.get("value") is None:
                better_value = True
            better_gap = None if pp.get("gap") is None else (gl.get("gap") is None or pp["gap"] <= gl["gap"] + 1e-12)
            speed = ratio(peer.get("wall"), pp.get("wallWithoutExport"))
            london = "—"
            if r["tag"] == "629x42":
                ok = (pp.get("gap") is not None and pp["gap"] <= 1e-3 and pp.get("wallWithoutExport") is not None
                      and pp["wallWithoutExport"] <= 60 and (pp.get("rssMiB") or 1e9) <= 2048)
                london = (f"{verdict(ok)}: gap {pct(pp.get('gap'))}, {fmt(pp.get('wallWithoutExport'))} s, "
                          f"{fmt(pp.get('rssMiB'), 0)} MiB")
            lines.append(
                f"| {r['tag']} | {fmt(value_diff, 2)} ({verdict(better_value)}) "
                f"| {pct(pp.get('gap'))} vs {pct(gl.get('gap'))} ({verdict(better_gap)}) "
                f"| {'—' if outside is None else f'{100 * outside:.1f}%'} ({verdict(None if outside is None else outside <= 0.15)}) "
                f"| {fmt(speed, 2)}× ({verdict(None if speed is None else speed >= 3)}) | {london} |")
        lines.append("")

        stages = ["decode", "score", "build", "heuristic", "solver (heuristic)", "solver (search)", "Lagrangian bound", "solve other",
                  "figures + verify", "write", "total", "outside solver"]
        lines += ["### Where patrolplan's time goes (seconds; `solve --timings`)", "",
                  "| size | " + " | ".join(stages) + " |", "|---" * (len(stages) + 1) + "|"]
        for r in sizes:
            t = r["patrolplan"].get("timings", {})
            lines.append(f"| {r['tag']} | " + " | ".join(fmt(t.get(s), 3) for s in stages) + " |")
        lines.append("")
        lines += ["Solver calls (relax-and-fix stages, then the main search):", ""]
        for r in sizes:
            for call in r["patrolplan"].get("calls", []):
                lines.append(f"- {r['tag']}: {call}")
        lines.append("")
        lines += ["### The peer's time (seconds)", "",
                  "| size | read | score | build | solve (write LP, glpsol, read) | total | rows × cols (int) |",
                  "|---|---|---|---|---|---|---|"]
        for r in sizes:
            peer = r["peer"]
            s = peer.get("seconds") or {}
            size = (f"{peer['rows']:,} × {peer['columns']:,} ({peer['integerColumns']:,})"
                    if peer.get("rows") is not None else "—")
            lines.append(f"| {r['tag']} | {fmt(s.get('read'), 2)} | {fmt(s.get('score'), 2)} | {fmt(s.get('build'), 2)} "
                         f"| {fmt(s.get('solve'), 2)} | {fmt(s.get('total'), 2)} | {size} |")
        lines.append("")
        checks = [(r["tag"], r.get("check")) for r in sizes if r.get("check")]
        if checks:
            lines += ["Independent recomputation of patrolplan's plan figures by the peer's scoring: " + ", ".join(
                f"{tag} {c['relativeDifference']:.1e}" for tag, c in checks) + " (relative difference).", ""]

    for r in sweeps:
        one = next((s["patrolplan"].get("wallWithoutExport") for s in sizes if s["tag"] == r["tag"]), None)
        wall = r["sweep"].get("wall")
        x = ratio(wall, one)
        lines += [f"### Sweep of {r['points']} uplift points on {r['tag']} (budget {fmt(r['budget'], 0)} s per point)", "",
                  f"{fmt(wall)} s for the sweep against {fmt(one)} s for one solve: {fmt(x, 2)}× "
                  f"(goal ≤ 2×: {verdict(None if x is None else x <= 2)}); peak {fmt(r['sweep'].get('rssMiB'), 0)} MiB.", ""]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
