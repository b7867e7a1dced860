internal import Foundation
internal import _PatrolPlanNumerics
public import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import _PatrolPlanJSON
public import PatrolPlanModel

/// The pipeline from a scored scenario to a plan: build the model, run the heuristic, solve,
/// recompute the figures from the allocation and check them against the solver.
public struct Planner: Sendable {
    public var solver: any MILPSolver
    public var options: PlannerOptions
    /// Asked between stages whether to stop and keep the incumbent (when
    /// ``PlannerOptions/stopOnInterrupt`` is set).
    public var interrupter: Interrupter

    public init(solver: any MILPSolver, options: PlannerOptions = PlannerOptions(), interrupter: Interrupter = .never) {
        self.solver = solver
        self.options = options
        self.interrupter = interrupter
    }

    /// Plans for `scored`. Throws only when the solver fails or the figures disagree; an
    /// infeasible scenario is an outcome, not an error.
    ///
    /// `start`, an allocation from a neighbouring solve (e.g. the previous step of a sweep), is
    /// offered as the incumbent when it is feasible here and better than the greedy plan; it
    /// then takes the place of relax-and-fix.
    public func plan(
        _ scored: ScoredScenario, scenarioSHA256: String, warnings: [Diagnostic] = [], start: UnitAllocation? = nil
    ) throws(PlanningError) -> PlanningOutcome {
        let clock = ContinuousClock()
        var timings = Timings()
        let planStarted = clock.now
        var started = planStarted
        // A time limit covers the whole run: each stage gets what is left of it.
        let deadline = options.timeLimit.map { planStarted + .milliseconds(SafeConversion.milliseconds(seconds: $0)) }
        // Without one, the wall-time safety ceiling (model.md §7): every stage stops there too.
        let ceiling = planStarted + .milliseconds(SafeConversion.milliseconds(seconds: options.work.ceilingSeconds))
        let stopAt = deadline ?? ceiling
        var progress = StageProgress(display: options.progress, started: planStarted)
        /// Whether a stage should stop now: interrupted, or past the time limit or ceiling.
        let stopNow = { () -> Bool in
            (options.stopOnInterrupt && interrupter.isRequested) || clock.now >= stopAt
        }
        /// The options of the next solver call: its share of the time left, and its progress label.
        func stageOptions(_ label: String, share: Double) -> SolveParameters {
            var stage = options.parameters
            stage.progress?.label = label
            stage.progress?.offsetSeconds = (clock.now - planStarted) / .seconds(1)
            if let deadline, let limit = options.timeLimit {
                // Keep a small reserve for figures and the independent check.
                let left = ((deadline - clock.now) / .seconds(1)) - min(2, 0.08 * limit)
                stage.timeLimit = max(0.001, left * share)
            } else {
                stage.ceiling = max(0.001, ((ceiling - clock.now) / .seconds(1)) * share)
            }
            progress.clear()
            return stage
        }
        func lap(_ keyPath: WritableKeyPath<Timings, Double>) {
            let now = clock.now
            timings[keyPath: keyPath] += ((now - started) / .seconds(1))
            started = now
        }

        progress.show("model", force: true)
        let model = ModelBuilder.build(scored)
        lap(\.build)
        progress.show("heuristic", force: true)
        var heuristic = GreedyHeuristic(scored: scored, model: model)
        heuristic.stop = stopNow
        let greedyUnits = heuristic.run()
        // The best feasible plan among the heuristics' becomes the solver's first incumbent.
        var incumbent: [Double]?
        var heuristicValue: Double?
        /// Keeps `x` if it satisfies the model (1e-6) and beats the incumbent; returns whether feasible.
        @discardableResult
        func offer(_ x: [Double]) -> Bool {
            guard model.milp.maxViolation(x) <= 1e-6 else { return false }
            let value = model.milp.objectiveValue(x)
            if value > (heuristicValue ?? -.infinity) {
                incumbent = x
                heuristicValue = value
            }
            return true
        }
        // A greedy plan may miss a minimum; the solver then searches without it.
        offer(model.columnValues(greedyUnits, scored: scored))
        var startedFromNeighbour = false
        if let start, start.units.count == greedyUnits.count {
            startedFromNeighbour = offer(model.columnValues(start.units, scored: scored))
        }
        lap(\.heuristic)
        // A large model: the Lagrangian bound first. When it proves the gap for the heuristic's
        // plan, GLPK's LP relaxation (minutes at London scale) is not needed at all.
        var lagrangian: (bound: Double, multipliers: LagrangianBound.Multipliers)?
        /// Shows the Lagrangian step and best bound so far.
        func showBound(step: Int, bound: Double) {
            progress.show("bound \(step)/\(options.lagrangianIterations), best \(String(format: "%.2f", bound))")
        }
        // Beyond the GLPK budget, the plan is the heuristic's with the Lagrangian bound.
        let beyondGLPK = model.milp.columns.count > options.work.glpkColumns
        if options.lagrangianIterations > 0, model.milp.columns.count >= Self.largeModelColumns,
            let x = incumbent, let value = heuristicValue
        {
            progress.show("bound 0/\(options.lagrangianIterations)", force: true)
            var bounder = LagrangianBound(scored: scored, model: model)
            bounder.subproblemWork = options.work.subproblem
            let units = UnitAllocation(columnValues: x, model: model, scored: scored).units
            lagrangian = bounder.search(
                start: bounder.start(from: units), target: value, iterations: options.lagrangianIterations,
                gap: options.gap, deadline: beyondGLPK ? stopAt : deadline.map { clock.now + ($0 - clock.now) / 2 } ?? ceiling,
                work: options.work.lagrangian, stop: stopNow, progress: showBound)
        }
        lap(\.bound)
        let provenByLagrangian = lagrangian.map { bound in
            heuristicValue.map { relativeGap(value: $0, bound: bound.bound) <= options.gap } ?? false
        } ?? false
        // Under a time limit, a GLPK stage that cannot even load and presolve the model in its
        // share is skipped: GLPK does not look at the clock before its first simplex step.
        let glpkSetup = Double(model.milp.columns.count) * Self.glpkSetupSecondsPerColumn
        func worthSolving(share: Double) -> Bool {
            guard let deadline else { return true }
            return ((deadline - clock.now) / .seconds(1)) * share >= 2 * glpkSetup
        }
        if options.relaxAndFix && !startedFromNeighbour && !provenByLagrangian && !beyondGLPK
            && !(options.stopOnInterrupt && interrupter.isRequested) && worthSolving(share: 0.125)
        {
            let fixer = RelaxAndFix(
                scored: scored, model: model, solver: solver, options: stageOptions("relax-and-fix", share: 0.25),
                offersIncumbents: options.useHeuristic)
            do {
                if let x = try fixer.run(incumbent: incumbent) { offer(x) }
            } catch {
                throw .solver(error)
            }
        }
        lap(\.heuristic)

        let request = options.marginalValues ? Self.dualRequest(model) : nil
        let result: SolverResult
        let interruptedBeforeSearch = options.stopOnInterrupt && interrupter.isRequested
        if provenByLagrangian, let lagrangian {
            // No search: the heuristic's plan, proven by the Lagrangian bound; the pools'
            // multipliers stand in for their marginal values.
            result = SolverResult(
                termination: .optimal, values: nil, objective: nil, bound: lagrangian.bound, nodes: 0, seconds: 0,
                incumbentAccepted: false,
                duals: lagrangian.multipliers.pool.indices.filter { model.poolRow[$0] >= 0 }.map { lagrangian.multipliers.pool[$0] },
                message: nil)
        } else if incumbent != nil, interruptedBeforeSearch || beyondGLPK || !worthSolving(share: 1) {
            // Asked to stop, no time for GLPK, or a model beyond its budget, before the search
            // began: the heuristic's plan.
            result = SolverResult(
                termination: interruptedBeforeSearch ? .interrupted : beyondGLPK ? .workLimit : .timeLimit,
                values: nil, objective: nil, bound: nil, nodes: 0, seconds: 0,
                incumbentAccepted: false, duals: [], message: nil)
        } else {
            do {
                result = try solver.solve(
                    model.milp, parameters: stageOptions("search", share: 1),
                    incumbent: options.useHeuristic ? incumbent : nil, duals: request)
            } catch {
                throw .solver(error)
            }
        }
        lap(\.solve)

        var outcome = PlanningOutcome(
            status: .noSolution, plan: nil, termination: result.termination, timings: timings,
            heuristicValue: heuristicValue, incumbentAccepted: result.incumbentAccepted,
            columns: model.milp.columns.count, rows: model.milp.rows.count,
            integerColumns: model.milp.columns.filter { $0.kind != .continuous }.count)
        if result.termination == .failed {
            throw .solver(.noSolution(result.termination, result.message ?? "the solver failed"))
        }
        var values = result.values
        var objective = result.objective
        // A limit can end the search before the solver took up our incumbent: keep the better.
        if let x = incumbent, let value = heuristicValue, value > (objective ?? -.infinity),
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
        var bound = max(result.bound ?? model.milp.trivialBound, figures.value)
        var boundFromLagrangian = false
        /// Keeps the Lagrangian bound `value` when it is the tighter one.
        func tighten(with value: Double) {
            if value < bound {
                bound = max(value, figures.value)
                boundFromLagrangian = true
            }
        }
        if let lagrangian { tighten(with: lagrangian.bound) }
        lap(\.figures)
        // The search stopped short of the gap: the Lagrangian bound keeps each area-period's
        // integrality and is often much tighter than the tree's (docs/solver.md).
        if relativeGap(value: figures.value, bound: bound) > options.gap, options.lagrangianIterations > 0, lagrangian == nil,
            result.termination != .interrupted
        {
            var lagrangian = LagrangianBound(scored: scored, model: model)
            lagrangian.subproblemWork = options.work.subproblem
            let reserve = options.timeLimit.map { min(2, 0.08 * $0) } ?? 0
            progress.show("bound 0/\(options.lagrangianIterations)", force: true)
            if let value = lagrangian.bound(
                start: lagrangian.start(from: allocation.units), target: figures.value,
                iterations: options.lagrangianIterations, gap: options.gap,
                deadline: stopAt - .milliseconds(Int64(reserve * 1000)), work: options.work.lagrangian,
                stop: stopNow, progress: showBound)
            {
                tighten(with: value)
            }
        }
        lap(\.bound)
        progress.clear()
        outcome.ceilingReached = deadline == nil && clock.now >= ceiling
        let gap = relativeGap(value: figures.value, bound: bound)
        let status: PlanStatus = gap <= options.gap * (1 + 1e-9) ? .optimal : .feasible
        outcome.status = status
        outcome.plan = PlanAssembler(scored: scored, model: model).plan(
            allocation: allocation, figures: figures, status: status, bound: bound,
            lagrangianBound: boundFromLagrangian, result: result,
            solver: solver, options: options, duals: request.map { ($0, result.duals) },
            scenarioSHA256: scenarioSHA256, warnings: warnings)
        // An independent check (Scenario and Scoring layers only): a plan that breaks model@1
        // is an internal error, never an output.
        if let plan = outcome.plan {
            let violations = PlanVerifier.verify(plan, against: scored)
            guard violations.isEmpty else { throw .verificationFailed(violations) }
        }
        lap(\.figures)
        outcome.timings = timings
        return outcome
    }

