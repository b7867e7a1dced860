public import PatrolPlanMILP

/// How the planner searches: the solver parameters it passes on (``SolveParameters``), the
/// stages it runs, and the deterministic work budget of the whole run (model.md §7).
///
/// The solver parameters are also readable and settable here directly (`options.gap`), as the
/// planner's stopping rule is theirs.
public struct PlannerOptions: Sendable, Equatable {
    /// The stopping rule, limits, interruption and progress every solver call gets.
    public var parameters = SolveParameters()
    /// Hand the solver the greedy heuristic's plan as its first incumbent.
    public var useHeuristic: Bool = true
    /// Before the full search, find an incumbent by relax-and-fix (armed pattern from the
    /// model with officer counts relaxed, then integer counts on that pattern).
    public var relaxAndFix: Bool = true
    /// Run relax-and-fix even when a neighbouring solve's plan is the incumbent (a sweep wants
    /// the best of both: a value never below the neighbour's, and relax-and-fix's own plan).
    public var relaxAndFixAfterStart: Bool = false
    /// Compute marginal values of the pools.
    public var marginalValues: Bool = true
    /// Subgradient steps of the Lagrangian bound, tried when the search stops short of the
    /// gap (0: none). Deterministic, like the node limit.
    public var lagrangianIterations: Int = 400
    /// The deterministic work budget of each stage (model.md §7).
    public var work = WorkBudget()

    public init() {}

    /// ``SolveParameters/gap``.
    public var gap: Double {
        get { parameters.gap }
        set { parameters.gap = newValue }
    }

    /// ``SolveParameters/nodeLimit``.
    public var nodeLimit: Int {
        get { parameters.nodeLimit }
        set { parameters.nodeLimit = newValue }
    }

    /// ``SolveParameters/timeLimit``, in seconds.
    public var timeLimit: Double? {
        get { parameters.timeLimit }
        set { parameters.timeLimit = newValue }
    }

    /// ``SolveParameters/stopOnInterrupt``.
    public var stopOnInterrupt: Bool {
        get { parameters.stopOnInterrupt }
        set { parameters.stopOnInterrupt = newValue }
    }

    /// How progress is shown (``SolveParameters/progress``), or `nil` for none.
    public var progress: ProgressDisplay? {
        get { parameters.progress?.display }
        set { parameters.progress = newValue.map { ProgressReporting(display: $0) } }
    }
}
