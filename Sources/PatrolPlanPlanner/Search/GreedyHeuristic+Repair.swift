internal import HeapModule
internal import _PatrolPlanNumerics
public import PatrolPlanScoring
internal import PatrolPlanScenario

/// Repair of an allocation that keeps every rule local to an area but may break the rules
/// that couple areas — the pools (model.md §4.1), the overall armed share (§4.11) and the
/// number of armed areas (§4.9) — such as the master LP's heaviest pattern per area
/// (``ColumnGeneration``). Units are removed where they are worth least until those rules
/// hold, then the greedy pass fills what is left and the local search improves it.
extension GreedyHeuristic {
    /// A feasible plan near `start` (units per area-period and force, `p × forces + k`), or
    /// `nil` when removals that keep minimum presence and commitments cannot restore the
    /// coupling rules (or the heuristic was stopped).
    ///
    /// Work: each unit removed is found through a heap of the period's area-periods, so the
    /// repair is O(units removed × log(areas)) evaluations beyond one per area-period.
    public mutating func repair(from start: [Int]) -> [Int]? {
        for p in 0..<(A * T) {
            for k in 0..<F {
                for _ in 0..<start[p * F + k] { add(p, k) }
            }
        }
        let policy = scored.scenario.policy
        for t in 0..<T {
            let overShare = { (state: GreedyHeuristic) -> Bool in
                Double(state.periodArmed[t])
                    > policy.armedMaxShareOverall * Double(state.periodTotal[t]) + Tolerance.threshold
            }
            let armedForces = (0..<F).filter { forces[$0].armed }
            // Armed pools and the overall share first: removing armed officers helps both.
            for k in armedForces {
                guard removeCheapest(period: t, force: k, while: { $0.used[t * $0.F + k] > $0.scored.available[t][k] })
                else { return nil }
            }
            for k in armedForces {
                guard removeCheapest(period: t, force: k, while: overShare) else { return nil }
            }
            // Unarmed pools: where the overall share stops an unarmed unit leaving, an armed
            // unit leaves first.
            for k in 0..<F where !forces[k].armed {
                var guardSteps = 0
                while !removeCheapest(period: t, force: k, while: { $0.used[t * $0.F + k] > $0.scored.available[t][k] }) {
                    guardSteps += 1
                    let freed = armedForces.contains { j in
                        let before = used[t * F + j]
                        return removeCheapest(period: t, force: j, while: { $0.used[t * $0.F + j] == before })
                            && used[t * F + j] < before
                    }
                    guard freed, guardSteps <= A * T else { return nil }
                }
            }
            if let most = policy.armedMaxAreasPerPeriod {
                while periodArmedAreas[t] > most {
                    // The armed area-period whose armed officers are worth least goes unarmed.
                    var cheapest: (p: Int, loss: Double)?
                    for a in 0..<A where indicator[t * A + a] {
                        let p = t * A + a
                        var without = officers(p)
                        for k in 0..<F where forces[k].armed { without[k] = 0 }
                        let loss = value(p, officers(p)) - value(p, without)
                        if loss < cheapest?.loss ?? .infinity { cheapest = (p, loss) }
                    }
                    guard let cheapest else { return nil }
                    for k in 0..<F where forces[k].armed {
                        while units[cheapest.p * F + k] > 0 {
                            guard removeAllowed(cheapest.p, k) else { return nil }
                            remove(cheapest.p, k)
                        }
                    }
                }
            }
        }
        greedyPass()
        return stopped ? nil : units
    }

    /// Removes units of force `k` in period `t`, each where it is worth least (among removals
    /// that keep minimum presence, commitments and the shares), while `condition` holds.
    /// Returns false when it still holds and no unit may go.
    private mutating func removeCheapest(period t: Int, force k: Int, while condition: (GreedyHeuristic) -> Bool) -> Bool {
        guard condition(self) else { return true }
        struct Removal: Comparable {
            var loss: Double
            var p: Int
            var version: Int
            static func < (lhs: Removal, rhs: Removal) -> Bool {
                lhs.loss != rhs.loss ? lhs.loss < rhs.loss : lhs.p < rhs.p
            }
        }
        let u = forces[k].unit
        func removal(_ p: Int) -> Removal? {
            guard units[p * F + k] > 0 else { return nil }
            var less = officers(p)
            less[k] -= u
            return Removal(loss: value(p, officers(p)) - value(p, less), p: p, version: version[p])
        }
        var heap = Heap<Removal>()
        for a in 0..<A {
            if let r = removal(t * A + a) { heap.insert(r) }
        }
        while condition(self) {
            guard let next = heap.popMin() else { return false }
            if next.version != version[next.p] {
                if let fresh = removal(next.p) { heap.insert(fresh) }
                continue
            }
            guard removeAllowed(next.p, k) else { continue }
            remove(next.p, k)
            if let fresh = removal(next.p) { heap.insert(fresh) }
        }
        return true
    }
}
