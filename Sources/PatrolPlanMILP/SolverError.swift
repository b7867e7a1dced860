/// A failure of the solver itself (not an infeasible model), one case per way a backend can
/// fail. The GLPK backend maps the shim's return codes one to one (`CGLPK_FATAL`,
/// `CGLPK_DEAD`, `CGLPK_INVALID`); a search that ends with no solution for another reason
/// (numerical trouble) is ``noSolution(_:_:)``.
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The backend hit a fatal error (GLPK's error hook); the problem object is gone, the
    /// process and later solves keep working. The text is the backend's own.
    case fatal(String)
    /// The problem object was freed by an earlier fatal error on this thread.
    case problemDead(String)
    /// An argument was rejected before the backend saw it.
    case invalidArgument(String)
    /// The search stopped without a solution, and not because the model is infeasible.
    case noSolution(Termination, String)

    /// The backend's message.
    public var message: String {
        switch self {
        case .fatal(let text), .problemDead(let text), .invalidArgument(let text), .noSolution(_, let text):
            text
        }
    }

    public var description: String { message }
}
