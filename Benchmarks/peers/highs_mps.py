#!/usr/bin/env python3
"""HiGHS on patrolplan's exported model (issue 13's peer): one run, a time limit, the 0.1% gap.

    highs_mps.py MODEL.mps --time-limit SECONDS [--gap 1e-3]

Prints one JSON line: value (the plan's value: MPS minimises the negated objective), bound,
proven gap (model.md §7's definition), seconds to the end (the gap reached, or the limit),
status, and peak memory of this process in MiB. Needs `highspy` (PyPI).
"""
import argparse
import json
import resource
import sys
import time

import highspy


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--gap", type=float, default=1e-3)
    args = parser.parse_args()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", args.time_limit)
    h.setOptionValue("mip_rel_gap", args.gap)
    started = time.monotonic()
    h.readModel(args.model)
    h.run()
    seconds = time.monotonic() - started
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    has_value = info.primal_solution_status == 2
    value = -info.objective_function_value if has_value else None
    bound = -info.mip_dual_bound
    gap = (bound - value) / max(1.0, abs(bound)) if value is not None else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peer": "highs", "version": highspy.Highs().version(), "value": value, "bound": bound,
                      "gap": gap, "seconds": round(seconds, 2), "status": status, "peakMiB": round(peak)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
