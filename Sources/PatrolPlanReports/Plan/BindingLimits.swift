internal import PatrolPlanScenario
public import PatrolPlanResults
public import PatrolPlanScoring

/// Which limits of model.md §4 stop an area-period from getting more officers in a plan, in
/// words. Computed from the plan's officer counts and the scored scenario only.
public enum BindingLimits {
    /// Officers by force in period `t`, summed over areas, from the plan.
    static func periodTotals(_ plan: Plan, _ scored: ScoredScenario, period t: Int) -> [String: Int] {
        let id = scored.scenario.periods[t].id
        var totals: [String: Int] = [:]
        for allocation in plan.allocations where allocation.period == id {
            for (force, n) in allocation.officers { totals[force, default: 0] += n }
        }
        return totals
    }

    /// Whether the area has armed officers in each period, from the plan.
    static func armedPeriods(_ plan: Plan, _ scored: ScoredScenario, area a: Int) -> [Bool] {
        let scenario = scored.scenario
        let armedIDs = scenario.armedForceIDs
        let areaID = scenario.areas[a].id
        var flags = [Bool](repeating: false, count: scored.periodCount)
        for allocation in plan.allocations where allocation.area == areaID {
            guard let t = scored.periodIndex[allocation.period] else { continue }
            flags[t] = allocation.armedOfficers(armedIDs) > 0
        }
        return flags
    }

    /// The limits that bind for `area` during `period` in `plan`.
    public static func describe(_ plan: Plan, _ scored: ScoredScenario, area a: Int, period t: Int) -> [String] {
        let scenario = scored.scenario
        let policy = scenario.policy
        let area = scenario.areas[a]
        let periodID = scenario.periods[t].id
        let here = plan.allocations.first { $0.area == area.id && $0.period == periodID }?.officers ?? [:]
        let totals = periodTotals(plan, scored, period: t)
        let armedForces = scenario.forces.filter(\.armed)
        let armedUnit = armedForces.map(\.unit).min()
        let allHere = here.values.reduce(0, +)
        let armedHere = armedForces.reduce(0) { $0 + (here[$1.id] ?? 0) }
        var limits: [String] = []

        for (k, force) in scenario.forces.enumerated() {
            let available = scored.available[t][k]
            let used = totals[force.id] ?? 0
            if available > 0, available - used < force.unit {
                limits.append("pool fully used: force '\(force.id)' has \(used) of \(available) officers out this period")
            }
        }
        if let cap = scored.capacity[scored.index(area: a, period: t)], let unit = scenario.forces.map(\.unit).min(), allHere + unit > cap {
            limits.append("capacity reached: \(allHere) of at most \(cap) officers in the area")
        }
        guard let basis = scored.armedBasis[scored.index(area: a, period: t)], let unit = armedUnit else {
            if !armedForces.isEmpty { limits.append("armed officers are not allowed here (see armed eligibility)") }
            return limits
        }
        if let cap = basis.maxArmed, armedHere + unit > cap {
            limits.append("CIA cap reached: \(armedHere) armed officers, the assessment allows \(cap)")
        }
        if Double(armedHere + unit) > policy.armedMaxShare * Double(allHere + unit) + Tolerance.threshold {
            limits.append(
                "local armed share at its limit: \(armedHere) armed of \(allHere) officers here "
                    + "(at most \(Format.percent(policy.armedMaxShare)); another armed pair needs unarmed officers beside it)")
        }
        let periodArmed = armedForces.reduce(0) { $0 + (totals[$1.id] ?? 0) }
        let periodAll = totals.values.reduce(0, +)
        if Double(periodArmed + unit) > policy.armedMaxShareOverall * Double(periodAll + unit) + Tolerance.threshold {
            limits.append(
                "overall armed share at its limit: \(periodArmed) armed of \(periodAll) officers this period "
                    + "(at most \(Format.percent(policy.armedMaxShareOverall)))")
        }
        let flags = armedPeriods(plan, scored, area: a)
        if armedHere == 0 {
            limits += wouldBreak(flags, at: t, scored, plan: plan)
        } else if let m = policy.armedMaxConsecutivePeriods, runLength(flags, through: t) >= m {
            limits.append("armed run at its limit: \(m) consecutive armed period\(m == 1 ? "" : "s") at most")
        }
        return limits
    }

    /// Duration and count limits that adding armed officers at `t` would break.
    static func wouldBreak(_ flags: [Bool], at t: Int, _ scored: ScoredScenario, plan: Plan) -> [String] {
        let policy = scored.scenario.policy
        var limits: [String] = []
        var with = flags
        with[t] = true
        if let m = policy.armedMaxConsecutivePeriods {
            let window = m + 1
            let lower = max(0, t - m)
            let upper = min(t, flags.count - window)
            if lower <= upper, (lower...upper).contains(where: { s in with[s..<(s + window)].filter { $0 }.count > m }) {
                limits.append("duration window full: armed here in \(m) of any \(window) consecutive periods already")
            }
        }
        if let total = policy.armedMaxPeriodsPerArea, with.filter({ $0 }).count > total {
            limits.append("area's armed periods used up: \(total) at most")
        }
        if let areas = policy.armedMaxAreasPerPeriod {
            let id = scored.scenario.periods[t].id
            let armedIDs = scored.scenario.armedForceIDs
            let armedAreas = plan.allocations.filter { $0.period == id && $0.armedOfficers(armedIDs) > 0 }.count
            if armedAreas >= areas {
                limits.append("armed areas at the limit: \(armedAreas) of \(areas) areas have armed officers this period")
            }
        }
        return limits
    }

    /// Length of the run of armed periods that contains `t`.
    static func runLength(_ flags: [Bool], through t: Int) -> Int {
        guard flags[t] else { return 0 }
        var start = t
        while start > 0, flags[start - 1] { start -= 1 }
        var end = t
        while end + 1 < flags.count, flags[end + 1] { end += 1 }
        return end - start + 1
    }
}
