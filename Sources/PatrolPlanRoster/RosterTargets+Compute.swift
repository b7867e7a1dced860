internal import PatrolPlanMILP
internal import PatrolPlanResults

extension RosterTargets {
    /// Solves the restricted relaxation twice. `planValue` is the plan's objective.
    static func compute(
        _ relaxation: RestrictedRelaxation, plan: UnitAllocation, planValue: Double, solver: any MILPSolver
    ) throws(RosterError) -> RosterTargets {
        let optimum = try relaxation.optimum(solver: solver)
        let spread = relaxation.coverage(try relaxation.mostSpread(solver: solver))
        // The plan is one of the relaxation's optima when it is worth as much: keep it.
        if optimum.value <= planValue + 1e-9 * max(1, abs(planValue)) {
            let F = plan.forceCount
            let units = plan.units.enumerated().map { i, n in relaxation.chosen[i % F] ? Double(n) : 0 }
            return RosterTargets(
                optimum: CoverageTarget(forceCount: F, units: units), source: .plan,
                relaxationValue: optimum.value, spread: spread)
        }
        return RosterTargets(
            optimum: relaxation.coverage(optimum.x), source: .relaxation, relaxationValue: optimum.value,
            spread: spread)
    }
}
