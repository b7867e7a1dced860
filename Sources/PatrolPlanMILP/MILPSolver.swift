/// A MILP solver backend.
public protocol MILPSolver: Sendable {
    /// Name and version for the plan's `solver` object.
    var name: String { get }
    var version: String { get }

    /// Solves `problem`, optionally starting from `incumbent` (column values), and answers
    /// `duals` from the solution if one is found.
    func solve(
        _ problem: MILP, parameters: SolveParameters, incumbent: [Double]?, duals: DualRequest?
    ) throws(SolverError) -> SolverResult

    /// Opens `problem`'s linear relaxation (every column continuous) to be grown by columns
    /// and re-solved warm (``LinearProgramSession``).
    func openLinearProgram(_ problem: MILP) throws(SolverError) -> any LinearProgramSession
}
