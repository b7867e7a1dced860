internal import PatrolPlanScoring

/// Branch and bound for ``AreaPeriodProblem``, with a deterministic work budget.
///
/// When the combinations of every force's units but the last fit in the budget they are all
/// enumerated (the last force by bisection), which is exact and cheapest. Otherwise:
///
/// The forces are fixed one at a time in a depth-first search (every force but the last; the
/// last is maximised by bisection, as before). A node — some forces fixed, effective presence
/// `e` — is bounded by
///
///     v(e) − cost + Σ_{j not fixed} max_{0 ≤ n ≤ cap_j} [v(e + Δ_j n) − v(e) − p_j n],
///
/// which is valid because `v` is a concave curve of a non-negative linear form per category:
/// the gain of several forces together is at most the sum of their gains alone (diminishing
/// returns), and dropping the coupling rules (minimum presence, shares) only raises it. The
/// children of a node are visited from the best number of that force alone at `e` downwards,
/// then upwards; above that number a child's bound can only fall, so the first child that
/// cannot beat the incumbent ends the upward sweep.
///
/// Work is counted in evaluations of `v`. The search is exact when it finishes within the
/// budget; otherwise every subtree it left is covered by its node's bound, and the result is the
/// larger of the incumbent and those bounds: a valid upper bound, so the Lagrangian bound built
/// from it stays valid. The work does not grow with pool sizes or capacities (each force's
/// best number is found by bisection) and is at most the budget whatever the number of forces.
extension AreaPeriodProblem {
    /// What ``search(prices:armed:budget:)`` found.
    struct Outcome {
        /// The subproblem's optimum when `exact`, else an upper bound on it.
        var value: Double
        /// The best units found (the incumbent), if any.
        var units: [Int]?
        /// Whether `value` is the optimum (the search finished within its budget).
        var exact: Bool
        /// Evaluations of `v` spent.
        var work: Int
    }

    /// Default work budget of one subproblem, in evaluations of `v` (about 0.3 ms).
    static let defaultWork = 16_384

