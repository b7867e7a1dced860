/// GLPK's own search settings, chosen by measurement on model@1 (docs/solver.md, "GLPK
/// settings"). Solver-independent parameters are in ``SolveParameters``.
public struct GLPKConfiguration: Sendable, Equatable {
    /// GLPK's MIP presolver.
    public var presolve: Bool = false
    /// Cutting planes: Gomory mixed-integer, mixed-integer rounding, cover, clique.
    public var cuts: Bool = true
    /// Pseudocost branching (GLPK's `--pcost`); otherwise Driebeck–Tomlin. Under a time limit
    /// Driebeck–Tomlin is used anyway: pseudocost initialisation at the root ignores the clock.
    public var pseudocostBranching: Bool = true

    public init() {}
}
