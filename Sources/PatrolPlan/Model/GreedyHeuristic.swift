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

    /// One candidate move: add a unit of force `k` at area-period `p`, with, for an armed
    /// unit, the unarmed escort (`escortUnits` units of force `escort`) the local armed share
    /// needs beside it.
    private struct Candidate: Comparable {
        var gainPerOfficer: Double
        var p: Int
        var k: Int
        var version: Int
        var escort: Int = -1
        var escortUnits: Int = 0

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
            for _ in 0..<best.escortUnits where check(p, best.escort) == .allowed {
                add(p, best.escort)
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
        improve()
        return units
    }

    // MARK: - Local search

    /// Improves the greedy plan period by period: move a unit of one force from the area where
    /// it is worth least to the area where it is worth most, add units the pool still has where
    /// they gain, and exchange units of two forces of equal unit size between two areas.
    /// Deterministic, and every move keeps every constraint.
    private mutating func improve(maxRounds: Int = 50) {
        let epsilon = 1e-9
        for t in 0..<T {
            for _ in 0..<maxRounds {
                var improved = false
                for k in 0..<F {
                    while let move = bestMove(period: t, force: k), move.gain > epsilon {
                        if let from = move.from { remove(from, k) }
                        if let to = move.to { add(to, k) }
                        improved = true
                    }
                }
                if A * A * F * F <= 250_000, exchange(period: t) { improved = true }
                if !improved { break }
            }
        }
    }

    /// A change of one unit of one force: from an area (or the spare pool, `nil`) to an area
    /// (or back to the pool, `nil`), with what it gains.
    private struct Move {
        var from: Int?
        var to: Int?
        var gain: Double
    }

    /// The best single move of one unit of force `k` within period `t`: into the area where it
    /// gains most, from the spare pool or from the area where it is worth least; or back to the
    /// pool where it costs more than it prevents.
    private func bestMove(period t: Int, force k: Int) -> Move? {
        var adds: [(p: Int, gain: Double)] = []
        var removes: [(p: Int, loss: Double)] = []
        let u = forces[k].unit
        for a in 0..<A {
            let p = t * A + a
            guard model.unitColumn(p, force: k) != nil else { continue }
            let here = officers(p)
            let base = value(p, here)
            if units[p * F + k] < model.unitUpper[p * F + k], addAllowedIgnoringPool(p, k) {
                var more = here
                more[k] += u
                Self.keepTwo(&adds, (p, value(p, more) - base), better: { $0.gain > $1.gain })
            }
            if units[p * F + k] > 0, removeAllowed(p, k) {
                var fewer = here
                fewer[k] -= u
                Self.keepTwo(&removes, (p, base - value(p, fewer)), better: { $0.loss < $1.loss })
            }
        }
        var best: Move?
        func consider(_ move: Move) {
            if move.gain > (best?.gain ?? 0) { best = move }
        }
        let spare = used[t * F + k] + u <= scored.available[t][k]
        for add in adds where spare && armedAllowsAdd(add.p, k) {
            consider(Move(from: nil, to: add.p, gain: add.gain))
        }
        for add in adds {
            for remove in removes where remove.p != add.p && armedAllowsAdd(add.p, k) {
                consider(Move(from: remove.p, to: add.p, gain: add.gain - remove.loss))
            }
        }
        for remove in removes {
            consider(Move(from: remove.p, to: nil, gain: -remove.loss))
        }
        return best
    }

    /// Keeps the two best entries of `list`.
    private static func keepTwo<E>(_ list: inout [E], _ entry: E, better: (E, E) -> Bool) {
        list.append(entry)
        list.sort(by: better)
        if list.count > 2 { list.removeLast() }
    }

    /// Exchanges one unit of force k1 at area a for one unit of force k2 at area b (equal unit
    /// sizes, so pools are unchanged) where that gains. Returns whether any exchange was made.
    private mutating func exchange(period t: Int) -> Bool {
        var any = false
        for k1 in 0..<F {
            for k2 in (k1 + 1)..<max(F, k1 + 1) where forces[k1].unit == forces[k2].unit
                && forces[k1].armed == forces[k2].armed
            {
                for a in 0..<A {
                    let pa = t * A + a
                    guard units[pa * F + k1] > 0 else { continue }
                    for b in 0..<A where b != a {
                        let pb = t * A + b
                        guard units[pb * F + k2] > 0, units[pa * F + k1] > 0,
                            model.unitColumn(pa, force: k2) != nil, model.unitColumn(pb, force: k1) != nil,
                            units[pa * F + k2] < model.unitUpper[pa * F + k2],
                            units[pb * F + k1] < model.unitUpper[pb * F + k1]
                        else { continue }
                        var oa = officers(pa)
                        var ob = officers(pb)
                        let before = value(pa, oa) + value(pb, ob)
                        let u = forces[k1].unit
                        oa[k1] -= u
                        oa[k2] += u
                        ob[k2] -= u
                        ob[k1] += u
                        if value(pa, oa) + value(pb, ob) > before + 1e-9 {
                            units[pa * F + k1] -= 1
                            units[pa * F + k2] += 1
                            units[pb * F + k2] -= 1
                            units[pb * F + k1] += 1
                            any = true
                        }
                    }
                }
            }
        }
        return any
    }

    /// Adding a unit of `k` at `p` keeps capacity and the armed rules (the pool is not checked).
    private func addAllowedIgnoringPool(_ p: Int, _ k: Int) -> Bool {
        if let most = scored.scenario.areas[p % A].maxOfficers, total[p] + forces[k].unit > most { return false }
        if forces[k].armed, armed[p] + forces[k].unit > model.armedLimit[p] { return false }
        return true
    }

    /// The armed rules (and the pool-free checks) allow adding a unit of `k` at `p`.
    private func armedAllowsAdd(_ p: Int, _ k: Int) -> Bool {
        guard forces[k].armed else { return addAllowedIgnoringPool(p, k) }
        var probe = self
        let t = p / A
        // Judge the add with the pool check relaxed: moves keep pool use unchanged.
        probe.used[t * F + k] -= forces[k].unit
        return probe.check(p, k) == .allowed
    }

    /// Removing a unit of `k` at `p` keeps minimum presence and the armed shares.
    private func removeAllowed(_ p: Int, _ k: Int) -> Bool {
        let u = forces[k].unit
        let t = p / A
        if total[p] - u < scored.scenario.areas[p % A].minOfficers { return false }
        if forces[k].armed { return true }
        let policy = scored.scenario.policy
        if Double(armed[p]) > policy.armedMaxShare * Double(total[p] - u) + Tolerance.threshold { return false }
        if Double(periodArmed[t]) > policy.armedMaxShareOverall * Double(periodTotal[t] - u) + Tolerance.threshold {
            return false
        }
        return true
    }

    private mutating func remove(_ p: Int, _ k: Int) {
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
        let u = forces[k].unit
        var current = officers(p)
        let before = value(p, current)
        current[k] += u
        guard forces[k].armed else {
            let gain = value(p, current) - before
            return Candidate(gainPerOfficer: gain / Double(u), p: p, k: k, version: version[p])
        }
        // Unarmed officers the local share (§4.10) needs beside the new armed unit.
        let share = scored.scenario.policy.armedMaxShare
        let needed = Double(armed[p] + u) / share - Double(total[p] + u)
        let extra = needed > Tolerance.threshold ? Int((needed - Tolerance.threshold).rounded(.up)) : 0
        guard extra > 0 else {
            let gain = value(p, current) - before
            return Candidate(gainPerOfficer: gain / Double(u), p: p, k: k, version: version[p])
        }
        let t = p / A
        var best: Candidate?
        for j in 0..<F where !forces[j].armed {
            let escortUnits = (extra + forces[j].unit - 1) / forces[j].unit
            let officers = escortUnits * forces[j].unit
            guard model.unitColumn(p, force: j) != nil,
                units[p * F + j] + escortUnits <= model.unitUpper[p * F + j],
                used[t * F + j] + officers <= scored.available[t][j]
            else { continue }
            var escorted = current
            escorted[j] += officers
            let gain = (value(p, escorted) - before) / Double(u + officers)
            if gain > (best?.gainPerOfficer ?? -.infinity) {
                best = Candidate(
                    gainPerOfficer: gain, p: p, k: k, version: version[p], escort: j, escortUnits: escortUnits)
            }
        }
        return best
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
