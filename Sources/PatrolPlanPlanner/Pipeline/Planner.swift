public import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import _PatrolPlanJSON
public import PatrolPlanModel

/// The pipeline from a scored scenario to a plan: build the model, find an incumbent, bound,
/// search, then recompute the figures from the allocation, check them against the solver and
/// verify the plan independently (the stages are ``PlanningRun``'s).
public struct Planner: Sendable {
    public var solver: any MILPSolver
    public var options: PlannerOptions
    /// Asked between stages whether to stop and keep the incumbent (when
    /// ``PlannerOptions/stopOnInterrupt`` is set).
    public var interrupter: Interrupter

    /// A planner on `solver`. The interrupter has no default, so that no caller forgets to
    /// wire Ctrl-C: pass ``Interrupter/never`` where nothing can interrupt.
    public init(solver: any MILPSolver, options: PlannerOptions = PlannerOptions(), interrupter: Interrupter) {
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
        var run = PlanningRun(planner: self, scored: scored)
        run.findIncumbent(start: start)
        run.boundFirst()
        try run.generateColumns()
        try run.relaxAndFix()
        try run.solveByPeriod()
        let result = try run.search()
        return try run.assemble(result, scenarioSHA256: scenarioSHA256, warnings: warnings)
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

    package init() {}
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
    /// A sweep point's plan is worth less than the previous point's, which it started from.
    case sweepNotMonotone(officers: Int, value: Double, previous: Double)

    public var description: String {
        switch self {
        case .solver(let error):
            "solver failure: \(error.message)"
        case .sweepNotMonotone(let officers, let value, let previous):
            "internal error: the sweep point with \(officers) extra officers is worth \(value), less than the previous point's \(previous), from whose plan it started"
        case .figuresDisagree(let recomputed, let solver):
            "internal error: the plan's value recomputed from the allocation (\(recomputed)) disagrees with the solver's objective (\(solver)) by more than 1e-6 relative"
        case .verificationFailed(let violations):
            "internal error: the plan breaks model@2 (\(violations.count) violation\(violations.count == 1 ? "" : "s")):\n"
                + violations.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