    /// The best value and units with armed presence (`armed`) or without, by branch and bound
    /// within `budget` evaluations of `v`; nil when no units meet the local rules that way
    /// (proven: an unfinished search never returns nil while a subtree is open).
    func search(prices: [Double], armed: Bool, budget: Int = defaultWork) -> Outcome? {
        let K = forces.count
        guard K > 0 else { return minOfficers == 0 && !armed ? Outcome(value: 0, units: [], exact: true, work: 0) : nil }
        if armed && armedLimit <= 0 { return nil }
        let last = forces.lastIndex { !$0.armed } ?? (K - 1)
        let order = (0..<K).filter { $0 != last } + [last]
        let ranges = unitRanges(prices: prices, armed: armed)

        // Few combinations: enumerate them all, as cheap as it is exact.
        let leafWork = 2 * (Int.bitWidth - ranges[order[K - 1]].leadingZeroBitCount + 1)
        var combinations = 1
        for d in 0..<(K - 1) where combinations <= budget {
            let f = forces[order[d]]
            let most = min(ranges[order[d]], maxOfficers / f.unit, f.armed ? armedLimit / f.unit : Int.max)
            combinations = combinations.multipliedReportingOverflow(by: most + 1).overflow
                ? Int.max : combinations * (most + 1)
        }
        if combinations <= budget / max(1, leafWork) {
            return enumerate(prices: prices, armed: armed, order: order, ranges: ranges, leafWork: leafWork)
        }

        var work = 0
        var best: (value: Double, units: [Int])?
        var open = -Double.infinity
        // The relaxation bound, counted in evaluations of `v` (about as dear as a pass over the forces each).
        let relaxationWork = 4 * K
        var units = [Int](repeating: 0, count: K)

        func v(_ e: (Double, Double, Double)) -> Double {
            work += 1
            return value(e)
        }
        func shifted(_ e: (Double, Double, Double), _ k: Int, _ n: Int) -> (Double, Double, Double) {
            let f = forces[k].effect
            let d = Double(n)
            return (e.0 + f.0 * d, e.1 + f.1 * d, e.2 + f.2 * d)
        }
        /// Most units of `k` the node (total, armed officers) leaves room for.
        func cap(_ k: Int, total: Int, armedOfficers: Int) -> Int {
            let f = forces[k]
            if f.armed && !armed { return 0 }
            var most = min(ranges[k], max(0, maxOfficers - total) / f.unit)
            if f.armed { most = min(most, max(0, armedLimit - armedOfficers) / f.unit) }
            return max(0, most)
        }
        /// The best number of `k` alone at `e` within `0...most`, and its gain.
        func alone(_ k: Int, at e: (Double, Double, Double), base: Double, most: Int) -> (n: Int, gain: Double) {
            let price = prices[k]
            let n = argmax(lo: 0, hi: most) { n in v(shifted(e, k, n)) - price * Double(n) }
            return (n, v(shifted(e, k, n)) - price * Double(n) - base)
        }
        /// The node bound's optimistic part: the forces from `depth` on, each alone.
        func rest(_ depth: Int, _ e: (Double, Double, Double), base: Double, total: Int, armedOfficers: Int) -> Double {
            var sum = 0.0
            for d in depth..<K {
                let k = order[d]
                sum += max(0, alone(k, at: e, base: base, most: cap(k, total: total, armedOfficers: armedOfficers)).gain)
            }
            return sum
        }

        func visit(_ depth: Int, _ e: (Double, Double, Double), cost: Double, total: Int, armedOfficers: Int, bound: Double) {
            let k = order[depth]
            if depth == K - 1 {
                work += leafWork
                offerLast(k, e, cost: cost, total: total, armedOfficers: armedOfficers, armed: armed, prices: prices,
                          ranges: ranges, units: &units, best: &best)
                return
            }
            let force = forces[k]
            let most = min(ranges[k], max(0, maxOfficers - total) / force.unit,
                           force.armed ? max(0, armedLimit - armedOfficers) / force.unit : Int.max)
            let base = v(e)
            let start = alone(k, at: e, base: base, most: most).n
            /// Visits child `n`; returns its bound.
            func child(_ n: Int) -> Double {
                let officers = force.unit * n
                let d = Double(n)
                let e2 = shifted(e, k, n)
                let cost2 = cost + prices[k] * d
                let total2 = total + officers
                let armed2 = armedOfficers + (force.armed ? officers : 0)
                let here = v(e2)
                let b = here - cost2 + rest(depth + 1, e2, base: here, total: total2, armedOfficers: armed2)
                if b > (best?.value ?? -.infinity) {
                    units[k] = n
                    visit(depth + 1, e2, cost: cost2, total: total2, armedOfficers: armed2, bound: b)
                    units[k] = 0
                }
                return b
            }
            var n = start
            while n >= 0 {
                if work >= budget { open = max(open, bound); return }
                if bound <= (best?.value ?? -.infinity) { return }
                _ = child(n)
                n -= 1
            }
            n = start + 1
            while n <= most {
                if work >= budget { open = max(open, bound); return }
                if child(n) <= (best?.value ?? -.infinity) { break }
                n += 1
            }
        }

        let base = v((0, 0, 0))
        let rootBound = base + rest(0, (0, 0, 0), base: base, total: 0, armedOfficers: 0)
        visit(0, (0, 0, 0), cost: 0, total: 0, armedOfficers: 0, bound: rootBound)
        if open > (best?.value ?? -.infinity) {
            // Unfinished: the units' LP relaxation bounds every subtree left, and is much
            // tighter than the sum of gains alone when many forces cover the same risk.
            let caps = forces.indices.map { cap($0, total: 0, armedOfficers: 0) }
            open = min(open, relaxationBound(e: (0, 0, 0), caps: caps, prices: prices))
            work += relaxationWork
        }
        if let best {
            return Outcome(value: max(best.value, open), units: best.units, exact: open <= best.value, work: work)
        }
        return open > -.infinity ? Outcome(value: open, units: nil, exact: false, work: work) : nil
    }

    /// Every combination of the units of all forces but the last (at most `ranges`), the last
    /// by bisection: exact.
    private func enumerate(prices: [Double], armed: Bool, order: [Int], ranges: [Int], leafWork: Int) -> Outcome? {
        let K = forces.count
        var best: (value: Double, units: [Int])?
        var units = [Int](repeating: 0, count: K)
        var work = 0
        func visit(_ depth: Int, _ e: (Double, Double, Double), cost: Double, total: Int, armedOfficers: Int) {
            let k = order[depth]
            let force = forces[k]
            if depth == K - 1 {
                work += leafWork
                offerLast(k, e, cost: cost, total: total, armedOfficers: armedOfficers, armed: armed, prices: prices,
                          ranges: ranges, units: &units, best: &best)
                return
            }
            for n in 0...ranges[k] {
                let officers = force.unit * n
                if total + officers > maxOfficers { break }
                if force.armed && armedOfficers + officers > armedLimit { break }
                units[k] = n
                let d = Double(n)
                visit(
                    depth + 1, (e.0 + force.effect.0 * d, e.1 + force.effect.1 * d, e.2 + force.effect.2 * d),
                    cost: cost + prices[k] * d, total: total + officers,
                    armedOfficers: armedOfficers + (force.armed ? officers : 0))
            }
            units[k] = 0
        }
        visit(0, (0, 0, 0), cost: 0, total: 0, armedOfficers: 0)
        return best.map { Outcome(value: $0.value, units: $0.units, exact: true, work: work) }
    }

