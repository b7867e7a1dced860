import Foundation

/// A solver that times every call of the solver it wraps, so a run can say how much of its wall
/// time was the solver's and how much its own (`solve --timings`, the benchmarks).
///
/// The log is shared by the copies a ``Planner`` makes, and safe to use from several threads.
public struct TimedSolver: MILPSolver {
    /// One call: its wall time and what it was asked and found.
    public struct Call: Sendable, Equatable {
        /// Wall time of the call, loading the problem into the solver included.
        public var seconds: Double
        public var rows: Int
        public var columns: Int
        /// Integer and binary columns.
        public var integerColumns: Int
        /// Branch-and-bound nodes the solver reported.
        public var nodes: Int
        /// Why the solver stopped; `nil` if the call threw.
        public var termination: Termination?
        /// The caller's stage (``SolveParameters/purpose``).
        public var purpose: String = "search"
    }

    /// The solver that does the work.
    public let base: any MILPSolver
    private let log = CallLog()

    /// Times every call of `base`.
    public init(_ base: any MILPSolver) {
        self.base = base
    }

    public var name: String { base.name }
    public var version: String { base.version }

    /// Every call so far, in order.
    public var calls: [Call] { log.calls }

    public func solve(
        _ problem: MILP, parameters: SolveParameters, incumbent: [Double]?, duals: DualRequest?
    ) throws(SolverError) -> SolverResult {
        var call = Call(
            seconds: 0, rows: problem.rows.count, columns: problem.columns.count,
            integerColumns: problem.columns.reduce(0) { $0 + ($1.kind == .continuous ? 0 : 1) }, nodes: 0,
            termination: nil, purpose: parameters.purpose)
        let clock = ContinuousClock()
        let started = clock.now
        defer {
            call.seconds = (clock.now - started) / .seconds(1)
            log.append(call)
        }
        let result = try base.solve(problem, parameters: parameters, incumbent: incumbent, duals: duals)
        call.nodes = result.nodes
        call.termination = result.termination
        return result
    }

    /// The base's session; its solves are timed by the caller's stage, not logged here.
    public func openLinearProgram(_ problem: MILP) throws(SolverError) -> any LinearProgramSession {
        try base.openLinearProgram(problem)
    }
}

/// The calls of a ``TimedSolver``, behind a lock.
private final class CallLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [TimedSolver.Call] = []

    var calls: [TimedSolver.Call] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func append(_ call: TimedSolver.Call) {
        lock.lock()
        defer { lock.unlock() }
        stored.append(call)
    }
}
