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
}
