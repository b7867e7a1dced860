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

    public init(
        termination: Termination, values: [Double]?, objective: Double?, bound: Double?, nodes: Int,
        seconds: Double, incumbentAccepted: Bool, duals: [Double], message: String?
    ) {
        self.termination = termination
        self.values = values
        self.objective = objective
        self.bound = bound
        self.nodes = nodes
        self.seconds = seconds
        self.incumbentAccepted = incumbentAccepted
        self.duals = duals
        self.message = message
    }

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
