internal import HeapModule
internal import _PatrolPlanNumerics
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanModel

/// Local search on the greedy plan: single-unit moves between area-periods of one period, armed
/// moves with their escorts, and exchanges of one force for another (the `improve` step of
/// ``GreedyHeuristic/run(armedPattern:)``).
extension GreedyHeuristic {
    // MARK: - Local search

    /// Improves the greedy plan period by period: move a unit of one force from the area where
    /// it is worth least to the area where it is worth most, add units the pool still has where
    /// they gain, and exchange units of two forces of equal unit size between two areas.
    /// Deterministic, and every move keeps every constraint.
    mutating func improve(maxRounds: Int = 50) {
        let epsilon = 1e-9
        for t in 0..<T {
            for _ in 0..<maxRounds {
                if let stop, stop() {
                    stopped = true
                    return
                }
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
    struct Move {
        var from: Int?
        var to: Int?
        var gain: Double
    }

    /// The best single move of one unit of force `k` within period `t`: into the area where it
    /// gains most, from the spare pool or from the area where it is worth least; or back to the
    /// pool where it costs more than it prevents.
    func bestMove(period t: Int, force k: Int) -> Move? {
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
    struct EscortedMove {
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
    func bestEscortedArmedMove(period t: Int, force k: Int) -> EscortedMove? {
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
                    total[p] + u + escortOfficers <= scored.capacity[p] ?? Int.max
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
    func cheapestDonors(period t: Int, force j: Int, units m: Int) -> [(p: Int, loss: Double)] {
        var found: [(p: Int, loss: Double)] = []
        let officersOut = saturatingMultiply(m, forces[j].unit)
        let policy = scored.scenario.policy
        for a in 0..<A {
            let p = t * A + a
            guard units[p * F + j] >= m, aboveCommitment(p, j, units: m), total[p] - officersOut >= scored.minimum[p]
            else { continue }
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
    static func keepTwo<E>(_ list: inout [E], _ entry: E, better: (E, E) -> Bool) {
        list.append(entry)
        list.sort(by: better)
        if list.count > 2 { list.removeLast() }
    }

    /// Exchanges one unit of force k1 at area a for one unit of force k2 at area b (equal unit
    /// sizes, so pools are unchanged) where that gains. Returns whether any exchange was made.
    mutating func exchange(period t: Int) -> Bool {
        var any = false
        for k1 in 0..<F {
            for k2 in (k1 + 1)..<max(F, k1 + 1) where forces[k1].unit == forces[k2].unit
                && forces[k1].armed == forces[k2].armed
            {
                for a in 0..<A {
                    let pa = t * A + a
                    guard units[pa * F + k1] > 0, aboveCommitment(pa, k1) else { continue }
                    for b in 0..<A where b != a {
                        let pb = t * A + b
                        guard units[pb * F + k2] > 0, units[pa * F + k1] > 0, aboveCommitment(pb, k2),
                            aboveCommitment(pa, k1),
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
}
