internal import _PatrolPlanNumerics
internal import PatrolPlanMILP
internal import HeapModule
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanModel

/// A fast primal heuristic for ``PatrolModel``: meet every minimum presence, then add one
/// deployment unit at a time where it gains most per officer, respecting every constraint of
/// model.md §4. Its plan is handed to the solver as the first incumbent.
public struct GreedyHeuristic {
    let scored: ScoredScenario
    let model: PatrolModel
    let forces: [Force]
    let F: Int
    let A: Int
    let T: Int
    var units: [Int]
    var armed: [Int]
    var total: [Int]
    var used: [Int]
    var periodArmed: [Int]
    var periodTotal: [Int]
    var indicator: [Bool]
    var areaArmedPeriods: [Int]
    var periodArmedAreas: [Int]
    var version: [Int]
    /// Committed units per area-period and force (model.md §4.12): never removed.
    let floorUnits: [Int]
    /// Where armed presence may be planned (all eligible area-periods unless a pattern is set).
    var armedMask: [Bool]?
    /// Asked between steps (every few hundred units, every period of the local search): when
    /// it says stop, the plan so far is returned — every step keeps every constraint.
    public var stop: (() -> Bool)?
    var stopped = false

    /// One candidate move: add a unit of force `k` at area-period `p`, with, for an armed
    /// unit, the unarmed escort (`escortUnits` units of force `escort`) the local armed share
    /// needs beside it.
    struct Candidate: Comparable {
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
        let forces = self.forces
        floorUnits = (0..<(P * F)).map { scored.committed[$0] / forces[$0 % forces.count].unit }
    }

    /// Runs the greedy pass and local search with armed presence allowed only where
    /// `armedPattern` (indexed by area-period) is true.
    ///
    /// - Returns: units per area-period and force (`p × forces + k`).
    public mutating func run(armedPattern: [Bool]) -> [Int] {
        armedMask = armedPattern
        greedyPass()
        return units
    }

    /// Runs the heuristic: a free greedy pass, then up to `patternRounds` passes restricted to
    /// the armed-presence pattern that an exact dynamic programme per area (``ArmedPattern``)
    /// picks from the best plan's armed values (the duration limits make armed presence a
    /// choice across periods). The best plan wins; rounds stop once one does not improve.
    ///
    /// - Returns: units per area-period and force (`p × forces + k`).
    public mutating func run(patternRounds: Int = 3) -> [Int] {
        let start = self
        greedyPass()
        var best = (units: units, value: totalValue())
        for _ in 0..<patternRounds {
            // Armed values are read off the best plan so far.
            guard !stopped, let mask = armedPattern() else { break }
            self = start
            armedMask = mask
            greedyPass()
            let value = totalValue()
            guard value > best.value + 1e-9 else { break }
            best = (units, value)
        }
        return best.units
    }

    func totalValue() -> Double {
        (0..<(A * T)).reduce(0) { $0 + value($1, officers($1)) }
    }

    mutating func greedyPass() {
        placeCommitments()
        meetMinimums()
        var heap = Heap<Candidate>()
        for p in 0..<(A * T) {
            push(p, into: &heap)
        }
        var blockedByOverallShare = [[Candidate]](repeating: [], count: T)
        var steps = 0
        while let best = heap.popMax() {
            steps += 1
            if steps % 256 == 0, let stop, stop() {
                stopped = true
                return
            }
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
    func armedPattern() -> [Bool]? {
        guard let k = (0..<F).first(where: { forces[$0].armed }) else { return nil }
        let policy = scored.scenario.policy
        let maxRun = min(policy.armedMaxConsecutivePeriods ?? T, T)
        let maxCount = min(policy.armedMaxPeriodsPerArea ?? T, T)
        var mask = [Bool](repeating: false, count: A * T)
        for a in 0..<A {
            let values = (0..<T).map { armedValue(t: $0 * A + a, force: k) }
            let committed = (0..<T).map { committedArmed($0 * A + a) }
            guard values.contains(where: { $0 > 0 }) || committed.contains(true) else { continue }
            // Committed armed presence (§4.12) is not a choice.
            let choices = zip(values, committed).map { value, committed in
                committed ? (unarmed: -Double.infinity, armed: max(value, 0)) : (unarmed: 0.0, armed: value > 0 ? value : -Double.infinity)
            }
            guard let pattern = ArmedPattern.best(choices, maxRun: maxRun, maxCount: maxCount) else { continue }
            for t in 0..<T where pattern.armed[t] {
                mask[t * A + a] = true
            }
        }
        return mask
    }

    /// Unarmed officers the local share (§4.10) needs beside one more unit of armed force `k`
    /// at `p`, beyond those already there; 0 when none are needed.
    func escortNeeded(_ p: Int, _ k: Int) -> Int {
        let u = forces[k].unit
        let needed = SafeConversion.ratio(Double(armed[p] + u), scored.scenario.policy.armedMaxShare) - Double(total[p] + u)
        return needed > Tolerance.threshold ? SafeConversion.count(needed - Tolerance.threshold, rounding: .up) : 0
    }

    /// The best value armed officers of force `k` add at `p`, beside the unarmed officers the
    /// current plan has there, within the cap, capacity and local share; 0 if none.
    func armedValue(t p: Int, force k: Int) -> Double {
        guard model.unitColumn(p, force: k) != nil else { return 0 }
        var base = officers(p)
        for j in 0..<F where forces[j].armed { base[j] = 0 }
        let unarmed = base.reduce(0, +)
        let share = scored.scenario.policy.armedMaxShare
        let u = forces[k].unit
        let before = value(p, base)
        // The most units the cap, capacity and local share allow (each a limit that, once
        // broken, stays broken), then the best number by bisection: the value is concave in
        // them, so the work does not grow with the pool.
        var hi = min(model.unitUpper[p * F + k], model.armedLimit[p] / u)
        if let most = scored.capacity[p] { hi = min(hi, (most - unarmed) / u) }
        let shareAllows = { (n: Int) in Double(n * u) <= share * Double(unarmed + n * u) + Tolerance.threshold }
        hi = argmax(lo: 0, hi: max(0, hi)) { n in shareAllows(n) ? Double(n) : -1 }
        guard hi >= 1, shareAllows(hi) else { return 0 }
        func gain(_ n: Int) -> Double {
            var with = base
            with[k] = n * u
            return value(p, with) - before
        }
        return max(0, gain(argmax(lo: 1, hi: hi, gain)))
    }

    func candidate(_ p: Int, _ k: Int) -> Candidate? {
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

    func push(_ p: Int, into heap: inout Heap<Candidate>) {
        for k in 0..<F {
            if let c = candidate(p, k), c.gainPerOfficer > 0 { heap.insert(c) }
        }
    }

    /// Whether a commitment puts armed officers at `p`.
    func committedArmed(_ p: Int) -> Bool {
        (0..<F).contains { forces[$0].armed && floorUnits[p * F + $0] > 0 }
    }

    /// Places every committed unit (model.md §4.12) before anything else: a commitment is a
    /// planner's decision, so it is placed even where a rule would not let the greedy choose
    /// it (the model is then infeasible, and the plan's verification says why).
    mutating func placeCommitments() {
        for p in 0..<(A * T) {
            for k in 0..<F {
                let floor = min(floorUnits[p * F + k], model.unitUpper[p * F + k])
                while units[p * F + k] < floor { add(p, k) }
            }
        }
    }

    /// Adds the best unarmed units (then armed ones) until every minimum presence is met,
    /// where the constraints allow.
    mutating func meetMinimums() {
        for p in 0..<(A * T) {
            let minimum = scored.minimum[p]
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
