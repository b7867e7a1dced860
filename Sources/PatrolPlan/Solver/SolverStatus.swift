/// Why the solver stopped: one axis of a solve's status. The other axis is whether a solution
/// exists (``SolverResult/values``).
public enum Termination: String, Sendable, Codable, Equatable {
    /// The search proved the incumbent within the requested gap (or exhausted the tree).
    case optimal
    /// The deterministic work limit (nodes) ended the search.
    case workLimit
    /// The wall-clock limit ended the search.
    case timeLimit
    /// The caller asked the search to stop (e.g. SIGINT).
    case interrupted
    /// No allocation satisfies the constraints.
    case infeasible
    /// The solver stopped for another reason (numerical trouble); see the message.
    case failed
}

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
    var progressLabel = "search"
    /// Seconds spent before the current search, for the progress line's elapsed time.
    var progressOffset = 0.0
    /// The deterministic work budget of each stage (model.md §7).
    public var work = WorkBudget()
    /// Seconds left under the wall-time safety ceiling, when no time limit was asked for.
    var ceiling: Double?

    public init() {}
}

/// How search progress is shown on standard error.
public enum ProgressDisplay: Sendable, Equatable {
    /// One line rewritten in place each second (a terminal).
    case terminal
    /// One line every few seconds (a log file or CI).
    case lines
}

/// What a solve found: both status axes, the solution if any, and the proven bound.
public struct SolverResult: Sendable {
    public var termination: Termination
    /// Column values of the best solution found, or `nil` if none.
    public var values: [Double]?
    /// Objective of ``values``.
    public var objective: Double?
    /// A valid upper bound on the optimum (maximisation), when one is known.
    public var bound: Double?
    public var nodes: Int
    public var seconds: Double
    /// The heuristic's incumbent was offered and accepted by the solver.
    public var incumbentAccepted: Bool
    /// Dual values of the requested rows, in request order (empty if not asked or unavailable).
    public var duals: [Double]
    /// A message for ``Termination/failed``.
    public var message: String?

    /// `(bound − value) / max(1, |bound|)`, never below 0.
    public var gap: Double? {
        guard let objective, let bound else { return nil }
        return relativeGap(value: objective, bound: bound)
    }
}

/// model.md §7's relative MIP gap `(bound − value) / max(1, |bound|)`, never below 0.
public func relativeGap(value: Double, bound: Double) -> Double {
    max(0, bound - value) / max(1, abs(bound))
}

/// A request to solve the LP left when some columns are fixed, and read row duals.
public struct DualRequest: Sendable {
    /// Columns fixed at their value in the solution.
    public var fixedColumns: [Int]
    /// Rows whose duals are wanted.
    public var rows: [Int]

    public init(fixedColumns: [Int], rows: [Int]) {
        self.fixedColumns = fixedColumns
        self.rows = rows
    }
}

/// A failure of the solver itself (not an infeasible model).
public struct SolverError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// A MILP solver backend.
public protocol MILPSolver: Sendable {
    /// Name and version for the plan's `solver` object.
    var name: String { get }
    var version: String { get }

    /// Solves `problem`, optionally starting from `incumbent` (column values), and answers
    /// `duals` from the solution if one is found.
    func solve(
        _ problem: MILP, options: SolveOptions, incumbent: [Double]?, duals: DualRequest?
    ) throws(SolverError) -> SolverResult
}
