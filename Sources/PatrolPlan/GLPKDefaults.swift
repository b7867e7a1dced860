public import PatrolPlanGLPK
public import PatrolPlanMILP
public import PatrolPlanPlanner
public import PatrolPlanResults
public import PatrolPlanRoster
public import PatrolPlanScoring

// The composition root: the one place that chooses GLPK as the backend and wires the Ctrl-C
// request into the planner (swift-openapi-generator's `makeGeneratorPipeline` defaults).

extension Interrupter {
    /// Asks the process-wide SIGINT request (``Interruption``).
    public static let sigint = Interrupter { Interruption.isRequested }
}

extension Planner {
    /// A planner on GLPK that stops on Ctrl-C when `options.stopOnInterrupt` is set.
    public init(options: PlannerOptions = PlannerOptions()) {
        self.init(solver: GLPKSolver(), options: options, interrupter: .sigint)
    }
}

extension InfeasibilityDiagnoser {
    /// A diagnoser on GLPK.
    public init(options: PlannerOptions = PlannerOptions()) {
        self.init(solver: GLPKSolver(), options: options)
    }
}

extension TimedSolver {
    /// Times every call of GLPK.
    public init() {
        self.init(GLPKSolver())
    }
}

extension RosterSet {
    /// Draws the rosters for `plan` with GLPK solving the restricted relaxation.
    ///
    /// - Throws: ``RosterError`` when the request cannot be met or the relaxation fails.
    public static func draw(
        _ scored: ScoredScenario, plan: Plan, request: RosterRequest
    ) throws(RosterError) -> RosterSet {
        try draw(scored, plan: plan, request: request, solver: GLPKSolver())
    }
}