    /// GLPK's time to load and presolve a model before it first checks the clock, per column
    /// (measured: 2.4 s for 226,028 columns on the generated 300 × 42 scenario).
    static let glpkSetupSecondsPerColumn = 1e-5

    /// Models at least this large (columns) try the Lagrangian bound before GLPK's search.
    static let largeModelColumns = 20_000

    /// Marginal values (model.md §5): the armed-presence indicators are fixed at the plan's
    /// values and the pool rows' duals read from the LP that remains. See `docs/solver.md`
    /// for why the officer counts are not fixed too.
    static func dualRequest(_ model: PatrolModel) -> DualRequest {
        DualRequest(
            fixedColumns: model.indicatorColumn.filter { $0 >= 0 }.map { Int($0) },
            rows: model.poolRow.filter { $0 >= 0 }.map { Int($0) })
    }
}

/// Seconds spent in each stage of ``Planner/plan(_:scenarioSHA256:warnings:)``.
public struct Timings: Sendable, Equatable {
    public var build = 0.0
    public var heuristic = 0.0
    public var solve = 0.0
    /// The Lagrangian bound (``LagrangianBound``), before or after the search.
    public var bound = 0.0
    public var figures = 0.0

    package init() {

    }
}

/// What planning produced.
public struct PlanningOutcome: Sendable {
    public var status: PlanStatus
    /// The plan, when an allocation was found.
    public var plan: Plan?
    public var termination: Termination
    public var timings: Timings
    /// Objective of the heuristic's incumbent, when it found a feasible one.
    public var heuristicValue: Double?
    public var incumbentAccepted: Bool
    public var columns: Int
    public var rows: Int
    public var integerColumns: Int
    /// Whether the wall-time safety ceiling (``WorkBudget/ceilingSeconds``) ended a stage.
    public var ceilingReached = false
}

/// Planning failed: the solver broke, or its objective disagrees with the recomputed figures.
public enum PlanningError: Error, Sendable, CustomStringConvertible {
    case solver(SolverError)
    case figuresDisagree(recomputed: Double, solver: Double)
    /// The assembled plan failed ``PlanVerifier``: a bug in the model, solver or assembly.
    case verificationFailed([Violation])

    public var description: String {
        switch self {
        case .solver(let error):
            "solver failure: \(error.message)"
        case .figuresDisagree(let recomputed, let solver):
            "internal error: the plan's value recomputed from the allocation (\(recomputed)) disagrees with the solver's objective (\(solver)) by more than 1e-6 relative"
        case .verificationFailed(let violations):
            "internal error: the plan breaks model@1 (\(violations.count) violation\(violations.count == 1 ? "" : "s")):\n"
                + violations.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
