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
    /// Where armed presence may be planned (all eligible area-periods unless a pattern is set).
    private var armedMask: [Bool]?

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
    ///
    /// Two passes: a free greedy pass, then one restricted to the armed-presence pattern that
    /// an exact dynamic program per area picks from the first pass's armed values (the
    /// duration limits make armed presence a choice across periods). The better plan wins.
    /// Runs the greedy pass and local search with armed presence allowed only where
    /// `armedPattern` (indexed by area-period) is true.
    public mutating func run(armedPattern: [Bool]) -> [Int] {
        armedMask = armedPattern
        greedyPass()
        return units
    }

    public mutating func run(patternRounds: Int = 3) -> [Int] {
        let start = self
        greedyPass()
        var best = (units: units, value: totalValue())
        for _ in 0..<patternRounds {
            // Armed values are read off the best plan so far.
            guard let mask = armedPattern() else { break }
            self = start
            armedMask = mask
            greedyPass()
            let value = totalValue()
            guard value > best.value + 1e-9 else { break }
            best = (units, value)
        }
        return best.units
    }

    private func totalValue() -> Double {
        (0..<(A * T)).reduce(0) { $0 + value($1, officers($1)) }
    }

    private mutating func greedyPass() {
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
    }

    // MARK: - Armed-presence pattern

    /// For each area, the periods with armed presence that maximise the sum of armed values
    /// (estimated from the current plan) under the duration limits (§4.8): no run of more than
    /// `armedMaxConsecutivePeriods` periods and at most `armedMaxPeriodsPerArea` in all.
    private func armedPattern() -> [Bool]? {
        guard let k = (0..<F).first(where: { forces[$0].armed }) else { return nil }
        let policy = scored.scenario.policy
        let maxRun = min(policy.armedMaxConsecutivePeriods ?? T, T)
        let maxCount = min(policy.armedMaxPeriodsPerArea ?? T, T)
        var mask = [Bool](repeating: false, count: A * T)
        for a in 0..<A {
            let values = (0..<T).map { armedValue(t: $0 * A + a, force: k) }
            guard values.contains(where: { $0 > 0 }) else { continue }
            for t in Self.bestPattern(values, maxRun: maxRun, maxCount: maxCount) {
                mask[t * A + a] = true
            }
        }
        return mask
    }

    /// Unarmed officers the local share (§4.10) needs beside one more unit of armed force `k`
    /// at `p`, beyond those already there; 0 when none are needed.
    private func escortNeeded(_ p: Int, _ k: Int) -> Int {
        let u = forces[k].unit
        let needed = SafeConversion.ratio(Double(armed[p] + u), scored.scenario.policy.armedMaxShare) - Double(total[p] + u)
        return needed > Tolerance.threshold ? SafeConversion.count(needed - Tolerance.threshold, rounding: .up) : 0
    }

    /// The best value armed officers of force `k` add at `p`, beside the unarmed officers the
    /// current plan has there, within the cap, capacity and local share; 0 if none.
    private func armedValue(t p: Int, force k: Int) -> Double {
        guard model.unitColumn(p, force: k) != nil else { return 0 }
        var base = officers(p)
        for j in 0..<F where forces[j].armed { base[j] = 0 }
        let unarmed = base.reduce(0, +)
        let share = scored.scenario.policy.armedMaxShare
        let u = forces[k].unit
        let before = value(p, base)
        var best = 0.0
        var n = 1
        while n <= model.unitUpper[p * F + k] {
            let m = n * u
            if m > model.armedLimit[p] { break }
            if let most = scored.scenario.areas[p % A].maxOfficers, unarmed + m > most { break }
            if Double(m) > share * Double(unarmed + m) + Tolerance.threshold { break }
            var with = base
            with[k] = m
            best = max(best, value(p, with) - before)
            n += 1
        }
        return best
    }

    /// Periods to choose from `values` (all > 0 worth having) with no run longer than `maxRun`
    /// and at most `maxCount` chosen, maximising their sum: a dynamic program over (period,
    /// current run length, number chosen).
    static func bestPattern(_ values: [Double], maxRun: Int, maxCount: Int) -> [Int] {
        let T = values.count
        guard maxRun > 0, maxCount > 0, T > 0 else { return [] }
        // A limit that cannot bind is not tracked (its dimension collapses to one state).
        let trackRun = maxRun < T
        let trackCount = maxCount < T
        let runs = trackRun ? maxRun + 1 : 1
        let counts = trackCount ? maxCount + 1 : 1
        guard (T + 1) * runs * counts <= 4_000_000 else {
            // Too large to enumerate: keep every positive period; the greedy's checks enforce the limits.
            return values.indices.filter { values[$0] > 0 }
        }
        let nextRun = { (r: Int) in trackRun ? r + 1 : 0 }
        let nextCount = { (c: Int) in trackCount ? c + 1 : 0 }
        let unreachable = -Double.infinity
        // best[t][r][c]: the best sum over periods < t ending with a run of r, having chosen c.
        var best = [Double](repeating: unreachable, count: (T + 1) * runs * counts)
        var choice = [Int32](repeating: -1, count: (T + 1) * runs * counts)  // previous run length
        var taken = [Bool](repeating: false, count: (T + 1) * runs * counts)
        func at(_ t: Int, _ r: Int, _ c: Int) -> Int { (t * runs + r) * counts + c }
        best[at(0, 0, 0)] = 0
        for t in 0..<T {
            for r in 0..<runs {
                for c in 0..<counts where best[at(t, r, c)] > unreachable {
                    let here = best[at(t, r, c)]
                    if here > best[at(t + 1, 0, c)] {  // not chosen
                        best[at(t + 1, 0, c)] = here
                        choice[at(t + 1, 0, c)] = Int32(r)
                        taken[at(t + 1, 0, c)] = false
                    }
                    let (r1, c1) = (nextRun(r), nextCount(c))
                    if values[t] > 0, r1 < runs, c1 < counts, here + values[t] > best[at(t + 1, r1, c1)] {
                        best[at(t + 1, r1, c1)] = here + values[t]
                        choice[at(t + 1, r1, c1)] = Int32(r)
                        taken[at(t + 1, r1, c1)] = true
                    }
                }
            }
        }
        var end = (r: 0, c: 0)
        for r in 0..<runs {
            for c in 0..<counts where best[at(T, r, c)] > best[at(T, end.r, end.c)] {
                end = (r, c)
            }
        }
        var chosen: [Int] = []
        var (r, c) = end
        for t in stride(from: T, to: 0, by: -1) {
            let wasTaken = taken[at(t, r, c)]
            r = Int(choice[at(t, r, c)])
            if wasTaken {
                chosen.append(t - 1)
                if trackCount { c -= 1 }
            }
        }
        return chosen.reversed()
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
                for k in 0..<F where forces[k].armed {
                    while let move = bestEscortedArmedMove(period: t, force: k), move.gain > epsilon {
                        for _ in 0..<move.escortUnits {
                            if let from = move.escortFrom { remove(from, move.escort) }
                            add(move.to, move.escort)
                        }
                        if let from = move.from { remove(from, k) }
                        add(move.to, k)
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

    /// An armed unit placed where the local armed share needs more unarmed officers beside it.
    private struct EscortedMove {
        var from: Int?
        var to: Int
        var escort: Int
        var escortUnits: Int
        var escortFrom: Int?
        var gain: Double
    }

    /// The best move that adds a unit of armed force `k` at an area where the local share
    /// (§4.10) blocks it, together with the unarmed units it needs, each taken from the spare
    /// pool or from the area where that force is worth least.
    private func bestEscortedArmedMove(period t: Int, force k: Int) -> EscortedMove? {
        let u = forces[k].unit
        guard scored.scenario.policy.armedMaxShare > 0 else { return nil }
        // The cheapest donors of m units of each force (two, in case one is the receiver).
        let maxEscort = 8
        var donors = [[[(p: Int, loss: Double)]]](repeating: [], count: F)
        for j in 0..<F {
            donors[j] = (0...maxEscort).map { m in m == 0 ? [] : cheapestDonors(period: t, force: j, units: m) }
        }
        let armedSpare = used[t * F + k] + u <= scored.available[t][k]
        var best: EscortedMove?
        for b in 0..<A {
            let p = t * A + b
            guard model.unitColumn(p, force: k) != nil, units[p * F + k] < model.unitUpper[p * F + k],
                addAllowedIgnoringPool(p, k)
            else { continue }
            let extra = escortNeeded(p, k)
            guard extra > 0 else { continue }
            let base = value(p, officers(p))
            for j in 0..<F where !forces[j].armed {
                let escortUnits = (extra + forces[j].unit - 1) / forces[j].unit
                let escortOfficers = escortUnits * forces[j].unit
                guard model.unitColumn(p, force: j) != nil,
                    units[p * F + j] + escortUnits <= model.unitUpper[p * F + j],
                    total[p] + u + escortOfficers <= scored.scenario.areas[b].maxOfficers ?? Int.max
                else { continue }
                // The escort comes from the spare pool, or (one unit only) from the cheapest donor.
                var escortFrom: Int?
                var escortLoss = 0.0
                if used[t * F + j] + escortOfficers > scored.available[t][j] {
                    guard escortUnits <= maxEscort,
                        let donor = donors[j][escortUnits].first(where: { $0.p != p })
                    else { continue }
                    escortFrom = donor.p
                    escortLoss = donor.loss
                }
                var after = officers(p)
                after[k] += u
                after[j] += escortOfficers
                var gain = value(p, after) - base - escortLoss
                var from: Int?
                if !armedSpare {
                    guard let donor = donors[k][1].first(where: { $0.p != p && $0.p != escortFrom }) else { continue }
                    from = donor.p
                    gain -= donor.loss
                }
                guard gain > (best?.gain ?? 0) else { continue }
                // The armed rules at b once the escort stands beside it.
                var probe = self
                if let escortFrom {
                    for _ in 0..<escortUnits { probe.remove(escortFrom, j) }
                }
                for _ in 0..<escortUnits { probe.add(p, j) }
                if let from { probe.remove(from, k) }
                guard probe.check(p, k) == .allowed else { continue }
                best = EscortedMove(
                    from: from, to: p, escort: j, escortUnits: escortUnits, escortFrom: escortFrom, gain: gain)
            }
        }
        return best
    }

    /// The two areas where removing `m` units of force `j` in period `t` loses least.
    private func cheapestDonors(period t: Int, force j: Int, units m: Int) -> [(p: Int, loss: Double)] {
        var found: [(p: Int, loss: Double)] = []
        let officersOut = saturatingMultiply(m, forces[j].unit)
        let policy = scored.scenario.policy
        for a in 0..<A {
            let p = t * A + a
            guard units[p * F + j] >= m, total[p] - officersOut >= scored.scenario.areas[a].minOfficers else { continue }
            if !forces[j].armed {
                if Double(armed[p]) > policy.armedMaxShare * Double(total[p] - officersOut) + Tolerance.threshold {
                    continue
                }
            }
            var fewer = officers(p)
            fewer[j] -= officersOut
            Self.keepTwo(&found, (p, value(p, officers(p)) - value(p, fewer)), better: { $0.loss < $1.loss })
        }
        return found
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
        let extra = escortNeeded(p, k)
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
    private func durationAllows(area a: Int, period t: Int, run: Int) -> Bool {
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
