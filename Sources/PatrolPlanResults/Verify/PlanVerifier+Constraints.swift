internal import PatrolPlanScenario
internal import PatrolPlanScoring

/// The constraints of model.md §4, checked on placed officers (1e-9 on thresholds, §6).
struct ConstraintCheck {
    let scored: ScoredScenario
    let placed: PlacedOfficers

    func violations() -> [Violation] {
        let scenario = scored.scenario
        let forces = scenario.forces
        let policy = scenario.policy
        let A = scored.areaCount
        let T = scored.periodCount
        let K = forces.count
        let eps = Tolerance.threshold
        var out: [Violation] = []
        // armed_{a,t} > 0, for the duration rules.
        var armedPresent = [Bool](repeating: false, count: A * T)

        for (t, period) in scenario.periods.enumerated() {
            var used = [Int](repeating: 0, count: K)
            var periodTotal = 0
            var periodArmed = 0
            var armedAreas = 0
            for (a, area) in scenario.areas.enumerated() {
                let p = scored.index(area: a, period: t)
                let officers = placed.officers(at: p)
                var total = 0
                var armed = 0
                for (k, force) in forces.enumerated() {
                    used[k] += officers[k]
                    total += officers[k]
                    if force.armed { armed += officers[k] }
                }
                periodTotal += total
                periodArmed += armed
                func add(_ rule: Violation.Rule, limit: Double, value: Double, _ message: String) {
                    out.append(Violation(rule, area: area.id, period: period.id, limit: limit, value: value, message: message))
                }
                if let max = scored.capacity[p], total > max {
                    add(.capacity, limit: Double(max), value: Double(total), "\(total) officers, capacity \(max)")
                }
                if total < scored.minimum[p] {
                    add(.minimumPresence, limit: Double(scored.minimum[p]), value: Double(total),
                        "\(total) officers, minimum \(scored.minimum[p])")
                }
                for (k, force) in forces.enumerated() {
                    let floor = scored.committed[p * forces.count + k]
                    if officers[k] < floor {
                        let ids = scored.commitmentsByAreaPeriod[p].map { scenario.commitments[$0] }
                            .filter { $0.force == force.id }.map(\.id)
                        add(.commitment, limit: Double(floor), value: Double(officers[k]),
                            "\(officers[k]) officers of '\(force.id)', committed \(floor) (\(ids.joined(separator: ", ")))")
                    }
                }
                guard armed > 0 else { continue }
                armedPresent[p] = true
                armedAreas += 1
                if let basis = scored.armedBasis[p] {
                    if let cap = basis.maxArmed, armed > cap {
                        add(.assessmentCap, limit: Double(cap), value: Double(armed),
                            "\(armed) armed officers, the covering assessment allows \(cap)")
                    }
                } else {
                    add(.armedEligibility, limit: 0, value: Double(armed),
                        "\(armed) armed officers where no approved assessment with a supporting intelligence picture or the threat rule allows them")
                }
                let localLimit = policy.armedMaxShare * Double(total)
                if Double(armed) > localLimit + eps {
                    add(.localArmedShare, limit: localLimit, value: Double(armed),
                        "\(armed) armed of \(total) officers, above the share \(policy.armedMaxShare)")
                }
            }
            for (k, force) in forces.enumerated() where used[k] > scored.available[t][k] {
                out.append(Violation(
                    .pool, period: period.id, force: force.id, limit: Double(scored.available[t][k]),
                    value: Double(used[k]), message: "\(used[k]) officers deployed, \(scored.available[t][k]) available"))
            }
            if let max = policy.armedMaxAreasPerPeriod, armedAreas > max {
                out.append(Violation(
                    .armedAreasPerPeriod, period: period.id, limit: Double(max), value: Double(armedAreas),
                    message: "armed officers in \(armedAreas) areas, at most \(max) allowed"))
            }
            let overallLimit = policy.armedMaxShareOverall * Double(periodTotal)
            if Double(periodArmed) > overallLimit + eps {
                out.append(Violation(
                    .overallArmedShare, period: period.id, limit: overallLimit, value: Double(periodArmed),
                    message: "\(periodArmed) armed of \(periodTotal) officers, above the overall share \(policy.armedMaxShareOverall)"))
            }
        }
        out += durationViolations(armedPresent)
        return out
    }

    /// §4.8: no run of more than `armedMaxConsecutivePeriods` armed periods (periods in
    /// document order), and at most `armedMaxPeriodsPerArea` armed periods per area.
    private func durationViolations(_ armedPresent: [Bool]) -> [Violation] {
        let scenario = scored.scenario
        let policy = scenario.policy
        var out: [Violation] = []
        for (a, area) in scenario.areas.enumerated() {
            var run = 0
            var runStart = 0
            var count = 0
            func closeRun() {
                if let limit = policy.armedMaxConsecutivePeriods, run > limit {
                    out.append(Violation(
                        .consecutiveArmedPeriods, area: area.id, period: scenario.periods[runStart + limit].id,
                        limit: Double(limit), value: Double(run),
                        message: "armed in \(run) consecutive periods from \(scenario.periods[runStart].id), at most \(limit) allowed"))
                }
                run = 0
            }
            for t in 0..<scored.periodCount {
                if armedPresent[scored.index(area: a, period: t)] {
                    if run == 0 { runStart = t }
                    run += 1
                    count += 1
                } else {
                    closeRun()
                }
            }
            closeRun()
            if let limit = policy.armedMaxPeriodsPerArea, count > limit {
                out.append(Violation(
                    .armedPeriodsPerArea, area: area.id, limit: Double(limit), value: Double(count),
                    message: "armed in \(count) periods, at most \(limit) allowed"))
            }
        }
        return out
    }
}
