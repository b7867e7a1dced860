internal import _PatrolPlanNumerics
public import PatrolPlanResults
public import PatrolPlanScoring
internal import PatrolPlanScenario

/// Commitments that break a rule on their own (model.md §4.12 and §5), found without a solver.
///
/// Commitments are lower bounds on officers, so a rule that limits officers from above and is
/// broken by the committed officers alone is broken by every plan: each conflict named here is
/// certain. Checked: pools (§4.1), capacity (§4.3), the assessment cap (§4.6), the local share
/// (§4.10, against every unarmed officer who could stand beside them), duration (§4.8), armed
/// areas per period (§4.9) and the overall share (§4.11, likewise).
public enum CommitmentCheck {
    /// Every conflict, periods in order, then areas.
    ///
    /// - Complexity: O(area-periods × forces + commitments × periods).
    public static func conflicts(_ scored: ScoredScenario) -> [CommitmentConflict] {
        let scenario = scored.scenario
        guard !scenario.commitments.isEmpty else { return [] }
        let A = scored.areaCount
        let T = scored.periodCount
        let F = scenario.forces.count
        let policy = scenario.policy
        var out: [CommitmentConflict] = []
        /// Ids of the commitments on `p`, of forces matching `include`.
        func ids(_ p: Int, _ include: (Force) -> Bool = { _ in true }) -> [String] {
            scored.commitmentsByAreaPeriod[p].map { scenario.commitments[$0] }
                .filter { c in scenario.forces.first { $0.id == c.force }.map(include) ?? false }.map(\.id)
        }
        var armedCommitted = [Int](repeating: 0, count: A * T)
        for t in 0..<T {
            let period = scenario.periods[t].id
            var unarmedPool = 0
            for k in 0..<F where !scenario.forces[k].armed {
                unarmedPool = saturatingAdd(unarmedPool, scored.available[t][k])
            }
            for (k, force) in scenario.forces.enumerated() {
                var total = 0
                var involved: [String] = []
                for a in 0..<A {
                    let p = t * A + a
                    let n = scored.committed[p * F + k]
                    guard n > 0 else { continue }
                    total = saturatingAdd(total, n)
                    involved += ids(p) { $0.id == force.id }
                }
                if total > scored.available[t][k] {
                    out.append(CommitmentConflict(
                        rule: "pool", period: period, area: nil, commitments: involved,
                        message: "they commit \(total) officers of force '\(force.id)', and \(scored.available[t][k]) are on duty"))
                }
            }
            var periodArmed = 0
            var armedAreas = 0
            var armedIDs: [String] = []
            for (a, area) in scenario.areas.enumerated() {
                let p = t * A + a
                var total = 0
                var armed = 0
                for (k, force) in scenario.forces.enumerated() {
                    let n = scored.committed[p * F + k]
                    total = saturatingAdd(total, n)
                    if force.armed { armed = saturatingAdd(armed, n) }
                }
                guard total > 0 else { continue }
                armedCommitted[p] = armed
                if let cap = scored.capacity[p], total > cap {
                    out.append(CommitmentConflict(
                        rule: "capacity", period: period, area: area.id, commitments: ids(p),
                        message: "they commit \(total) officers to an area with room for \(cap)"))
                }
                guard armed > 0 else { continue }
                periodArmed = saturatingAdd(periodArmed, armed)
                armedAreas += 1
                armedIDs += ids(p) { $0.armed }
                if let cap = scored.armedBasis[p]?.maxArmed, armed > cap {
                    out.append(CommitmentConflict(
                        rule: "assessment cap", period: period, area: area.id, commitments: ids(p) { $0.armed },
                        message: "they commit \(armed) armed officers, and the covering assessment allows \(cap)"))
                }
                var room = saturatingAdd(armed, unarmedPool)
                if let cap = scored.capacity[p] { room = min(room, cap) }
                if Double(armed) > policy.armedMaxShare * Double(room) + Tolerance.threshold {
                    out.append(CommitmentConflict(
                        rule: "local armed share", period: period, area: area.id, commitments: ids(p) { $0.armed },
                        message: "they commit \(armed) armed officers; with at most \(room) officers there, "
                            + "armedMaxShare \(policy.armedMaxShare) allows \(SafeConversion.count(policy.armedMaxShare * Double(room) + Tolerance.threshold, rounding: .down))"))
                }
            }
            if let most = policy.armedMaxAreasPerPeriod, armedAreas > most {
                out.append(CommitmentConflict(
                    rule: "armed areas per period", period: period, area: nil, commitments: armedIDs,
                    message: "they put armed officers in \(armedAreas) areas, and armedMaxAreasPerPeriod is \(most)"))
            }
            let room = saturatingAdd(periodArmed, unarmedPool)
            if periodArmed > 0, Double(periodArmed) > policy.armedMaxShareOverall * Double(room) + Tolerance.threshold {
                out.append(CommitmentConflict(
                    rule: "overall armed share", period: period, area: nil, commitments: armedIDs,
                    message: "they commit \(periodArmed) armed officers; with every unarmed officer on duty "
                        + "(\(unarmedPool)) beside them, armedMaxShareOverall \(policy.armedMaxShareOverall) is exceeded"))
            }
        }
        out += durationConflicts(scored, armedCommitted: armedCommitted, ids: ids)
        return out
    }

    /// §4.8 on the committed armed presence of each area.
    private static func durationConflicts(
        _ scored: ScoredScenario, armedCommitted: [Int], ids: ((Int, (Force) -> Bool) -> [String])
    ) -> [CommitmentConflict] {
        let scenario = scored.scenario
        let A = scored.areaCount
        let T = scored.periodCount
        let policy = scenario.policy
        var out: [CommitmentConflict] = []
        for (a, area) in scenario.areas.enumerated() {
            let present = (0..<T).map { armedCommitted[$0 * A + a] > 0 }
            let count = present.filter { $0 }.count
            guard count > 0 else { continue }
            func involved(_ periods: some Sequence<Int>) -> [String] {
                var seen = Set<String>()
                return periods.flatMap { ids($0 * A + a) { $0.armed } }.filter { seen.insert($0).inserted }
            }
            if let most = policy.armedMaxPeriodsPerArea, count > most {
                out.append(CommitmentConflict(
                    rule: "armed duration", period: nil, area: area.id, commitments: involved(0..<T),
                    message: "they put armed officers there in \(count) periods, and armedMaxPeriodsPerArea is \(most)"))
            }
            guard let run = policy.armedMaxConsecutivePeriods, run < T else { continue }
            for start in 0...(T - run - 1) where (start...(start + run)).allSatisfy({ present[$0] }) {
                out.append(CommitmentConflict(
                    rule: "armed duration", period: scenario.periods[start].id, area: area.id,
                    commitments: involved(start...(start + run)),
                    message: "they put armed officers there in \(run + 1) consecutive periods from this one, "
                        + "and armedMaxConsecutivePeriods is \(run)"))
                break
            }
        }
        return out
    }
}
