/// Cuts that every integer roster satisfies, added to the restricted relaxation so that
/// rounding a point of it cannot break model@1.
///
/// With the other forces fixed, a constraint of model@1 on the chosen forces is a bound on
/// their officers in one area-period or in one period. Dependent rounding keeps each
/// area-period's units, and each period's total, between the floor and the ceiling of the
/// target's, so a bound that is a whole number of units is kept by every draw. The cuts round
/// bounds inward to whole units (`floor(hi / unit)`, `ceil(lo / unit)`), which removes no
/// integer roster:
/// - always, per chosen force: its units in a period at most `floor(available / unit)`, and in
///   an area-period at most `floor((maxOfficers − fixed officers) / unit)`;
/// - with a single chosen force, also: minimum presence and, for an unarmed force beside
///   fixed armed officers, the local armed share (lower bounds per area-period); for an armed
///   force the assessment cap and the local share (upper bounds per area-period); and the
///   overall armed share (a bound on the period's total). Every constraint is then kept by
///   rounding, so no draw fails verify.
///
/// Several chosen forces share the area-period bounds, which one force's cut cannot express;
/// for unarmed forces of unit 1 the area's sum is kept instead (docs/rosters.md), otherwise
/// draws are verified and drawn again.
enum RosterCuts {
    static func apply(to lp: inout MILP, scored: ScoredScenario, model: PatrolModel, plan: UnitAllocation, chosen: [Bool]) {
        let forces = scored.scenario.forces
        let policy = scored.scenario.policy
        let A = scored.areaCount
        let single = chosen.filter { $0 }.count == 1 ? chosen.firstIndex(of: true) : nil
        for t in 0..<scored.periodCount {
            var fixedTotal = 0
            var fixedArmed = 0
            for a in 0..<A {
                let p = t * A + a
                let (total, armed) = fixed(plan, p, forces: forces, chosen: chosen)
                fixedTotal += total
                fixedArmed += armed
                for (k, force) in forces.enumerated() where chosen[k] {
                    guard let j = model.unitColumn(p, force: k) else { continue }
                    var range = (lo: 0.0, hi: Double.infinity)
                    if let cap = scored.scenario.areas[a].maxOfficers { range.hi = Double(cap - total) }
                    if k == single {
                        range = areaPeriodBounds(range, force: force, p: p, area: scored.scenario.areas[a], total: total, armed: armed, scored: scored)
                    }
                    let column = lp.columns[j]
                    lp.setBounds(
                        lower: max(column.lower, Double(units(atLeast: range.lo, unit: force.unit))),
                        upper: min(column.upper, Double(units(atMost: range.hi, unit: force.unit))), ofColumn: j)
                }
            }
            for (k, force) in forces.enumerated() where chosen[k] {
                let entries = (0..<A).compactMap { a in model.unitColumn(t * A + a, force: k).map { (column: $0, value: 1.0) } }
                guard !entries.isEmpty else { continue }
                var range = (lo: 0.0, hi: Double(scored.available[t][k]))
                if k == single {
                    let share = policy.armedMaxShareOverall
                    // armed ≤ share × total for the period (§4.11), the others fixed.
                    if force.armed, share < 1 {
                        range.hi = min(range.hi, (share * Double(fixedTotal) - Double(fixedArmed)) / (1 - share))
                    } else if !force.armed, fixedArmed > 0, share > 0 {
                        range.lo = Double(fixedArmed) / share - Double(fixedTotal)
                    }
                }
                let lo = units(atLeast: range.lo, unit: force.unit)
                lp.addRow(lower: lo > 0 ? Double(lo) : -.infinity, upper: Double(units(atMost: range.hi, unit: force.unit)), entries)
            }
        }
    }

    /// Officers of the forces not chosen at area-period `p`: all, and armed.
    static func fixed(_ plan: UnitAllocation, _ p: Int, forces: [Force], chosen: [Bool]) -> (total: Int, armed: Int) {
        var total = 0
        var armed = 0
        for (k, n) in plan.officers(p, forces: forces).enumerated() where !chosen[k] {
            total += n
            if forces[k].armed { armed += n }
        }
        return (total, armed)
    }

    /// Bounds in officers on the only chosen force at one area-period (§4.4, 4.6, 4.10).
    private static func areaPeriodBounds(
        _ range: (lo: Double, hi: Double), force: Force, p: Int, area: Area, total: Int, armed: Int, scored: ScoredScenario
    ) -> (lo: Double, hi: Double) {
        var range = range
        let share = scored.scenario.policy.armedMaxShare
        range.lo = max(range.lo, Double(area.minOfficers - total))
        if force.armed {
            if let cap = scored.armedBasis[p]?.maxArmed { range.hi = min(range.hi, Double(cap - armed)) }
            if share < 1 { range.hi = min(range.hi, (share * Double(total) - Double(armed)) / (1 - share)) }
        } else if armed > 0, share > 0 {
            range.lo = max(range.lo, Double(armed) / share - Double(total))
        }
        return range
    }

    /// Most whole units within `officers` (model.md §6 tolerance), at least 0.
    static func units(atMost officers: Double, unit: Int) -> Int {
        officers.isFinite ? Tolerance.floor(officers / Double(unit)) : Int.max
    }

    /// Fewest whole units reaching `officers`, at least 0.
    static func units(atLeast officers: Double, unit: Int) -> Int {
        max(0, Int((officers / Double(unit) - Tolerance.threshold).rounded(.up)))
    }
}
