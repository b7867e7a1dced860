internal import PatrolPlanMILP
internal import PatrolPlanScoring
internal import PatrolPlanModel

/// A second primal heuristic that uses the solver: choose where armed officers go with officer
/// counts relaxed (the armed-presence indicators are what makes this model hard, measured:
/// relaxing them over-promises ~0.7%, relaxing counts ~0.05%), then solve for integer counts
/// with armed presence ruled out everywhere that choice left empty.
///
/// Both solves are part of the deterministic work budget: each may use a sixteenth of the
/// node limit (at least 25 nodes).
struct RelaxAndFix {
    let scored: ScoredScenario
    let model: PatrolModel
    let solver: any MILPSolver
    /// This heuristic's share of the run: its time limit is split between the two solves.
    let options: SolveParameters
    /// Whether solves start from an incumbent (``PlannerOptions/useHeuristic``).
    var offersIncumbents = true

    /// An integer-feasible column vector for ``PatrolModel/milp``, or `nil`.
    func run(incumbent: [Double]?) throws(SolverError) -> [Double]? {
        let indicators = model.indicatorColumn.filter { $0 >= 0 }.map { Int($0) }
        guard !indicators.isEmpty else { return nil }
        var stage = options
        stage.nodeLimit = options.nodeLimit == 0 ? 0 : max(25, options.nodeLimit / 16)
        // `options.timeLimit` is this heuristic's whole share: half for each solve.
        stage.timeLimit = options.timeLimit.map { $0 / 2 }
        stage.gap = max(options.gap, 1e-3)

        // 1. Officer counts continuous: the armed-presence pattern.
        var relaxed = model.milp
        for column in model.unitColumn where column >= 0 {
            relaxed.setKind(.continuous, ofColumn: Int(column))
        }
        stage.progress?.label = "relax-and-fix 1/2 (officer counts relaxed)"
        let first = try solver.solve(
            relaxed, parameters: stage, incumbent: offersIncumbents ? incumbent : nil, duals: nil)
        guard let pattern = first.values else { return nil }

        // 2. No armed presence where the pattern has none; integer counts.
        var restricted = model.milp
        var allowed = [Bool](repeating: false, count: model.indicatorColumn.count)
        for (p, column) in model.indicatorColumn.enumerated() where column >= 0 {
            if pattern[Int(column)] > 0.5 {
                allowed[p] = true
            } else {
                restricted.setBounds(lower: 0, upper: 0, ofColumn: Int(column))
            }
        }
        var greedy = GreedyHeuristic(scored: scored, model: model)
        var start: [Double]? = model.columnValues(greedy.run(armedPattern: allowed), scored: scored)
        if let x = start, restricted.maxViolation(x) > 1e-6 { start = nil }
        stage.progress?.label = "relax-and-fix 2/2 (counts on that armed pattern)"
        stage.progress?.offsetSeconds += first.seconds
        let second = try solver.solve(
            restricted, parameters: stage, incumbent: offersIncumbents ? start : nil, duals: nil)
        return second.values
    }
}
