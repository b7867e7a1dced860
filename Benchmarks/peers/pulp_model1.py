#!/usr/bin/env python3
"""An independent implementation of patrolplan's model@1 (docs/model.md) in PuLP, solved with
GLPK through PuLP's GLPK_CMD: the peer the benchmarks compare patrolplan with.

It reads a patrolplan/scenario@1 document (docs/formats.md; the file is trusted: this is a
benchmark, not a validator), scores it (model.md §1-2), builds the MILP of §3-4 and solves it.
The formulation is written from model.md alone: the effect curve by segments (the textbook
form for a concave curve under maximisation; `--lambda` uses a convex combination of the
breakpoints instead, which GLPK solves far more slowly), unit variables bounded by pool,
capacity and CIA cap, big-M from the same bounds, and every row of §4 written as stated. It prints one JSON object: the plan's value, riskReduction,
communityImpact, the bound and gap glpsol reported, the model's size and where the time went.

    pulp_model1.py SCENARIO [--time-limit S] [--gap G] [--no-cuts] [--lambda] [--keep-log FILE]
    pulp_model1.py SCENARIO --check-plan PLAN.json   # recompute a patrolplan plan's figures
"""

import argparse
import json
import math
import os
import sys
import tempfile
import time

import pulp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import glpsol_log  # noqa: E402  (Benchmarks/glpsol_log.py)

CATEGORIES = ["violence", "terrorism", "disorder"]
BREAKPOINTS = [0, 0.5, 1, 2, 4, 8]
CURVE = [1 - 2 ** -u for u in BREAKPOINTS]
TOL = 1e-9

DEFAULT_SCORING = {
    "sourceWeight": {"1": 1.0, "2": 0.6, "3": 0.2},
    "assessmentWeight": {"A": 1.0, "B": 0.8, "C": 0.6, "D": 0.3, "E": 0.0},
    "threatProbability": {"low": 0.02, "moderate": 0.05, "substantial": 0.10, "severe": 0.30, "critical": 0.60},
    "attractiveness": {
        "crowded_place": 1.0, "transport_hub": 1.0, "iconic_site": 1.0, "retail": 0.7,
        "night_time_economy": 0.6, "residential": 0.1, "other": 0.3,
    },
    "severity": {"violence": 10, "terrorism": 10, "disorder": 2},
    "sensitivityPenalty": {"low": 0.05, "medium": 0.15, "high": 0.40},
    "exposureScale": 10000,
    "presenceBase": 2,
    "presenceFootfall": 5000,
}
DEFAULT_POLICY = {
    "intelHalfLifeHours": 72, "armedMinIntelScore": 0.3, "armedMaxConsecutivePeriods": 2,
    "armedMaxPeriodsPerArea": None, "armedMaxAreasPerPeriod": None, "armedMaxShare": 0.5,
    "armedMaxShareOverall": 0.25, "communityImpactWeight": 1,
}
ARMED_EFFECT = {"violence": 1.0, "terrorism": 1.0, "disorder": 0.3}
UNARMED_EFFECT = {"violence": 0.5, "terrorism": 0.2, "disorder": 1.0}
CROWDED = {"crowded_place", "transport_hub", "iconic_site"}


def floor_tol(v):
    """model.md §6: floor(v + 1e-9)."""
    return math.floor(v + TOL)


def per_period(value, period_id):
    """A per-period value: a number, or an object of period ids with an optional default."""
    if isinstance(value, dict):
        return value.get(period_id, value.get("default", 0))
    return value


