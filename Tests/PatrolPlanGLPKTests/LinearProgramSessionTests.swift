import Testing
import PatrolPlan
@testable import PatrolPlanGLPK

/// The restricted master's LP (``LinearProgramSession``): columns added and removed between
/// warm solves, with the duals column generation prices by.
@Suite struct LinearProgramSessionTests {
    /// max x1 + 2 x2 s.t. x1 + x2 ≤ 4, x2 ≤ 3, opened with its rows only.
    static func open() throws -> any LinearProgramSession {
        var rows = MILP()
        rows.maximize = true
        rows.addRow(upper: 4, [])
        rows.addRow(upper: 3, [])
        return try GLPKSolver().openLinearProgram(rows)
    }

    @Test func columnsAddedAndRemovedBetweenWarmSolves() throws {
        let lp = try Self.open()
        #expect(lp.rowCount == 2)
        try lp.addColumns([SparseColumn(objective: 1, rows: [0], values: [1])])
        var solution = try lp.solve(LinearProgramLimits(iterations: 100))
        #expect(solution.termination == .optimal)
        #expect(abs(solution.objective - 4) < 1e-9)
        #expect(abs(solution.duals[0] - 1) < 1e-9)
        #expect(abs(solution.duals[1]) < 1e-9)

        try lp.addColumns([SparseColumn(objective: 2, rows: [0, 1], values: [1, 1])])
        #expect(lp.columnCount == 2)
        solution = try lp.solve(LinearProgramLimits(iterations: 100))
        #expect(abs(solution.objective - 7) < 1e-9)
        #expect(solution.values.map { ($0 * 1e6).rounded() / 1e6 } == [1, 3])
        // Maximising: a binding ≤ row's dual is the gain per unit of its bound, ≥ 0.
        #expect(abs(solution.duals[0] - 1) < 1e-9)
        #expect(abs(solution.duals[1] - 1) < 1e-9)

        // x1 is basic here; remove it anyway: the session must still solve (a new basis).
        try lp.removeColumns([0])
        #expect(lp.columnCount == 1)
        solution = try lp.solve(LinearProgramLimits(iterations: 100))
        #expect(solution.termination == .optimal)
        #expect(abs(solution.objective - 6) < 1e-9)
        #expect(abs(solution.duals[1] - 2) < 1e-9)
        #expect(GLPKSolver.liveProblemsOnThisThread == 1)
    }

    @Test func badColumnsAreRejectedBeforeGLPKSeesThem() throws {
        let lp = try Self.open()
        #expect(throws: SolverError.self) { try lp.addColumns([SparseColumn(objective: 1, rows: [2], values: [1])]) }
        #expect(throws: SolverError.self) { try lp.addColumns([SparseColumn(objective: 1, rows: [0, 1], values: [1])]) }
        #expect(throws: SolverError.self) { try lp.removeColumns([0]) }
        try lp.addColumns([SparseColumn(objective: 1, rows: [0], values: [1])])
        #expect(throws: SolverError.self) { try lp.removeColumns([0, 0]) }
        #expect(lp.columnCount == 1)
    }

    @Test func anInfeasibleMasterSaysSo() throws {
        var rows = MILP()
        rows.addRow(lower: 1, upper: 1, [])
        let lp = try GLPKSolver().openLinearProgram(rows)
        try lp.addColumns([SparseColumn(upper: 0.5, objective: 1, rows: [0], values: [1])])
        #expect(try lp.solve(LinearProgramLimits(iterations: 100)).termination == .infeasible)
    }
}
