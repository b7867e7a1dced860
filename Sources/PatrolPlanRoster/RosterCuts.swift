internal import _PatrolPlanNumerics
internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import PatrolPlanScenario
internal import PatrolPlanModel

/// Cuts that every integer roster satisfies, added to the restricted relaxation so that
/// rounding a point of it cannot break model@2.
///
/// With the other forces fixed, each constraint of model@2 on the chosen forces bounds their
/// officers in one area-period or in one period. Dependent rounding keeps the chosen units in
/// each area-period, and in each period, between the floor and the ceiling of the target's,
/// so a bound that is a whole number of units holds for every draw. The cuts round the bounds
/// inward to whole units (`floor(hi / unit)`, `ceil(lo / unit)`); no integer roster is lost:
/// - always, per chosen force: its units in a period at most `floor(available / unit)`, and in
///   an area-period at most `floor((maxOfficers − fixed officers) / unit)`;
/// - when the chosen forces form a *group* whose officers are a whole multiple of one unit
///   (a single force, or unarmed forces all of unit 1), bounds on the group's officers: in
///   each area-period capacity, minimum presence and the local armed share (beside fixed armed
///   officers, a lower bound; for an armed force, an upper bound, with the assessment cap, and
///   at least one unit where the plan has it, so its armed presence pattern is kept); in each
///   period the overall armed share. Every constraint then holds for every draw.
///
/// Other mixes (an armed force with others, or units above 1 among several forces) keep only
/// the first cuts; their draws are verified and drawn again (docs/rosters.md).
enum RosterCuts {
    static func apply(to lp: inout MILP, scored: ScoredScenario, model: PatrolModel, plan: UnitAllocation, chosen: [Bool]) {
        let forces = scored.scenario.forces
        let policy = scored.scenario.policy
        let A = scored.areaCount
        let members = forces.indices.filter { chosen[$0] }
        let group = groupUnit(members.map { forces[$0] })
        let armedGroup = members.contains { forces[$0].armed }
        for t in 0..<scored.periodCount {
            var fixedTotal = 0
            var fixedArmed = 0
            for a in 0..<A {
                let p = t * A + a
                let (total, armed) = fixed(plan, p, forces: forces, chosen: chosen)
                fixedTotal += total
                fixedArmed += armed
                let capacity = scored.capacity[p]
                for k in members {
                    guard let j = model.unitColumn(p, force: k), let cap = capacity else { continue }
                    let room = units(atMost: Double(cap - total), unit: forces[k].unit)
                    lp.setBounds(lower: lp.columns[j].lower, upper: min(lp.columns[j].upper, Double(room)), ofColumn: j)
                }
                if let unit = group {
                    var range = (lo: Double(scored.minimum[p] - total), hi: capacity.map { Double($0 - total) } ?? .infinity)
                    let share = policy.armedMaxShare
                    if armedGroup {
                        // The plan's armed presence is kept (its indicator is fixed at 1).
                        if armed == 0, plan.officers(p, forces: forces).enumerated().contains(where: { chosen[$0.offset] && $0.element > 0 }) {
                            range.lo = max(range.lo, 1)
                        }
                        if let cap = scored.armedBasis[p]?.maxArmed { range.hi = min(range.hi, Double(cap - armed)) }
                        if share < 1 { range.hi = min(range.hi, (share * Double(total) - Double(armed)) / (1 - share)) }
                    } else if armed > 0, share > 0 {
                        range.lo = max(range.lo, Double(armed) / share - Double(total))
                    }
                    addRow(&lp, members.compactMap { model.unitColumn(p, force: $0) }, range, unit: unit)
                }
            }
            for k in members {
                let columns = (0..<A).compactMap { model.unitColumn(t * A + $0, force: k) }
                addRow(&lp, columns, (lo: 0, hi: Double(scored.available[t][k])), unit: forces[k].unit)
            }
            if let unit = group {
                let share = policy.armedMaxShareOverall
                var range = (lo: 0.0, hi: Double.infinity)
                if armedGroup, share < 1 {
                    range.hi = (share * Double(fixedTotal) - Double(fixedArmed)) / (1 - share)
                } else if !armedGroup, fixedArmed > 0, share > 0 {
                    range.lo = Double(fixedArmed) / share - Double(fixedTotal)
                }
                let columns = (0..<A).flatMap { a in members.compactMap { model.unitColumn(t * A + a, force: $0) } }
                addRow(&lp, columns, range, unit: unit)
            }
        }
    }

    /// The unit every chosen officer count is a multiple of, when rounding keeps the group's
    /// sums: one force (its unit), or unarmed forces of unit 1.
    static func groupUnit(_ forces: [Force]) -> Int? {
        if forces.count == 1 { return forces[0].unit }
        return forces.allSatisfy { !$0.armed && $0.unit == 1 } ? 1 : nil
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

    /// `ceil(lo / unit) ≤ Σ columns ≤ floor(hi / unit)`, when it says anything.
    private static func addRow(_ lp: inout MILP, _ columns: [Int], _ range: (lo: Double, hi: Double), unit: Int) {
        guard !columns.isEmpty else { return }
        let lo = units(atLeast: range.lo, unit: unit)
        let hi = units(atMost: range.hi, unit: unit)
        guard lo > 0 || hi < Int.max else { return }
        lp.addRow(
            lower: lo > 0 ? Double(lo) : -.infinity, upper: hi < Int.max ? Double(hi) : .infinity,
            columns.map { (column: $0, value: 1.0) })
    }

    /// Most whole units within `officers` (model.md §6 tolerance), at least 0.
    static func units(atMost officers: Double, unit: Int) -> Int {
        officers.isFinite ? Tolerance.floor(officers / Double(unit)) : Int.max
    }

    /// Fewest whole units reaching `officers`, at least 0.
    static func units(atLeast officers: Double, unit: Int) -> Int {
        SafeConversion.count(officers / Double(unit) - Tolerance.threshold, rounding: .up)
    }
}