class Scored:
    """The scenario scored: R, h, pools, eligibility and caps per area-period (model.md §1-2, §4)."""

    def __init__(self, doc):
        self.doc = doc
        scoring = {k: (dict(v) if isinstance(v, dict) else v) for k, v in DEFAULT_SCORING.items()}
        for key, value in doc.get("scoring", {}).items():
            if isinstance(value, dict):
                scoring[key].update(value)
            else:
                scoring[key] = value
        self.scoring = scoring
        self.policy = dict(DEFAULT_POLICY)
        self.policy.update(doc.get("policy", {}))
        self.periods = doc["periods"]
        self.areas = doc["areas"]
        self.forces = doc["forces"]
        self.hours = [p["hours"] for p in self.periods]
        starts, total = [], 0.0
        for h in self.hours:
            starts.append(total)
            total += h
        period_index = {p["id"]: t for t, p in enumerate(self.periods)}
        area_index = {a["id"]: i for i, a in enumerate(self.areas)}
        A, T = len(self.areas), len(self.periods)

        # §1 intelligence: noisy-OR of graded, decayed report probabilities.
        keep = [[[1.0] * 3 for _ in range(T)] for _ in range(A)]
        half_life = self.policy["intelHalfLifeHours"]
        for r in doc.get("intelligence", []):
            a = area_index[r["area"]]
            c = CATEGORIES.index(r["category"])
            base = r["likelihood"] * scoring["sourceWeight"][r["source"]] * scoring["assessmentWeight"][r["assessment"]]
            ts = sorted({period_index[p] for p in r["periods"]}) if "periods" in r else range(T)
            for t in ts:
                p = base * 0.5 ** ((r.get("ageHours", 0) + starts[t]) / half_life)
                keep[a][t][c] *= 1 - p
        self.intel = [[[1 - keep[a][t][c] for c in range(3)] for t in range(T)] for a in range(A)]

        threat = scoring["threatProbability"][doc["threatLevel"]]
        self.risk = [[[0.0] * 3 for _ in range(T)] for _ in range(A)]
        self.scale = [[0.0] * T for _ in range(A)]
        for a, area in enumerate(self.areas):
            venue = area.get("venue", "other")
            baselines = [area.get("gangActivity", 0), threat * scoring["attractiveness"][venue], area.get("disorder", 0)]
            for t, period in enumerate(self.periods):
                footfall = per_period(area.get("footfall", 0), period["id"])
                exposure = [1, footfall / scoring["exposureScale"], footfall / scoring["exposureScale"]]
                for c, name in enumerate(CATEGORIES):
                    prob = 1 - (1 - baselines[c]) * (1 - self.intel[a][t][c])
                    self.risk[a][t][c] = scoring["severity"][name] * prob * exposure[c]
                self.scale[a][t] = area.get(
                    "presenceScale", scoring["presenceBase"] + footfall / scoring["presenceFootfall"])

        # Forces: units, effectiveness, pools (§4.1-2).
        self.armed = [f.get("armed", False) for f in self.forces]
        self.unit = [f.get("unit", 2 if f.get("armed", False) else 1) for f in self.forces]
        self.effect = []
        for f in self.forces:
            defaults = ARMED_EFFECT if f.get("armed", False) else UNARMED_EFFECT
            given = f.get("effectiveness", {})
            self.effect.append([given.get(c, defaults[c]) for c in CATEGORIES])
        self.available = []
        for t, period in enumerate(self.periods):
            row = []
            for f in self.forces:
                if "available" in f:
                    row.append(floor_tol(per_period(f["available"], period["id"])))
                else:
                    row.append(floor_tol(f["headcount"] * f.get("onDutyFraction", 0.2)))
            self.available.append(row)

        # §4.5-6: approved assessments covering (a, t), the smallest cap, eligibility.
        covered = [[False] * T for _ in range(A)]
        self.cap = [[None] * T for _ in range(A)]
        for cia in doc.get("impactAssessments", []):
            if cia["status"] != "approved":
                continue
            a = area_index[cia["area"]]
            ts = {period_index[p] for p in cia["periods"]} if "periods" in cia else range(T)
            for t in ts:
                covered[a][t] = True
                if "maxArmed" in cia:
                    old = self.cap[a][t]
                    self.cap[a][t] = cia["maxArmed"] if old is None else min(old, cia["maxArmed"])
        threshold = self.policy["armedMinIntelScore"] - TOL
        threat_rule_level = doc["threatLevel"] in ("severe", "critical")
        self.eligible = [[False] * T for _ in range(A)]
        for a, area in enumerate(self.areas):
            venue_rule = threat_rule_level and area.get("venue", "other") in CROWDED
            for t in range(T):
                i = self.intel[a][t]
                self.eligible[a][t] = covered[a][t] and (i[0] >= threshold or i[1] >= threshold or venue_rule)


