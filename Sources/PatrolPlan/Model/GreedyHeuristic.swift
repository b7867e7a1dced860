internal import HeapModule

/// A fast primal heuristic for ``PatrolModel``: meet every minimum presence, then add one
/// deployment unit at a time where it gains most per officer, respecting every constraint of
/// model.md §4. Its plan is handed to the solver as the first incumbent.
public struct GreedyHeuristic {
    private let scored: ScoredScenario
    private let model: PatrolModel
    private let forces: [Force]
    private let F: Int
    private let A: Int
    private let T: Int
    private var units: [Int]
    private var armed: [Int]
    private var total: [Int]
    private var used: [Int]
    private var periodArmed: [Int]
    private var periodTotal: [Int]
    private var indicator: [Bool]
    private var areaArmedPeriods: [Int]
    private var periodArmedAreas: [Int]
    private var version: [Int]

    /// One candidate move: add a unit of force `k` at area-period `p`.
    private struct Candidate: Comparable {
        var gainPerOfficer: Double
        var p: Int
        var k: Int
        var version: Int

        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            // Ties broken by position so the result does not depend on heap internals.
            if lhs.gainPerOfficer != rhs.gainPerOfficer { return lhs.gainPerOfficer < rhs.gainPerOfficer }
            if lhs.p != rhs.p { return lhs.p > rhs.p }
            return lhs.k > rhs.k
        }
    }

    public init(scored: ScoredScenario, model: PatrolModel) {
        self.scored = scored
        self.model = model
        self.forces = scored.scenario.forces
        self.F = forces.count
        self.A = scored.areaCount
        self.T = scored.periodCount
        let P = A * T
        units = Array(repeating: 0, count: P * F)
        armed = Array(repeating: 0, count: P)
        total = Array(repeating: 0, count: P)
        used = Array(repeating: 0, count: T * F)
        periodArmed = Array(repeating: 0, count: T)
        periodTotal = Array(repeating: 0, count: T)
        indicator = Array(repeating: false, count: P)
        areaArmedPeriods = Array(repeating: 0, count: A)
        periodArmedAreas = Array(repeating: 0, count: T)
        version = Array(repeating: 0, count: P)
    }

    /// Runs the heuristic and returns units per area-period and force (`p × forces + k`).
    public mutating func run() -> [Int] {
        meetMinimums()
        var heap = Heap<Candidate>()
        for p in 0..<(A * T) {
            push(p, into: &heap)
        }
        var blockedByOverallShare = [[Candidate]](repeating: [], count: T)
        while let best = heap.popMax() {
            let p = best.p
            let k = best.k
            if best.version != version[p] {
                if let fresh = candidate(p, k), fresh.gainPerOfficer > 0 { heap.insert(fresh) }
                continue
            }
            switch check(p, k) {
            case .allowed:
                add(p, k)
                push(p, into: &heap)
                if !forces[k].armed {
                    let t = p / A
                    for blocked in blockedByOverallShare[t] {
                        if let fresh = candidate(blocked.p, blocked.k), fresh.gainPerOfficer > 0 { heap.insert(fresh) }
                    }
                    blockedByOverallShare[t].removeAll()
                }
            case .overallShare:
                blockedByOverallShare[p / A].append(best)
            case .blocked:
                break
            }
        }
        return units
    }

    /// The column vector for ``PatrolModel/milp`` of a units allocation.
    public static func columnValues(_ units: [Int], scored: ScoredScenario, model: PatrolModel) -> [Double] {
        let forces = scored.scenario.forces
        let F = forces.count
        var x = [Double](repeating: 0, count: model.milp.columns.count)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            var armedHere = 0
            for k in 0..<F {
                guard let column = model.unitColumn(p, force: k) else { continue }
                x[column] = Double(units[p * F + k])
                if forces[k].armed { armedHere += units[p * F + k] }
            }
            if model.indicatorColumn[p] >= 0 {
                x[Int(model.indicatorColumn[p])] = armedHere > 0 ? 1 : 0
            }
            for category in Category.allCases {
                let c = category.index
                let first = Int(model.segmentStart[p * 3 + c])
                guard first >= 0 else { continue }
                var e = 0.0
                for k in 0..<F {
                    e += forces[k].effectiveness(category) * Double(forces[k].unit * units[p * F + k])
                }
                for j in 0..<Int(model.segmentCount[p * 3 + c]) {
                    let fill = min(model.milp.columns[first + j].upper, max(0, e))
                    x[first + j] = fill
                    e -= EffectCurve.segmentWidth(j, scale: scored.presenceScale[p])
                }
            }
        }
        return x
    }

    // MARK: - Moves

    private enum Check {
        case allowed, overallShare, blocked
    }

    private func officers(_ p: Int) -> [Int] {
        (0..<F).map { units[p * F + $0] * forces[$0].unit }
    }

    private func value(_ p: Int, _ officers: [Int]) -> Double {
        let a = p % A
        let t = p / A
        return Figures.riskReduced(scored, area: a, period: t, officers: officers)
            - Figures.communityImpact(scored, area: a, period: t, officers: officers)
    }

    private func candidate(_ p: Int, _ k: Int) -> Candidate? {
        guard model.unitColumn(p, force: k) != nil, units[p * F + k] < model.unitUpper[p * F + k] else { return nil }
        var current = officers(p)
        let before = value(p, current)
        current[k] += forces[k].unit
        let gain = value(p, current) - before
        return Candidate(gainPerOfficer: gain / Double(forces[k].unit), p: p, k: k, version: version[p])
    }

    private func push(_ p: Int, into heap: inout Heap<Candidate>) {
        for k in 0..<F {
            if let c = candidate(p, k), c.gainPerOfficer > 0 { heap.insert(c) }
        }
    }

    private func check(_ p: Int, _ k: Int) -> Check {
        guard model.unitColumn(p, force: k) != nil, units[p * F + k] < model.unitUpper[p * F + k] else {
            return .blocked
        }
        let a = p % A
        let t = p / A
        let u = forces[k].unit
        let policy = scored.scenario.policy
        if used[t * F + k] + u > scored.available[t][k] { return .blocked }
        if let most = scored.scenario.areas[a].maxOfficers, total[p] + u > most { return .blocked }
        guard forces[k].armed else { return .allowed }
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
    private func durationAllows(area a: Int, period t: Int, run: Int) -> Bool {
        let lo = max(0, t - run)
        let hi = min(T - 1, t + run)
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

    private mutating func add(_ p: Int, _ k: Int) {
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

    /// Adds the best unarmed units (then armed ones) until every minimum presence is met,
    /// where the constraints allow.
    private mutating func meetMinimums() {
        for p in 0..<(A * T) {
            let minimum = scored.scenario.areas[p % A].minOfficers
            while total[p] < minimum {
                var choice: (k: Int, gain: Double)?
                for pass in [false, true] {
                    for k in 0..<F where forces[k].armed == pass && check(p, k) == .allowed {
                        let gain = candidate(p, k)?.gainPerOfficer ?? -.infinity
                        if gain > (choice?.gain ?? -.infinity) || choice == nil { choice = (k, gain) }
                    }
                    if choice != nil { break }
                }
                guard let choice else { break }
                add(p, choice.k)
            }
        }
    }
}
