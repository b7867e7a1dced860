internal import CGLPK
public import PatrolPlanMILP

/// GLPK's ``LinearProgramSession``: one problem object kept between solves, so each
/// `glp_simplex` starts from the last basis (columns added are non-basic at their lower bound).
final class GLPKLinearProgram: LinearProgramSession {
    private let glpk: GLPKProblem
    let rowCount: Int
    private(set) var columnCount: Int

    init(_ problem: MILP) throws(SolverError) {
        var relaxed = problem
        for j in relaxed.columns.indices where relaxed.columns[j].kind != .continuous {
            relaxed.setKind(.continuous, ofColumn: j)
        }
        glpk = try GLPKProblem()
        try glpk.load(relaxed)
        rowCount = problem.rows.count
        columnCount = problem.columns.count
    }

    func addColumns(_ columns: [SparseColumn]) throws(SolverError) {
        guard !columns.isEmpty else { return }
        var starts: [Int32] = [0]
        var rows: [Int32] = []
        var values: [Double] = []
        for column in columns {
            guard column.rows.count == column.values.count else {
                throw .invalidArgument("a column's rows and values differ in number")
            }
            for (row, value) in zip(column.rows, column.values) where abs(value) >= .leastNormalMagnitude {
                guard row >= 0, row < rowCount else { throw .invalidArgument("column entry in row \(row) of \(rowCount)") }
                rows.append(Int32(row + 1))
                values.append(value)
            }
            starts.append(Int32(rows.count))
        }
        let types = columns.map { GLPKProblem.boundType(lower: $0.lower, upper: $0.upper) }
        let lower = columns.map { $0.lower.isFinite ? $0.lower : 0 }
        let upper = columns.map { $0.upper.isFinite ? $0.upper : 0 }
        let objective = columns.map(\.objective)
        try glpk.addColumns(
            count: columns.count, objective: objective, types: types, lower: lower, upper: upper, starts: starts,
            rows: rows, values: values)
        columnCount += columns.count
    }

    func removeColumns(_ indices: [Int]) throws(SolverError) {
        guard !indices.isEmpty else { return }
        guard Set(indices).count == indices.count, indices.allSatisfy({ $0 >= 0 && $0 < columnCount }) else {
            throw .invalidArgument("columns to remove: out of range or repeated")
        }
        try glpk.deleteColumns(indices.map { Int32($0 + 1) })
        columnCount -= indices.count
    }

    func solve(_ limits: LinearProgramLimits) throws(SolverError) -> LinearProgramSolution {
        var params = CGLPK_LPParams()
        params.iterationLimit = Int32(clamping: limits.iterations)
        params.timeLimitMs = limits.seconds.map { Int32(clamping: Int(($0 * 1000).rounded(.up).clamped(1, 1e9))) } ?? 0
        let result = try glpk.simplex(params)
        let termination: Termination
        if result.returnCode == 0 {
            termination = result.status == CGLPK_STATUS_OPT ? .optimal
                : result.status == CGLPK_STATUS_NOFEAS || result.status == CGLPK_STATUS_INFEAS ? .infeasible : .failed
        } else if result.returnCode == CGLPK_RC_EITLIM {
            termination = .workLimit
        } else if result.returnCode == CGLPK_RC_ETMLIM {
            termination = .timeLimit
        } else {
            termination = .failed
        }
        let (values, duals) = try glpk.lpSolution(columns: columnCount, rows: rowCount)
        return LinearProgramSolution(termination: termination, objective: result.objective, values: values, duals: duals)
    }
}

private extension Double {
    func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}

extension GLPKSolver {
    public func openLinearProgram(_ problem: MILP) throws(SolverError) -> any LinearProgramSession {
        try GLPKLinearProgram(problem)
    }
}
