internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import PatrolPlanScenario
internal import _PatrolPlanJSON
internal import PatrolPlanModel

/// Turns an allocation and its figures into a ``Plan`` with deterministic contents.
struct PlanAssembler {
    let scored: ScoredScenario
    let model: PatrolModel

    func plan(
        allocation: UnitAllocation, figures: PlanFigures, status: PlanStatus, bound: Double,
        lagrangianBound: Bool = false, result: SolverResult, solver: any MILPSolver, options: PlannerOptions,
        duals: (request: DualRequest, values: [Double])?, scenarioSHA256: String, warnings: [Diagnostic]
    ) -> Plan {
        let scenario = scored.scenario
        let forces = scenario.forces
        let accountability = Accountability(scored: scored, allocation: allocation)
        var allocations: [Plan.Allocation] = []
        for t in 0..<scored.periodCount {
            for a in 0..<scored.areaCount {
                let p = scored.index(area: a, period: t)
                let officers = allocation.officers(p, forces: forces)
                guard officers.contains(where: { $0 > 0 }) else { continue }
                allocations.append(Plan.Allocation(
                    area: scenario.areas[a].id,
                    period: scenario.periods[t].id,
                    officers: Dictionary(uniqueKeysWithValues: zip(forces.map(\.id), officers)),
                    risk: Dictionary(uniqueKeysWithValues: Category.allCases.map {
                        ($0.rawValue, Rounding.figure(scored.risk[p * 3 + $0.index]))
                    }),
                    riskReduced: Rounding.figure(figures.riskReduced[p]),
                    armedBasis: accountability.armed(p) > 0 ? accountability.basis(area: a, period: t) : nil,
                    commitments: scored.commitmentsByAreaPeriod[p].isEmpty
                        ? nil : scored.commitmentsByAreaPeriod[p].map { scenario.commitments[$0].id }))
            }
        }
        let value = figures.value
        let gap = relativeGap(value: value, bound: bound)
        return Plan(
            scenario: .init(
                name: scenario.name, sha256: scenarioSHA256,
                uplifts: scored.uplifts.isEmpty ? nil : scored.uplifts.map(\.description)),
            status: status,
            objective: .init(
                value: Rounding.figure(value),
                riskReduction: Rounding.figure(figures.riskReduction),
                communityImpact: Rounding.figure(figures.communityImpact),
                bound: Rounding.figure(bound),
                gap: Rounding.ratio(gap)),
            solver: .init(
                name: solver.name, version: solver.version, seconds: Rounding.seconds(result.seconds),
                nodes: result.nodes, termination: Self.planTermination(result.termination), gapTolerance: options.gap,
                nodeLimit: options.nodeLimit, boundSource: lagrangianBound ? "lagrangian" : nil),
            allocations: allocations,
            marginalValues: marginalValues(duals),
            warnings: (warnings + PlanningWarnings.scenario(scored) + accountability.unusedForces()).map(\.description),
            policy: accountability.policySummary())
    }

    /// Pool duals by force and period; 0 where the pool cannot bind.
    private func marginalValues(_ duals: (request: DualRequest, values: [Double])?) -> [String: [String: Double]] {
        let scenario = scored.scenario
        var byRow: [Int: Double] = [:]
        if let duals, duals.values.count == duals.request.rows.count {
            for (row, value) in zip(duals.request.rows, duals.values) {
                byRow[row] = value
            }
        }
        var result: [String: [String: Double]] = [:]
        for (k, force) in scenario.forces.enumerated() {
            var perPeriod: [String: Double] = [:]
            for (t, period) in scenario.periods.enumerated() {
                let row = Int(model.poolRow[t * model.forceCount + k])
                perPeriod[period.id] = Rounding.figure(max(0, row >= 0 ? byRow[row] ?? 0 : 0))
            }
            result[force.id] = perPeriod
        }
        return result
    }

    /// The solver's termination as plan@1 records it.
    static func planTermination(_ termination: Termination) -> Plan.SolverInfo.Termination {
        switch termination {
        case .optimal: .optimal
        case .workLimit: .workLimit
        case .timeLimit: .timeLimit
        case .interrupted: .interrupted
        case .infeasible: .infeasible
        case .failed: .failed
        }
    }
}
