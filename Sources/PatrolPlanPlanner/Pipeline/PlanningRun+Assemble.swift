internal import Foundation
internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import _PatrolPlanJSON
internal import PatrolPlanModel

extension PlanningRun {
    /// Stage 6: the outcome of `result`. The figures are recomputed from the integer
    /// allocation and must agree with the solver's objective (model.md §6); a search that
    /// stopped short of the gap gets the Lagrangian bound; the plan@1 value is assembled and
    /// then checked by ``PlanVerifier``, which shares no code with the model builder.
    ///
    /// - Throws: ``PlanningError`` when the solver failed, the figures disagree or the plan
    ///   breaks model@2 (internal errors, never a written plan).
    mutating func assemble(
        _ result: SolverResult, scenarioSHA256: String, warnings: [Diagnostic]
    ) throws(PlanningError) -> PlanningOutcome {
        var outcome = PlanningOutcome(
            status: .noSolution, plan: nil, termination: result.termination, timings: timings,
            heuristicValue: incumbents.value, incumbentAccepted: result.incumbentAccepted,
            columns: model.milp.columns.count, rows: model.milp.rows.count,
            integerColumns: model.milp.columns.filter { $0.kind != .continuous }.count)
        if result.termination == .failed {
            throw .solver(.noSolution(result.termination, result.message ?? "the solver failed"))
        }
        var values = result.values
        var objective = result.objective
        // A limit can end the search before the solver took up our incumbent: keep the better.
        if let x = incumbents.values, let value = incumbents.value, value > (objective ?? -.infinity),
            result.termination != .infeasible
        {
            values = x
            objective = value
        }
        guard let values, let objective else {
            outcome.status = result.termination == .infeasible ? .infeasible : .noSolution
            return outcome
        }
        let allocation = UnitAllocation(columnValues: values, model: model, scored: scored)
        let figures = PlanFigures(allocation, scored: scored)
        let scale = max(1, abs(objective))
        guard abs(figures.value - objective) <= Tolerance.figures * scale else {
            throw .figuresDisagree(recomputed: figures.value, solver: objective)
        }
        // Without a bound from the solver, every column at its best bound is still a valid one.
        var bound = Bound(value: max(result.bound ?? model.milp.trivialBound, figures.value), floor: figures.value)
        if let earlyBound { bound.tighten(with: earlyBound.bound) }
        if let periodBound, periodBound < bound.value { bound.value = max(periodBound, figures.value) }
        lap(\.figures)
        boundAfter(&bound, allocation: allocation, figures: figures, termination: result.termination)
        lap(\.bound)
        progress.clear()
        outcome.ceilingReached = budget.ceilingReached
        let gap = relativeGap(value: figures.value, bound: bound.value)
        let status: PlanStatus = gap <= options.gap * (1 + 1e-9) ? .optimal : .feasible
        outcome.status = status
        outcome.plan = PlanAssembler(scored: scored, model: model).plan(
            allocation: allocation, figures: figures, status: status, bound: bound.value,
            lagrangianBound: bound.fromLagrangian, result: result,
            solver: planner.solver, options: options, duals: dualRequest.map { ($0, result.duals) },
            scenarioSHA256: scenarioSHA256, warnings: warnings)
        // An independent check (Scenario and Scoring layers only): a plan that breaks model@2
        // is an internal error, never an output.
        if let plan = outcome.plan {
            let violations = PlanVerifier.verify(plan, against: scored)
            guard violations.isEmpty else { throw .verificationFailed(violations) }
        }
        lap(\.figures)
        outcome.timings = timings
        return outcome
    }

    /// The search stopped short of the gap: the Lagrangian bound keeps each area-period's
    /// integrality and is often much tighter than the tree's (docs/solver.md). It gives up
    /// once it stalls above the tree's bound (on small models the tree's is the better).
    private mutating func boundAfter(
        _ bound: inout Bound, allocation: UnitAllocation, figures: PlanFigures, termination: Termination
    ) {
        guard relativeGap(value: figures.value, bound: bound.value) > options.gap, options.lagrangianIterations > 0,
            earlyBound == nil, termination != .interrupted
        else { return }
        if let value = lagrangianBound(
            from: allocation.units, target: figures.value, deadline: budget.boundAfterDeadline,
            giveUpAbove: bound.value)?.bound
        {
            bound.tighten(with: value)
        }
    }
}

/// The plan's upper bound: the tree's (or the trivial one), tightened by a Lagrangian bound
/// when that is lower, never below the plan's own value.
struct Bound {
    var value: Double
    /// The plan's value: a bound is never reported below it.
    let floor: Double
    /// The Lagrangian bound is the one kept.
    var fromLagrangian = false

    mutating func tighten(with lagrangian: Double) {
        if lagrangian < value {
            value = max(lagrangian, floor)
            fromLagrangian = true
        }
    }
}
