/// What every solver backend is asked to respect: the stopping rule of model.md §7, the
/// caller's limits, interruption and progress. Backend-specific settings (GLPK's cuts,
/// branching, presolver) belong to the backend's own configuration, and planning strategy to
/// the planner's options (MathOpt's `SolveParameters`).
public struct SolveParameters: Sendable, Equatable {
    /// Relative MIP gap `(bound − value) / max(1, |bound|)` at which the search stops.
    public var gap: Double = 1e-3
    /// Deterministic work limit: branch-and-bound nodes. 0: none.
    public var nodeLimit: Int = 1_000
    /// Optional wall-clock limit, in seconds.
    public var timeLimit: Double?
    /// Seconds left under the wall-time safety ceiling when no time limit was asked for
    /// (model.md §7); set by the planner for each stage.
    package var ceiling: Double?
    /// Stop cleanly, keeping the incumbent, once the backend's interrupt request is set (the
    /// command-line tool's SIGINT handler sets GLPK's).
    public var stopOnInterrupt: Bool = false
    /// A progress line on standard error during long searches, or `nil` for none.
    public var progress: ProgressReporting?
    /// What the caller's stage calls this solve (`search`, `relax-and-fix`, `period`,
    /// `marginal values`), for timings (``TimedSolver``); not seen by the backend.
    public var purpose: String = "search"

    public init() {}
}

/// How search progress is shown on standard error, and what the line calls the search.
public struct ProgressReporting: Sendable, Equatable {
    public var display: ProgressDisplay
    /// What the progress line calls the current search (`search`, `relax-and-fix 1/2 …`).
    public var label: String
    /// Seconds spent before the current search, for the line's elapsed time.
    public var offsetSeconds: Double

    public init(display: ProgressDisplay, label: String = "search", offsetSeconds: Double = 0) {
        self.display = display
        self.label = label
        self.offsetSeconds = offsetSeconds
    }
}

/// How search progress is shown on standard error.
public enum ProgressDisplay: Sendable, Equatable {
    /// One line rewritten in place each second (a terminal).
    case terminal
    /// One line every few seconds (a log file or CI).
    case lines
}