def build(s, use_lambda=False):
    """The MILP of model.md §3-4. Returns the problem, the unit variables and the objective parts."""
    prob = pulp.LpProblem("model1", pulp.LpMaximize)
    A, T, K = len(s.areas), len(s.periods), len(s.forces)
    policy, scoring = s.policy, s.scoring
    armed_forces = [k for k in range(K) if s.armed[k]]
    n = {}  # (a, t, k) -> integer units
    y = {}  # (a, t) -> armed presence indicator
    risk_terms, impact_terms = [], []
    for t in range(T):
        for a, area in enumerate(s.areas):
            officers = []  # (var, officers per unit, force)
            for k in range(K):
                if s.armed[k] and not s.eligible[a][t]:
                    continue  # §4.5
                # Bounded by the pool, the area's capacity and, for armed forces, the CIA cap.
                most = s.available[t][k]
                if "maxOfficers" in area:
                    most = min(most, area["maxOfficers"])
                if s.armed[k] and s.cap[a][t] is not None:
                    most = min(most, s.cap[a][t])
                if most < s.unit[k]:
                    continue
                var = pulp.LpVariable(f"n_{a}_{t}_{k}", lowBound=0, upBound=most // s.unit[k], cat=pulp.LpInteger)
                n[a, t, k] = var
                officers.append((var, s.unit[k], k))
            total = [(v, u) for v, u, _ in officers]
            armed = [(v, u) for v, u, k in officers if s.armed[k]]
            if "maxOfficers" in area:
                prob += pulp.LpAffineExpression(total) <= area["maxOfficers"], f"cap_{a}_{t}"  # §4.3
            if area.get("minOfficers", 0) > 0:
                prob += pulp.LpAffineExpression(total) >= area["minOfficers"], f"min_{a}_{t}"  # §4.4
            if armed:
                # §4.6-7: y <= armed <= M y, M the CIA cap or what the pools could send.
                big_m = sum(s.available[t][k] for k in armed_forces)
                if s.cap[a][t] is not None:
                    big_m = min(big_m, s.cap[a][t])
                if "maxOfficers" in area:
                    big_m = min(big_m, area["maxOfficers"])
                yv = pulp.LpVariable(f"y_{a}_{t}", cat=pulp.LpBinary)
                y[a, t] = yv
                prob += pulp.LpAffineExpression(armed + [(yv, -big_m)]) <= 0, f"bigm_{a}_{t}"
                prob += pulp.LpAffineExpression(armed + [(yv, -1)]) >= 0, f"ind_{a}_{t}"
                if s.cap[a][t] is not None:
                    prob += pulp.LpAffineExpression(armed) <= s.cap[a][t], f"cia_{a}_{t}"
                # §4.10: armed <= share * all officers.
                share = policy["armedMaxShare"]
                prob += pulp.LpAffineExpression(
                    [(v, u * (1 - share)) for v, u in armed]
                    + [(v, -share * u) for v, u, k in officers if not s.armed[k]]) <= 0, f"share_{a}_{t}"
                penalty = policy["communityImpactWeight"] * scoring["sensitivityPenalty"][area.get("sensitivity", "medium")]
                impact_terms += [(v, s.hours[t] * penalty * u) for v, u in armed]
            # §2-3: F(e; h) by a convex combination of the breakpoints (lambda formulation).
            h = s.scale[a][t]
            for c in range(3):
                r = s.risk[a][t][c]
                reach = [(v, s.effect[k][c] * u) for v, u, k in officers if s.effect[k][c] > 0]
                if r <= 0 or not reach:
                    continue
                if not use_lambda:
                    seg = [pulp.LpVariable(f"s_{a}_{t}_{c}_{j}", lowBound=0, upBound=h * (BREAKPOINTS[j + 1] - BREAKPOINTS[j])) for j in range(len(BREAKPOINTS) - 1)]
                    prob += pulp.LpAffineExpression([(v, 1) for v in seg] + [(v, -e) for v, e in reach]) <= 0, f"eff_{a}_{t}_{c}"
                    risk_terms += [(v, s.hours[t] * r * (CURVE[j + 1] - CURVE[j]) / (h * (BREAKPOINTS[j + 1] - BREAKPOINTS[j]))) for j, v in enumerate(seg)]
                    continue
                lam = [pulp.LpVariable(f"l_{a}_{t}_{c}_{j}", lowBound=0) for j in range(len(BREAKPOINTS))]
                prob += pulp.LpAffineExpression([(l, 1) for l in lam]) == 1, f"conv_{a}_{t}_{c}"
                prob += pulp.LpAffineExpression(
                    [(l, h * b) for l, b in zip(lam, BREAKPOINTS)] + [(v, -e) for v, e in reach]) <= 0, f"eff_{a}_{t}_{c}"
                risk_terms += [(l, s.hours[t] * r * g) for l, g in zip(lam, CURVE) if g > 0]
    # §4.1 pools.
    for t in range(T):
        for k in range(K):
            terms = [(n[a, t, k], s.unit[k]) for a in range(A) if (a, t, k) in n]
            if terms:
                prob += pulp.LpAffineExpression(terms) <= s.available[t][k], f"pool_{t}_{k}"
    # §4.8 duration, §4.9 simultaneous areas, §4.11 overall share.
    run = policy["armedMaxConsecutivePeriods"]
    per_area = policy["armedMaxPeriodsPerArea"]
    for a in range(A):
        ys = [y.get((a, t)) for t in range(T)]
        if run is not None:
            for start in range(0, T - run):
                window = [v for v in ys[start:start + run + 1] if v is not None]
                if len(window) > run:
                    prob += pulp.LpAffineExpression([(v, 1) for v in window]) <= run, f"run_{a}_{start}"
        if per_area is not None:
            present = [v for v in ys if v is not None]
            if len(present) > per_area:
                prob += pulp.LpAffineExpression([(v, 1) for v in present]) <= per_area, f"total_{a}"
    max_areas = policy["armedMaxAreasPerPeriod"]
    overall = policy["armedMaxShareOverall"]
    for t in range(T):
        ys = [y[a, t] for a in range(A) if (a, t) in y]
        if max_areas is not None and len(ys) > max_areas:
            prob += pulp.LpAffineExpression([(v, 1) for v in ys]) <= max_areas, f"areas_{t}"
        terms = []
        for a in range(A):
            for k in range(K):
                if (a, t, k) in n:
                    u = s.unit[k]
                    terms.append((n[a, t, k], u * (1 - overall) if s.armed[k] else -overall * u))
        if any(s.armed[k] for k in range(K)) and terms:
            prob += pulp.LpAffineExpression(terms) <= 0, f"overall_{t}"
    prob += pulp.LpAffineExpression(risk_terms + [(v, -c) for v, c in impact_terms])
    return prob, n, risk_terms, impact_terms


def figures(s, officers):
    """riskReduction and communityImpact (model.md §3) of an allocation {(a, t, k): officers},
    with the exact piecewise-linear curve."""
    risk = impact = 0.0
    K = len(s.forces)
    for t in range(len(s.periods)):
        for a, area in enumerate(s.areas):
            x = [officers.get((a, t, k), 0) for k in range(K)]
            for c in range(3):
                e = sum(s.effect[k][c] * x[k] for k in range(K))
                risk += s.hours[t] * s.risk[a][t][c] * curve(e, s.scale[a][t])
            penalty = s.policy["communityImpactWeight"] * s.scoring["sensitivityPenalty"][area.get("sensitivity", "medium")]
            impact += s.hours[t] * penalty * sum(x[k] for k in range(K) if s.armed[k])
    return risk, impact


def curve(e, h):
    if e <= 0 or h <= 0:
        return 0.0
    u = e / h
    if u >= BREAKPOINTS[-1]:
        return CURVE[-1]
    j = 0
    while u > BREAKPOINTS[j + 1]:
        j += 1
    w = (u - BREAKPOINTS[j]) / (BREAKPOINTS[j + 1] - BREAKPOINTS[j])
    return CURVE[j] + w * (CURVE[j + 1] - CURVE[j])


def check_plan(s, path):
    """A patrolplan plan's riskReduction and communityImpact recomputed by the peer's scoring
    (model.md §1-3), against the figures the plan reports."""
    with open(path) as f:
        plan = json.load(f)
    area_index = {a["id"]: i for i, a in enumerate(s.areas)}
    period_index = {p["id"]: t for t, p in enumerate(s.periods)}
    force_index = {f["id"]: k for k, f in enumerate(s.forces)}
    officers = {}
    for row in plan["allocations"]:
        for force, count in row["officers"].items():
            officers[area_index[row["area"]], period_index[row["period"]], force_index[force]] = count
    risk, impact = figures(s, officers)
    reported = plan["objective"]
    value = risk - impact
    return {
        "riskReduction": risk, "communityImpact": impact, "value": value,
        "reportedValue": reported["value"],
        "relativeDifference": abs(value - reported["value"]) / max(1.0, abs(reported["value"])),
    }


def solve(prob, time_limit, gap, cuts, log_path):
    """PuLP's GLPK_CMD with glpsol's log captured (fd 1 redirected) for the bound it proved."""
    options = ["--mipgap", str(gap)]
    if cuts:
        options += ["--cuts", "--pcost"]
    solver = pulp.GLPK_CMD(msg=True, timeLimit=time_limit, options=options)
    sys.stdout.flush()
    saved = os.dup(1)
    with open(log_path, "w") as log:
        os.dup2(log.fileno(), 1)
        try:
            status = prob.solve(solver)
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
    with open(log_path) as log:
        value, bound, finished = glpsol_log.parse(log.read())
    return pulp.LpStatus[status], finished, value, bound


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--time-limit", type=float, default=None, help="glpsol --tmlim, seconds")
    parser.add_argument("--gap", type=float, default=1e-3, help="glpsol --mipgap")
    parser.add_argument("--no-cuts", action="store_true", help="without --cuts --pcost")
    parser.add_argument("--keep-log", help="keep glpsol's log in this file")
    parser.add_argument("--lambda", dest="use_lambda", action="store_true",
                        help="effect curve as a convex combination of breakpoints (much slower with GLPK)")
    parser.add_argument("--check-plan", help="only recompute this patrolplan plan's figures with the peer's scoring")
    args = parser.parse_args()

    clock = time.perf_counter
    started = clock()
    with open(args.scenario) as f:
        doc = json.load(f)
    read = clock()
    scored = Scored(doc)
    scoring = clock()
    if args.check_plan:
        print(json.dumps(check_plan(scored, args.check_plan), indent=2, sort_keys=True))
        return
    prob, n, _, _ = build(scored, args.use_lambda)
    built = clock()
    if args.keep_log:
        log_path = args.keep_log
    else:
        handle, log_path = tempfile.mkstemp(suffix=".glpsol.log")
        os.close(handle)
    limit = None if args.time_limit is None else max(1, int(round(args.time_limit)))
    status, finished, logged_value, logged_bound = solve(prob, limit, args.gap, not args.no_cuts, log_path)
    solved = clock()
    result = {"peer": "pulp+glpk", "pulp": pulp.__version__, "status": status, "termination": finished}
    if status == "Optimal":
        allocation = {key: round(var.value() or 0) * scored.unit[key[2]] for key, var in n.items()}
        risk, impact = figures(scored, allocation)
        value = risk - impact
        bound = logged_bound if logged_bound is not None else value
        result.update({
            "value": value, "riskReduction": risk, "communityImpact": impact,
            "objective": pulp.value(prob.objective), "bound": max(bound, value),
            "gap": max(0.0, bound - value) / max(1.0, abs(bound)),
        })
    done = clock()
    result["rows"] = len(prob.constraints)
    result["columns"] = len(prob.variables())
    result["integerColumns"] = sum(1 for v in prob.variables() if v.cat == pulp.LpInteger)
    result["seconds"] = {
        "read": read - started, "score": scoring - read, "build": built - scoring,
        "solve": solved - built, "figures": done - solved, "total": done - started,
    }
    if not args.keep_log:
        os.unlink(log_path)
    print(json.dumps(result, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
