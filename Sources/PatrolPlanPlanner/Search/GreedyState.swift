internal import HeapModule
internal import _PatrolPlanNumerics
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanModel

/// The greedy heuristic's incremental state: officers per area-period, armed presence, pool
/// use, and the checks that keep every change within model.md §4 (pools, units, capacity,
/// eligibility, caps, duration, armed areas, local and overall shares).
extension GreedyHeuristic {
    /// Adding a unit of `k` at `p` keeps capacity and the armed rules (the pool is not checked).
    func addAllowedIgnoringPool(_ p: Int, _ k: Int) -> Bool {
        if let most = scored.capacity[p], total[p] + forces[k].unit > most { return false }
        if forces[k].armed, armed[p] + forces[k].unit > model.armedLimit[p] { return false }
        return true
    }

    /// The armed rules (and the pool-free checks) allow adding a unit of `k` at `p`.
    func armedAllowsAdd(_ p: Int, _ k: Int) -> Bool {
        guard forces[k].armed else { return addAllowedIgnoringPool(p, k) }
        var probe = self
        let t = p / A
        // Judge the add with the pool check relaxed: moves keep pool use unchanged.
        probe.used[t * F + k] -= forces[k].unit
        return probe.check(p, k) == .allowed
    }

    /// Whether `m` units of `k` can leave `p` without going below its commitments (§4.12).
    func aboveCommitment(_ p: Int, _ k: Int, units m: Int = 1) -> Bool {
        units[p * F + k] - m >= floorUnits[p * F + k]
    }

    /// Removing a unit of `k` at `p` keeps minimum presence, commitments and the armed shares.
    func removeAllowed(_ p: Int, _ k: Int) -> Bool {
        let u = forces[k].unit
        let t = p / A
        if total[p] - u < scored.minimum[p] || !aboveCommitment(p, k) { return false }
        if forces[k].armed { return true }
        let policy = scored.scenario.policy
        if Double(armed[p]) > policy.armedMaxShare * Double(total[p] - u) + Tolerance.threshold { return false }
        if Double(periodArmed[t]) > policy.armedMaxShareOverall * Double(periodTotal[t] - u) + Tolerance.threshold {
            return false
        }
        return true
    }

    mutating func remove(_ p: Int, _ k: Int) {
        let u = forces[k].unit
        let t = p / A
        units[p * F + k] -= 1
        total[p] -= u
        used[t * F + k] -= u
        periodTotal[t] -= u
        if forces[k].armed {
            armed[p] -= u
            periodArmed[t] -= u
            if armed[p] == 0 {
                indicator[p] = false
                areaArmedPeriods[p % A] -= 1
                periodArmedAreas[t] -= 1
            }
        }
        version[p] += 1
    }

    // MARK: - Moves

    enum Check {
        case allowed, overallShare, blocked
    }

    func officers(_ p: Int) -> [Int] {
        (0..<F).map { units[p * F + $0] * forces[$0].unit }
    }

    func value(_ p: Int, _ officers: [Int]) -> Double {
        let a = p % A
        let t = p / A
        return Figures.riskReduced(scored, area: a, period: t, officers: officers)
            - Figures.communityImpact(scored, area: a, period: t, officers: officers)
    }

    func check(_ p: Int, _ k: Int) -> Check {
        guard model.unitColumn(p, force: k) != nil, units[p * F + k] < model.unitUpper[p * F + k] else {
            return .blocked
        }
        let a = p % A
        let t = p / A
        let u = forces[k].unit
        let policy = scored.scenario.policy
        if used[t * F + k] + u > scored.available[t][k] { return .blocked }
        if let most = scored.capacity[p], total[p] + u > most { return .blocked }
        guard forces[k].armed else { return .allowed }
        if let armedMask, !armedMask[p] { return .blocked }
        if armed[p] + u > model.armedLimit[p] { return .blocked }
        if Double(armed[p] + u) > policy.armedMaxShare * Double(total[p] + u) + Tolerance.threshold {
            return .blocked
        }
        if !indicator[p] {
            if let most = policy.armedMaxAreasPerPeriod, periodArmedAreas[t] + 1 > most { return .blocked }
            if let most = policy.armedMaxPeriodsPerArea, areaArmedPeriods[a] + 1 > most { return .blocked }
            if let run = policy.armedMaxConsecutivePeriods, !durationAllows(area: a, period: t, run: run) {
                return .blocked
            }
        }
        if Double(periodArmed[t] + u) > policy.armedMaxShareOverall * Double(periodTotal[t] + u) + Tolerance.threshold {
            return .overallShare
        }
        return .allowed
    }

    /// Whether switching armed presence on at (a, t) keeps every window of `run + 1`
    /// consecutive periods at `run` armed periods or fewer.
    func durationAllows(area a: Int, period t: Int, run: Int) -> Bool {
        let lo = max(0, t - run)
        let hi = run <= T - 1 - t ? t + run : T - 1  // t + run overflows for a run near Int.max
        guard hi - lo >= run else { return true }
        for start in lo...(hi - run) {
            var count = 1
            for s in start...(start + run) where s != t && indicator[s * A + a] {
                count += 1
            }
            if count > run { return false }
        }
        return true
    }

    mutating func add(_ p: Int, _ k: Int) {
        let u = forces[k].unit
        let t = p / A
        units[p * F + k] += 1
        total[p] += u
        used[t * F + k] += u
        periodTotal[t] += u
        if forces[k].armed {
            armed[p] += u
            periodArmed[t] += u
            if !indicator[p] {
                indicator[p] = true
                areaArmedPeriods[p % A] += 1
                periodArmedAreas[t] += 1
            }
        }
        version[p] += 1
    }
}
