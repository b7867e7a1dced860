internal import _PatrolPlanNumerics
internal import CGLPK
public import PatrolPlanMILP

/// The GLPK backend: LP relaxation by the simplex method, then branch and cut (`glp_intopt`)
/// with ``SolveParameters`` and its own ``GLPKConfiguration``, started from the caller's incumbent.
public struct GLPKSolver: MILPSolver {
    /// GLPK's own search settings.
    public var configuration: GLPKConfiguration

    public init(configuration: GLPKConfiguration = GLPKConfiguration()) {
        self.configuration = configuration
    }

    public var name: String { "glpk" }
    public var version: String { GLPKProblem.version }

    public func solve(
        _ problem: MILP, parameters options: SolveParameters, incumbent: [Double]?, duals request: DualRequest?
    ) throws(SolverError) -> SolverResult {
        let clock = ContinuousClock()
        let started = clock.now
        if problem.columns.isEmpty {
            // Nothing to decide (GLPK's presolver rejects an empty problem): feasible exactly
            // when every row admits an activity of 0.
            let feasible = problem.rows.allSatisfy { $0.lower <= 0 && $0.upper >= 0 }
            return SolverResult(
                termination: feasible ? .optimal : .infeasible, values: feasible ? [] : nil,
                objective: feasible ? 0 : nil, bound: feasible ? 0 : nil, nodes: 0,
                seconds: (clock.now - started) / .seconds(1), incumbentAccepted: false, duals: [], message: nil)
        }
        let glpk = try GLPKProblem()
        try glpk.load(problem)

        var params = CGLPK_MIPParams()
        params.mipGap = options.gap
        params.timeLimitMs = (options.timeLimit ?? options.ceiling).map { Int32(clamping: SafeConversion.milliseconds(seconds: $0)) } ?? 0
        params.nodeLimit = Int32(clamping: options.nodeLimit)
        params.presolve = configuration.presolve ? 1 : 0
        let cuts: Int32 = configuration.cuts ? 1 : 0
        params.gomoryCuts = cuts
        params.mirCuts = cuts
        params.coverCuts = cuts
        params.cliqueCuts = cuts
        // GLPK initialises pseudocosts at the root with trial LPs that never check the clock
        // (measured: 1–2.5 s past a 1 s limit on the force-wide week); Driebeck–Tomlin keeps
        // a time limit within reach of the callback's check.
        let pseudocost = configuration.pseudocostBranching && options.timeLimit == nil
        params.branching = Int32(pseudocost ? CGLPK_BR_PCH : CGLPK_BR_DTH)
        params.backtracking = Int32(CGLPK_BT_BLB)
        params.feasibilityPump = 0
        params.stopOnInterrupt = options.stopOnInterrupt ? 1 : 0
        params.progressFd = options.progress == nil ? -1 : 2
        params.progressNewline = options.progress?.display == .lines ? 1 : 0
        params.progressEveryMs = options.progress?.display == .lines ? 5_000 : 500
        params.progressOffsetSeconds = options.progress?.offsetSeconds ?? 0
        let run = (options.progress?.label ?? "search").withCString { label -> Result<CGLPK_MIPResult, SolverError> in
            params.progressLabel = label
            defer { params.progressLabel = nil }
            return Result { () throws(SolverError) in
                try glpk.intopt(&params, incumbent: incumbent)
            }
        }
        let mip = try run.get()

        var result = SolverResult(
            termination: Self.termination(mip), values: nil, objective: nil, bound: nil,
            nodes: Int(mip.nodes), seconds: 0, incumbentAccepted: mip.incumbentAccepted != 0,
            duals: [], message: nil)
        // The best bound known, with or without a solution: the tree's, else the LP relaxation's.
        if mip.hasBound != 0 {
            result.bound = mip.bound
        } else if mip.lpStatus == CGLPK_STATUS_OPT {
            result.bound = mip.rootBound
        }
        let hasSolution = mip.status == CGLPK_STATUS_OPT || mip.status == CGLPK_STATUS_FEAS
        if hasSolution {
            let values = try glpk.mipValues(count: problem.columns.count)
            result.values = values
            result.objective = mip.objective
            if mip.treeExhausted != 0 {
                result.bound = mip.objective
            } else if let bound = result.bound {
                result.bound = max(bound, mip.objective)
            }
            // GLPK's own gap test may pass on a bound tighter than the last one the callback
            // could read: the termination stays GLPK's reason, and the plan's status (optimal
            // only when the recorded bound proves the gap) makes no claim beyond what was read.
            // A time limit or an interruption asked for an answer now: no further LP.
            let stoppedEarly = result.termination == .timeLimit || result.termination == .interrupted
            if let request, !request.rows.isEmpty, !stoppedEarly {
                result.duals = try glpk.fixedDuals(columns: request.fixedColumns, values: values, rows: request.rows)
                    ?? []
            }
        } else if result.termination == .optimal {
            result.termination = .failed
            result.message = "GLPK finished without a solution (status \(mip.status), code \(mip.returnCode))"
        }
        result.seconds = (clock.now - started) / .seconds(1)
        return result
    }

    static func termination(_ mip: CGLPK_MIPResult) -> Termination {
        if mip.status == CGLPK_STATUS_NOFEAS || mip.returnCode == CGLPK_RC_ENOPFS { return .infeasible }
        if mip.interrupted != 0 { return .interrupted }
        if mip.stoppedByNodeLimit != 0 { return .workLimit }
        if mip.stoppedByTimeLimit != 0 { return .timeLimit }
        switch mip.returnCode {
        case 0, Int32(CGLPK_RC_EMIPGAP): return .optimal
        case Int32(CGLPK_RC_ETMLIM): return .timeLimit
        case Int32(CGLPK_RC_ESTOP): return .interrupted
        default: return .failed
        }
    }
}

extension GLPKSolver {
    /// Writes `problem` as GLPK would see it, for checking with `glpsol` or another solver: with
    /// its row and column names if it recorded them, and (MPS) as the minimisation of the
    /// negated objective, the one sense every MPS reader agrees on. See ``ModelExport`` for
    /// the file with its comment header. Throws ``SolverError`` if GLPK cannot write `path`.
    public func export(_ problem: MILP, to path: String, format: ModelFileFormat) throws(SolverError) {
        let glpk = try GLPKProblem()
        let minimising = format == .mps && problem.maximize
        try glpk.load(problem, minimising: minimising)
        try glpk.setNames(problem, problem: "patrolplan", objective: minimising ? "minus_value" : "value")
        try glpk.write(to: path, format: format)
    }

    /// GLPK problems alive on the calling thread (0 once every solve has cleaned up, which
    /// also means the thread's GLPK environment has been freed).
    public static var liveProblemsOnThisThread: Int {
        Int(CGLPK_live_problems())
    }

    /// Makes an invalid GLPK call through the shim and returns the error it became. The process
    /// and later solves keep working. For tests of the fatal-error path.
    public func provokeFatalError() -> SolverError? {
        do {
            let glpk = try GLPKProblem()
            try glpk.debugInvalidCall()
            return nil
        } catch {
            return error
        }
    }
}
