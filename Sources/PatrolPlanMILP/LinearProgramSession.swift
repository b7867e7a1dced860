/// A linear program held open by a backend and re-solved warm as columns are added: the
/// restricted master of column generation (Dantzig–Wolfe). Use on the thread that opened it.
///
/// Rows are fixed when it is opened (``MILPSolver/openLinearProgram(_:)``); columns are
/// continuous. Each ``solve(_:)`` starts from the last basis, so a master that grows by a few
/// hundred columns is re-solved in a few simplex iterations.
public protocol LinearProgramSession: AnyObject {
    /// Rows, fixed at opening.
    var rowCount: Int { get }
    /// Columns so far.
    var columnCount: Int { get }
    /// Appends continuous columns; their indices follow the existing ones.
    /// - Throws: ``SolverError`` from the backend (an entry's row out of range is `invalidArgument`).
    func addColumns(_ columns: [SparseColumn]) throws(SolverError)
    /// Deletes columns (0-based indices, each once); the columns after them move down, in order.
    /// Deleting only non-basic columns keeps the basis, so the next solve stays warm.
    /// - Throws: ``SolverError`` from the backend (an index out of range is `invalidArgument`).
    func removeColumns(_ indices: [Int]) throws(SolverError)
    /// Solves by the simplex method from the last basis, within `limits`.
    /// - Throws: ``SolverError`` from the backend.
    func solve(_ limits: LinearProgramLimits) throws(SolverError) -> LinearProgramSolution
}

/// One column given by its non-zero entries: `rows[i]` (0-based) has coefficient `values[i]`.
public struct SparseColumn: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var objective: Double
    public var rows: [Int]
    public var values: [Double]

    public init(lower: Double = 0, upper: Double = .infinity, objective: Double, rows: [Int], values: [Double]) {
        self.lower = lower
        self.upper = upper
        self.objective = objective
        self.rows = rows
        self.values = values
    }
}

/// Limits of one simplex solve: a deterministic one in iterations (model.md §7) and,
/// optionally, wall time.
public struct LinearProgramLimits: Sendable, Equatable {
    /// Simplex iterations; 0: none.
    public var iterations: Int
    /// Seconds; `nil`: none.
    public var seconds: Double?

    public init(iterations: Int, seconds: Double? = nil) {
        self.iterations = iterations
        self.seconds = seconds
    }
}

/// What one simplex solve found.
public struct LinearProgramSolution: Sendable {
    /// `.optimal`, `.workLimit` (iterations), `.timeLimit`, `.infeasible` or `.failed`.
    public var termination: Termination
    /// The objective of ``values`` (meaningful when optimal).
    public var objective: Double
    /// Column values, one per column.
    public var values: [Double]
    /// Row duals, one per row: the objective's change per unit of the row's bound (for a
    /// maximisation, non-negative on a binding `≤` row).
    public var duals: [Double]

    public init(termination: Termination, objective: Double, values: [Double], duals: [Double]) {
        self.termination = termination
        self.objective = objective
        self.values = values
        self.duals = duals
    }
}
