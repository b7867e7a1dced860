internal import PatrolPlanScenario
internal import PatrolPlanResults
internal import PatrolPlanScoring

/// Draws one roster from a coverage target: for each period, ``DependentRounding`` on the
/// graph with the chosen forces on one side and the areas plus one "not deployed" vertex on the
/// other. Force `k`'s edge to area `a` carries its expected units there; its edge to "not
/// deployed" carries the rest of `floor(available / unit)`, so the force's vertex sums to a
/// whole number and its total is kept exactly.
///
/// What the rounding keeps, so what every roster inherits from the target (all exact, not
/// only in expectation):
/// - each force's units in each period: `floor(available / unit)` minus the rounded "not
///   deployed" edge, the target's total when that is whole (a binding pool), else its floor
///   or ceiling;
/// - the chosen forces' units together in a period (the "not deployed" vertex): floor or
///   ceiling of the target's;
/// - the chosen forces' units in an area-period: floor or ceiling of the target's.
///
/// The other forces keep the plan's officers.
struct RosterSampler {
    let scored: ScoredScenario
    /// The plan's units; the chosen forces' entries are replaced by each draw.
    let plan: UnitAllocation
    /// Indices of the chosen forces, in scenario order.
    let chosen: [Int]
    let target: CoverageTarget

    /// A roster: every period drawn.
    func draw(using rng: inout some RandomNumberGenerator) -> UnitAllocation {
        var roster = plan
        for t in 0..<scored.periodCount {
            draw(period: t, into: &roster, using: &rng)
        }
        return roster
    }

    /// Draws period `t` of `roster` afresh (the periods are independent).
    func draw(period t: Int, into roster: inout UnitAllocation, using rng: inout some RandomNumberGenerator) {
        let forces = scored.scenario.forces
        let A = scored.areaCount
        let F = plan.forceCount
        var edges: [DependentRounding.Edge] = []
        var slots: [Int] = []
        for (i, k) in chosen.enumerated() {
            var deployed = 0.0
            for a in 0..<A {
                let slot = (t * A + a) * F + k
                let expected = target.units[slot]
                roster.units[slot] = 0
                guard expected > 0 else { continue }
                edges.append(.init(left: i, right: a, value: expected))
                slots.append(slot)
                deployed += expected
            }
            let pool = Double(scored.available[t][k] / forces[k].unit)
            edges.append(.init(left: i, right: A, value: max(0, pool - deployed)))
            slots.append(-1)
        }
        let rounded = DependentRounding.round(edges, leftCount: chosen.count, rightCount: A + 1, using: &rng)
        for (e, slot) in slots.enumerated() where slot >= 0 {
            roster.units[slot] = rounded[e]
        }
    }
}
