internal import _PatrolPlanNumerics
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import PatrolPlanScenario

/// One area-period of model@1 on its own, with prices on the officers it uses: the subproblem of
/// ``LagrangianBound``. Solved over integer deployment units: exactly within a work budget, else
/// bounded from above.
///
/// Maximise `v(n) − Σ_k price_k × n_k` over units `n_k ∈ [0, upper_k]` subject to the rules local
/// to the area-period: capacity and minimum presence (§4.3–4.4), the armed limit (CIA cap and
/// eligibility, §4.5–4.6), the local armed share (§4.10), and armed presence exactly when
/// `armed` is asked for (§4.7). `v` is the area-period's objective term (§3).
///
/// Exactness: `v` is concave and submodular in `n` (a concave curve of a non-negative linear
/// form per category), so no optimum uses more units of force `k` than the best number of `k`
/// alone, except to meet a lower bound (minimum presence, or unarmed officers beside armed ones
/// for the share): every force but the last is searched up to that number by branch and bound
/// (AreaPeriodSearch.swift), and the last is maximised by bisection on its (non-increasing)
/// marginal gain.
struct AreaPeriodProblem {
    package struct Force {
        var unit: Int
        var armed: Bool
        /// `eff_{k,c} × unit_k` per category.
        var effect: (Double, Double, Double)
        /// Units available here (`n_k ≤ upper`).
        var upper: Int
    }

    var forces: [Force]
    /// `hours × R_c` per category.
    var weight: (Double, Double, Double)
    var scale: Double
    var minOfficers: Int
    var maxOfficers: Int
    /// Most armed officers here (0: none allowed).
    var armedLimit: Int
    /// Local armed share (§4.10).
    var share: Double

    /// `v(n)`'s risk part for effective presences `e`.
    @inline(__always)
    func value(_ e: (Double, Double, Double)) -> Double {
        var total = 0.0
        if weight.0 > 0 { total += weight.0 * EffectCurve.share(effectivePresence: e.0, scale: scale) }
        if weight.1 > 0 { total += weight.1 * EffectCurve.share(effectivePresence: e.1, scale: scale) }
        if weight.2 > 0 { total += weight.2 * EffectCurve.share(effectivePresence: e.2, scale: scale) }
        return total
    }

    /// The best value and units, with armed presence (`armed`) or without; nil when no units
    /// meet the local rules that way. By branch and bound within `budget` evaluations of `v`
    /// (``search(prices:armed:budget:)``): the optimum when the search finishes, else a valid
    /// upper bound on it with the best units found (nil units when none were found yet).
    func solve(prices: [Double], armed: Bool, budget: Int = defaultWork) -> (value: Double, units: [Int]?)? {
        search(prices: prices, armed: armed, budget: budget).map { ($0.value, $0.units) }
    }

    /// The best number of units of force `k` alone, at `price` per unit.
    func alone(_ k: Int, price: Double) -> Int {
        let f = forces[k]
        return argmax(lo: 0, hi: f.upper) { n in
            let d = Double(n)
            return value((f.effect.0 * d, f.effect.1 * d, f.effect.2 * d)) - price * d
        }
    }

    /// The best units of the last force given the others, within the local rules.
    func lastForce(
        _ k: Int, e: (Double, Double, Double), total: Int, armedOfficers: Int, armed: Bool, price: Double, range: Int
    ) -> (Int, Double)? {
        let f = forces[k]
        let u = f.unit
        var lo = max(0, ceilDiv(minOfficers - total, u))
        var hi = min(range, (maxOfficers - total) / u)
        if f.armed {
            if !armed { hi = min(hi, 0) }
            hi = min(hi, (armedLimit - armedOfficers) / u)
            if armed { lo = max(lo, armedOfficers > 0 ? 0 : 1) }
            // (1 − s) × armed ≤ s × unarmed, with unarmed fixed at total − armedOfficers.
            let unarmed = Double(total - armedOfficers)
            if share < 1 {
                let most = (share * unarmed / (1 - share) + 1e-9 - Double(armedOfficers)) / Double(u)
                hi = min(hi, most < 0 ? -1 : SafeConversion.count(most, rounding: .down))
            }
        } else {
            if armed && armedOfficers == 0 { return nil }
            if armedOfficers > 0 {
                guard share > 0 else { return nil }
                let unarmed = Double(total - armedOfficers)
                let need = (SafeConversion.ratio((1 - share) * Double(armedOfficers), share) - 1e-9 - unarmed) / Double(u)
                lo = max(lo, SafeConversion.count(need, rounding: .up))
            }
        }
        guard lo <= hi else { return nil }
        let n = argmax(lo: lo, hi: hi) { n in
            let d = Double(n)
            return value((e.0 + f.effect.0 * d, e.1 + f.effect.1 * d, e.2 + f.effect.2 * d)) - price * d
        }
        let d = Double(n)
        return (n, value((e.0 + f.effect.0 * d, e.1 + f.effect.1 * d, e.2 + f.effect.2 * d)))
    }

    private func ceilDiv(_ a: Int, _ b: Int) -> Int {
        a <= 0 ? 0 : (a + b - 1) / b
    }
}

/// The smallest maximiser of a concave function on `lo...hi`, by bisection on its differences.
func argmax(lo: Int, hi: Int, _ f: (Int) -> Double) -> Int {
    var a = lo
    var b = hi
    while a < b {
        let m = a + (b - a) / 2
        if f(m + 1) > f(m) { a = m + 1 } else { b = m }
    }
    return a
}
