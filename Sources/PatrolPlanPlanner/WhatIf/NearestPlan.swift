internal import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import _PatrolPlanJSON
internal import PatrolPlanModel
internal import PatrolPlanScenario

extension Planner {
    /// The plan for `scored` that moves the fewest officers from `base` among those worth at
    /// least as much as `variant` allows within the gap: a lexicographic second solve.
    ///
    /// `variant` is a plan for `scored` with its proven bound. Among allocations whose value is
    /// at least `min(variant.value, bound − gap × max(1, |bound|))` — no loss of value beyond
    /// the requested gap — the solver minimises the officers changed from `base`,
    /// `Σ_{a,t,k} unit_k × |x_{a,t,k} − base_{a,t,k}|` (in units `x`, linearised with one
    /// deviation column and two rows per unit column). So a comparison lists only the changes
    /// the variant needs, not reshuffles between near-equal plans. The search starts from
    /// `variant` (feasible by construction); the bound stays `variant`'s, which the extra rows
    /// cannot raise.
    public func planNear(
        _ scored: ScoredScenario, base: Plan, variant: Plan, scenarioSHA256: String, warnings: [Diagnostic] = []
    ) throws(PlanningError) -> Plan {
        let model = ModelBuilder.build(scored)
        let forces = scored.scenario.forces
        let F = forces.count
        let baseUnits = UnitAllocation(plan: base, scored: scored).units
        let variantUnits = UnitAllocation(plan: variant, scored: scored).units
        let bound = variant.objective.bound
        let floor = min(variant.objective.value, bound - options.gap * max(1, abs(bound)))
        var milp = model.milp
        let objective = milp.columns.indices.compactMap { j -> (column: Int, value: Double)? in
            milp.columns[j].objective == 0 ? nil : (j, milp.columns[j].objective)
        }
        // The solver's feasibility tolerance, so that the variant itself always qualifies.
        milp.addRow(lower: floor - 1e-7 * max(1, abs(floor)), upper: .infinity, objective)
        for j in milp.columns.indices { milp.setObjective(0, ofColumn: j) }
        milp.maximize = false
        var start = model.columnValues(variantUnits, scored: scored)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            for k in 0..<F {
                guard let column = model.unitColumn(p, force: k) else { continue }
                let b = Double(baseUnits[p * F + k])
                let d = milp.addColumn(MILP.Column(lower: 0, upper: .infinity, kind: .continuous, objective: Double(forces[k].unit)))
                milp.addRow(lower: -b, upper: .infinity, [(d, 1), (column, -1)])
                milp.addRow(lower: b, upper: .infinity, [(d, 1), (column, 1)])
                start.append(abs(start[column] - b))
            }
        }
        let result: SolverResult
        do {
            result = try solver.solve(milp, parameters: options.parameters, incumbent: start, duals: nil)
        } catch {
            throw .solver(error)
        }
        // Keep the variant when the search found nothing nearer (or nothing at all).
        var values = start
        if let found = result.values, let moved = result.objective, moved < milp.objectiveValue(start),
            milp.maxViolation(found) <= 1e-6
        {
            values = found
        }
        let allocation = UnitAllocation(columnValues: Array(values.prefix(model.milp.columns.count)), model: model, scored: scored)
        let figures = PlanFigures(allocation, scored: scored)
        let status: PlanStatus = relativeGap(value: figures.value, bound: max(bound, figures.value)) <= options.gap * (1 + 1e-9)
            ? .optimal : .feasible
        let plan = PlanAssembler(scored: scored, model: model).plan(
            allocation: allocation, figures: figures, status: status, bound: max(bound, figures.value),
            lagrangianBound: variant.solver.boundSource == "lagrangian", result: result, solver: solver, options: options,
            duals: nil, scenarioSHA256: scenarioSHA256, warnings: warnings)
        let violations = PlanVerifier.verify(plan, against: scored)
        guard violations.isEmpty else { throw .verificationFailed(violations) }
        return plan
    }
}
