internal import PatrolPlanScenario
internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import PatrolPlanModel

/// The LP relaxation of model@2 in which only the chosen forces move: their unit counts are
/// continuous, every other force's counts and every armed-presence indicator are fixed at the
/// plan's values.
///
/// ``RosterCuts`` adds bounds that every integer roster satisfies, so that rounding a point of
/// this LP keeps model@2's constraints.
struct RestrictedRelaxation {
    let scored: ScoredScenario
    let model: PatrolModel
    /// Whether each force (scenario order) is chosen.
    let chosen: [Bool]
    /// The LP: the model's columns and rows, all continuous, with the cuts.
    let lp: MILP

    init(scored: ScoredScenario, model: PatrolModel, plan: UnitAllocation, chosen: [Bool]) {
        self.scored = scored
        self.model = model
        self.chosen = chosen
        let forces = scored.scenario.forces
        let F = model.forceCount
        var lp = model.milp
        for p in 0..<(scored.areaCount * scored.periodCount) {
            for k in 0..<F {
                guard let j = model.unitColumn(p, force: k) else { continue }
                lp.setKind(.continuous, ofColumn: j)
                if !chosen[k] {
                    let units = Double(plan.units[p * F + k])
                    lp.setBounds(lower: units, upper: units, ofColumn: j)
                }
            }
            let y = Int(model.indicatorColumn[p])
            if y >= 0 {
                let armed = zip(plan.officers(p, forces: forces), forces).contains { $0.0 > 0 && $0.1.armed } ? 1.0 : 0.0
                lp.setKind(.continuous, ofColumn: y)
                lp.setBounds(lower: armed, upper: armed, ofColumn: y)
            }
        }
        RosterCuts.apply(to: &lp, scored: scored, model: model, plan: plan, chosen: chosen)
        self.lp = lp
    }

    /// Columns of the chosen forces' unit counts at area-period `p`.
    func chosenColumns(_ p: Int) -> [Int] {
        (0..<model.forceCount).compactMap { chosen[$0] ? model.unitColumn(p, force: $0) : nil }
    }

    /// The expected units of the chosen forces in a solution `x` of ``lp`` (or of an LP built
    /// on it): values within ``DependentRounding/tolerance`` of an integer are made integral.
    func coverage(_ x: [Double]) -> CoverageTarget {
        let F = model.forceCount
        var units = [Double](repeating: 0, count: scored.areaCount * scored.periodCount * F)
        for (i, column) in model.unitColumn.enumerated() where column >= 0 && chosen[i % F] {
            let bounds = lp.columns[Int(column)]
            let value = min(max(bounds.lower, x[Int(column)]), bounds.upper)
            let whole = value.rounded()
            units[i] = abs(value - whole) <= DependentRounding.tolerance ? whole : value
        }
        return CoverageTarget(forceCount: F, units: units)
    }

    /// The optimum of ``lp`` and its objective value.
    func optimum(solver: any MILPSolver) throws(RosterError) -> (x: [Double], value: Double) {
        try Self.solve(lp, solver: solver, what: "the LP relaxation for the chosen forces")
    }

    /// The most spread point of ``lp``: first the most expected presence, each area-period's
    /// counted up to half a unit (`max Σ z`, `z_{a,t} ≤ ½`, `z_{a,t} ≤ Σ_k n_{a,t,k}` over the
    /// chosen forces), then, keeping that much, the best objective.
    func mostSpread(solver: any MILPSolver) throws(RosterError) -> [Double] {
        var first = MILP()
        first.maximize = true
        for column in lp.columns {
            first.addColumn(.init(lower: column.lower, upper: column.upper, kind: column.kind, objective: 0))
        }
        for i in lp.rows.indices {
            first.addRow(lower: lp.rows[i].lower, upper: lp.rows[i].upper, Array(lp.entries(ofRow: i)))
        }
        addPresence(to: &first, objective: 1)
        let reach = try Self.solve(first, solver: solver, what: "the most spread coverage").value

        var second = lp
        let columns = addPresence(to: &second, objective: 0)
        if !columns.isEmpty {
            second.addRow(lower: reach - 1e-7 * max(1, reach), columns.map { (column: $0, value: 1.0) })
        }
        return try Self.solve(second, solver: solver, what: "the most spread coverage").x
    }

    /// Adds `z_{a,t} ∈ [0, ½]` with `z ≤ Σ_k n_{a,t,k}` for every area-period with a chosen
    /// column; returns the new columns.
    @discardableResult
    private func addPresence(to milp: inout MILP, objective: Double) -> [Int] {
        var added: [Int] = []
        for p in 0..<(scored.areaCount * scored.periodCount) {
            let columns = chosenColumns(p)
            guard !columns.isEmpty else { continue }
            let z = milp.addColumn(.init(lower: 0, upper: 0.5, kind: .continuous, objective: objective))
            milp.addRow(upper: 0, [(column: z, value: 1.0)] + columns.map { (column: $0, value: -1.0) })
            added.append(z)
        }
        return added
    }

    private static func solve(_ lp: MILP, solver: any MILPSolver, what: String) throws(RosterError) -> (x: [Double], value: Double) {
        let result: SolverResult
        do {
            result = try solver.solve(lp, parameters: SolveParameters(), incumbent: nil, duals: nil)
        } catch {
            throw .solver(error)
        }
        guard result.termination == .optimal, let x = result.values, let value = result.objective else {
            throw .solver(.noSolution(result.termination, "\(what) ended \(result.termination.rawValue) without an optimum"))
        }
        return (x, value)
    }
}
