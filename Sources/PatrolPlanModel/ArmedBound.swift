internal import _PatrolPlanNumerics
internal import PatrolPlanScoring
internal import PatrolPlanScenario
/// Tight bounds on the armed officers of one area-period, for the big-M of the armed
/// indicator rows (model.md §4.7) and the armed unit columns.
///
/// GLPK accepts a binary within 1e-5 of an integer, so with `armed ≤ M y` and `M` the raw pool
/// (1,000,000) a `y` of 1e-6 lets an officer through with "no armed presence" and the plan
/// breaks the areas-per-period limit. `M` is therefore the smallest bound that cannot cut off an
/// optimal plan, the least of:
///
/// - the armed pools, the area's capacity and the CIA cap (as before);
/// - the local share (§4.10): `armed ≤ share / (1 − share) × unarmed`, with unarmed officers at
///   most their pools and the capacity;
/// - usefulness: the effect curve is flat after `8h` effective officers, and armed officers
///   carry a non-negative community impact, so more armed units of a force than saturate every
///   category it is effective in (or than the area's minimum needs) never raise the objective;
///   every other rule only gets easier with fewer armed officers.
enum ArmedBound {
    /// The most officers of armed force `k` worth placing at area `a`, period `t`: enough units
    /// to saturate the effect curve in every category with risk, or to meet the minimum alone.
    /// In officers (a whole number of units); ``SafeConversion/countLimit`` when unbounded.
    static func usefulOfficers(_ scored: ScoredScenario, area a: Int, period t: Int, force k: Int) -> Int {
        let scenario = scored.scenario
        let force = scenario.forces[k]
        let p = t * scored.areaCount + a
        let saturation = (EffectCurve.breakpoints.last ?? 0) * scored.presenceScale[p]
        var units = SafeConversion.count(Double(scored.minimum[p]) / Double(force.unit), rounding: .up)
        for category in Category.allCases where scored.risk[p * 3 + category.index] > 0 {
            let effect = force.effectiveness(category) * Double(force.unit)
            guard effect > 0 else { continue }
            units = max(units, SafeConversion.count(SafeConversion.ratio(saturation, effect), rounding: .up))
        }
        return saturatingMultiply(units, force.unit)
    }

    /// The most armed officers the local share allows beside every unarmed officer that can be
    /// at area `a`, period `t` (model.md §4.10); ``SafeConversion/countLimit`` when the share is 1.
    static func localShareOfficers(_ scored: ScoredScenario, area a: Int, period t: Int) -> Int {
        let scenario = scored.scenario
        let share = scenario.policy.armedMaxShare
        guard share < 1 else { return SafeConversion.countLimit }
        var unarmed = 0
        for (k, force) in scenario.forces.enumerated() where !force.armed {
            var officers = scored.available[t][k]
            if let cap = scored.capacity[t * scored.areaCount + a] { officers = min(officers, cap) }
            unarmed = saturatingAdd(unarmed, officers / force.unit * force.unit)
        }
        if let cap = scored.capacity[t * scored.areaCount + a] { unarmed = min(unarmed, cap) }
        return SafeConversion.count(
            SafeConversion.ratio(share, 1 - share) * Double(unarmed) + Tolerance.threshold, rounding: .down)
    }
}
