"""Reads glpsol's log: the last incumbent and bound it printed, and why it stopped.

Shared by Benchmarks/collect.py (glpsol on patrolplan's model) and the PuLP peer (glpsol
through PuLP's GLPK_CMD)."""

import re

MIP_LINE = re.compile(r"mip =\s*(\S+)\s*(<=|>=)\s*(tree is empty|\S+)")


def parse(text):
    """(value, bound, termination): the last `mip = VALUE <= BOUND` line (the bound equals the
    value once the tree is empty) and optimal, timeLimit, infeasible or unknown."""
    value = bound = None
    for line in text.splitlines():
        m = MIP_LINE.search(line)
        if m and m.group(1) != "not":
            try:
                value = float(m.group(1))
                bound = value if m.group(3) == "tree is empty" else float(m.group(3))
            except ValueError:
                pass
    if "INTEGER OPTIMAL SOLUTION FOUND" in text or "RELATIVE MIP GAP TOLERANCE REACHED" in text:
        termination = "optimal"
    elif "TIME LIMIT EXCEEDED" in text:
        termination = "timeLimit"
    elif "PROBLEM HAS NO INTEGER FEASIBLE SOLUTION" in text or "PROBLEM HAS NO PRIMAL FEASIBLE" in text:
        termination = "infeasible"
    else:
        termination = "unknown"
    return value, bound, termination
