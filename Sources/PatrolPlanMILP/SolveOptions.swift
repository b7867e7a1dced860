/// The stopping rule and search settings (model.md §7).
public struct SolveOptions: Sendable, Equatable {
    /// Relative MIP gap `(bound − value) / max(1, |bound|)` at which the search stops.
    public var gap: Double = 1e-3
    /// Deterministic work limit: branch-and-bound nodes. 0: none.
    public var nodeLimit: Int = 1_000
    /// Optional wall-clock limit in seconds.
    public var timeLimit: Double?
    /// GLPK's MIP presolver.
    public var presolve: Bool = false
    /// Cutting planes: Gomory mixed-integer, mixed-integer rounding, cover, clique.
    public var cuts: Bool = true
    /// Hand the solver the greedy heuristic's plan as its first incumbent.
    public var useHeuristic: Bool = true
    /// Pseudocost branching (GLPK's `--pcost`); otherwise Driebeck–Tomlin.
    public var pseudocostBranching: Bool = true
    /// Before the full search, find an incumbent by relax-and-fix (armed pattern from the
    /// model with officer counts relaxed, then integer counts on that pattern).
    public var relaxAndFix: Bool = true
    /// Compute marginal values of the pools.
    public var marginalValues: Bool = true
    /// Subgradient steps of the Lagrangian bound, tried when the search stops short of the
    /// gap (0: none). Deterministic, like the node limit.
    public var lagrangianIterations: Int = 400
    /// Stop cleanly, keeping the incumbent, once ``Interruption/request()`` was called (the
    /// command-line tool's SIGINT handler calls it).
    public var stopOnInterrupt: Bool = false
    /// A progress line on standard error during long searches, or `nil` for none.
    public var progress: ProgressDisplay?
    /// What the progress line calls the current search.
    package var progressLabel = "search"
    /// Seconds spent before the current search, for the progress line's elapsed time.
    package var progressOffset = 0.0
    /// The deterministic work budget of each stage (model.md §7).
    public var work = WorkBudget()
    /// Seconds left under the wall-time safety ceiling, when no time limit was asked for.
    package var ceiling: Double?

    public init() {}
}

/// How search progress is shown on standard error.
public enum ProgressDisplay: Sendable, Equatable {
    /// One line rewritten in place each second (a terminal).
    case terminal
    /// One line every few seconds (a log file or CI).
    case lines
}