    /// The last force's best units given the others (``lastForce``): they become the
    /// incumbent `best` (with `units`) when they beat it.
    private func offerLast(
        _ k: Int, _ e: (Double, Double, Double), cost: Double, total: Int, armedOfficers: Int, armed: Bool,
        prices: [Double], ranges: [Int], units: inout [Int], best: inout (value: Double, units: [Int])?
    ) {
        guard let (n, value) = lastForce(
            k, e: e, total: total, armedOfficers: armedOfficers, armed: armed, price: prices[k], range: ranges[k])
        else { return }
        let objective = value - cost - prices[k] * Double(n)
        guard objective > (best?.value ?? -.infinity) else { return }
        units[k] = n
        best = (objective, units)
    }

    /// Units of each force that can be in an optimum (see ``AreaPeriodProblem``): up to the
    /// best number of that force alone, or what a lower bound needs.
    func unitRanges(prices: [Double], armed: Bool) -> [Int] {
        let armedForces = forces.filter(\.armed)
        let mostArmed = min(armedLimit, armedForces.reduce(0) { $0 + $1.unit * $1.upper })
        return forces.indices.map { k in
            let force = forces[k]
            if force.armed && !armed { return 0 }
            var need = (minOfficers + force.unit - 1) / force.unit
            if !force.armed && armed && share > 0 {
                need = max(need, Int(((1 - share) / share * Double(mostArmed) / Double(force.unit)).rounded(.up)))
            }
            if force.armed && armed { need = max(need, 1) }
            return min(force.upper, max(alone(k, price: prices[k]), need))
        }
    }
}

extension AreaPeriodProblem {
    /// An upper bound on `v(e + Σ_k effect_k n_k) − Σ_k price_k n_k` over real `0 ≤ n_k ≤ caps[k]`
    /// (the units' LP relaxation, with the local rules other than the caps dropped), so on the
    /// subproblem's optimum from a node at effective presence `e`. It is the LP's dual function
    ///
    ///     D(y) = Σ_c [y_c e_c + Σ_j width_cj (w_c slope_cj − y_c)⁺] + Σ_k caps_k (Σ_c effect_kc y_c − price_k)⁺
    ///
    /// at the `y ≥ 0` found by exact coordinate descent over its kinks (any `y ≥ 0` gives a
    /// valid bound; a few passes come close to the LP's value). Unlike the sum of each force's
    /// gain alone, it does not count the same risk once per force, which matters with many
    /// forces (docs/solver.md). Work: O(passes × 3 × (segments + forces) × forces).
    func relaxationBound(e: (Double, Double, Double), caps: [Int], prices: [Double]) -> Double {
        let weights = [weight.0, weight.1, weight.2]
        let base = [e.0, e.1, e.2]
        let effects = forces.map { [$0.effect.0, $0.effect.1, $0.effect.2] }
        let segments = EffectCurve.segmentCount
        let widths = (0..<segments).map { EffectCurve.segmentWidth($0, scale: scale) }
        let slopes = (0..<segments).map { EffectCurve.segmentSlope($0, scale: scale) }
        func dual(_ y: [Double]) -> Double {
            var total = 0.0
            for c in 0..<3 {
                total += y[c] * base[c]
                for j in 0..<segments { total += widths[j] * max(0, weights[c] * slopes[j] - y[c]) }
            }
            for k in forces.indices where caps[k] > 0 {
                let rate = effects[k][0] * y[0] + effects[k][1] * y[1] + effects[k][2] * y[2] - prices[k]
                if rate > 0 { total += Double(caps[k]) * rate }
            }
            return total
        }
        var y = [0.0, 0.0, 0.0]
        var best = dual(y)
        for _ in 0..<4 {
            let before = best
            for c in 0..<3 {
                var candidates = (0..<segments).map { weights[c] * slopes[$0] }
                for k in forces.indices where caps[k] > 0 && effects[k][c] > 0 {
                    var other = -prices[k]
                    for c2 in 0..<3 where c2 != c { other += effects[k][c2] * y[c2] }
                    candidates.append(-other / effects[k][c])
                }
                candidates.append(0)
                for candidate in candidates where candidate >= 0 && candidate != y[c] {
                    var trial = y
                    trial[c] = candidate
                    let value = dual(trial)
                    if value < best {
                        best = value
                        y = trial
                    }
                }
            }
            if best >= before - 1e-12 * max(1, abs(before)) { break }
        }
        return best
    }
}
