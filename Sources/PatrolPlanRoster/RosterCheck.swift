internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import PatrolPlanScenario

/// A roster checked the way `patrolplan verify` checks a plan: written out as a plan@1
/// document (the plan's header, the roster's allocations and figures) and given to
/// ``PlanVerifier``, which recomputes every constraint of model@2 from the scenario alone.
enum RosterCheck {
    /// The roster as a plan@1 document (status `feasible`, the plan's bound).
    static func plan(_ allocation: UnitAllocation, figures: PlanFigures, base: Plan, scored: ScoredScenario) -> Plan {
        let scenario = scored.scenario
        let forceIDs = scenario.forces.map(\.id)
        var allocations: [Plan.Allocation] = []
        for t in 0..<scored.periodCount {
            for a in 0..<scored.areaCount {
                let p = scored.index(area: a, period: t)
                let officers = allocation.officers(p, forces: scenario.forces)
                guard officers.contains(where: { $0 > 0 }) else { continue }
                let risk = Category.allCases.map { ($0.rawValue, Rounding.figure(scored.risk[p * 3 + $0.index])) }
                allocations.append(Plan.Allocation(
                    area: scenario.areas[a].id, period: scenario.periods[t].id,
                    officers: Dictionary(uniqueKeysWithValues: zip(forceIDs, officers)),
                    risk: Dictionary(uniqueKeysWithValues: risk),
                    riskReduced: Rounding.figure(figures.riskReduced[p]), armedBasis: nil))
            }
        }
        var plan = base
        plan.status = .feasible
        plan.allocations = allocations
        let bound = max(base.objective.bound, figures.value)
        plan.objective = .init(
            value: Rounding.figure(figures.value), riskReduction: Rounding.figure(figures.riskReduction),
            communityImpact: Rounding.figure(figures.communityImpact), bound: Rounding.figure(bound),
            gap: Rounding.ratio(relativeGap(value: figures.value, bound: bound)))
        plan.policy = nil
        return plan
    }

    /// Every way the roster breaks model@2 (none for a valid roster).
    static func violations(_ allocation: UnitAllocation, figures: PlanFigures, base: Plan, scored: ScoredScenario) -> [Violation] {
        PlanVerifier.verify(plan(allocation, figures: figures, base: base, scored: scored), against: scored)
    }
}
