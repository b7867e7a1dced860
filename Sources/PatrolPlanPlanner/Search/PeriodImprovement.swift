internal import PatrolPlanMILP
internal import PatrolPlanModel
internal import PatrolPlanScoring

/// Period by period: a bound and a better plan from one small MILP per period.
///
/// Only the armed duration rules (model.md §4.8) tie periods together, and only through the
/// armed-presence indicators. So:
///
/// - **Decomposition** (``decompose(from:parameters:stop:)``): each period's MILP without the
///   rules that span periods is a relaxation of its part; the sum of their bounds bounds the
///   whole, and when their plans together keep the spanning rules, they are the plan.
/// - **Improvement** (``improve(from:value:passes:target:parameters:stop:)``): a large-
///   neighbourhood search: with the indicators and every other period fixed at the incumbent's,
///   each period is re-solved from the incumbent, so the plan never gets worse.
///
/// Each period's MILP holds that period's columns only, so it stays small at any horizon.
/// Work: one node limit per solve (in the parameters), a pass or a few over the periods; every
/// solve checks the interrupter and the time share through its parameters.
struct PeriodImprovement {
    let model: PatrolModel
    let scored: ScoredScenario
    let solver: any MILPSolver

    /// The columns of each period (`[t]`): units, effect-curve segments and, with
    /// `indicators`, the armed-presence indicators. Every column belongs to one period.
    func columnsByPeriod(indicators: Bool) -> [[Int]] {
        let A = scored.areaCount
        let F = model.forceCount
        var columns = [[Int]](repeating: [], count: scored.periodCount)
        for t in 0..<scored.periodCount {
            for a in 0..<A {
                let p = t * A + a
                for k in 0..<F { if let j = model.unitColumn(p, force: k) { columns[t].append(j) } }
                if indicators, model.indicatorColumn[p] >= 0 { columns[t].append(Int(model.indicatorColumn[p])) }
                for c in 0..<3 where model.segmentStart[p * 3 + c] >= 0 {
                    let start = Int(model.segmentStart[p * 3 + c])
                    columns[t] += Array(start..<(start + Int(model.segmentCount[p * 3 + c])))
                }
            }
        }
        return columns
    }

    /// The decomposition bound and, when the periods' plans keep the rules that span periods,
    /// their plan. `x` (feasible) starts each period's solve.
    ///
    /// - Returns: the bound (`nil` when a solve was stopped before it had one), the combined
    ///   plan if feasible for the whole model, and the nodes used.
    func decompose(
        from x: [Double], parameters: (_ period: Int) -> SolveParameters, stop: () -> Bool
    ) throws(SolverError) -> (bound: Double?, values: [Double]?, nodes: Int) {
        let columns = columnsByPeriod(indicators: true)
        var bound = 0.0
        var combined = x
        var nodes = 0
        // Stopped before every period had its bound: no bound, but the periods solved so far
        // still make a plan when it keeps every rule.
        var complete = true
        for t in 0..<scored.periodCount where !columns[t].isEmpty {
            guard !stop() else {
                complete = false
                break
            }
            let kept = columns[t]
            let sub = model.milp.relaxed(to: kept)
            let result = try solver.solve(sub, parameters: parameters(t), incumbent: kept.map { x[$0] }, duals: nil)
            nodes += result.nodes
            if let values = result.values { combined = model.milp.expand(values, kept: kept, into: combined) }
            guard let periodBound = result.bound, result.termination != .interrupted else {
                complete = false
                break
            }
            bound += periodBound
        }
        let feasible = model.milp.maxViolation(combined) <= 1e-6
        return (complete ? bound : nil, feasible ? combined : nil, nodes)
    }

    /// Improves `x` (a feasible column vector of value `value`) period by period, the
    /// indicators fixed.
    ///
    /// - Parameters:
    ///   - parameters: for each period's solve, given the pass and the period.
    ///   - target: stop once the value reaches it (the gap is then proven).
    ///   - stop: asked before each solve.
    /// - Returns: the best column vector, its value and the nodes used.
    func improve(
        from x: [Double], value: Double, passes: Int, target: Double,
        parameters: (_ pass: Int, _ period: Int) -> SolveParameters, stop: () -> Bool
    ) throws(SolverError) -> (values: [Double], value: Double, nodes: Int) {
        let columns = columnsByPeriod(indicators: false)
        var best = (values: x, value: value)
        var nodes = 0
        for pass in 0..<passes {
            var improved = false
            for t in 0..<scored.periodCount where !columns[t].isEmpty {
                guard !stop(), best.value < target else { return (best.values, best.value, nodes) }
                let kept = columns[t]
                let sub = model.milp.restricted(to: kept, fixedAt: best.values)
                let start = kept.map { best.values[$0] }
                let before = sub.objectiveValue(start)
                let result = try solver.solve(sub, parameters: parameters(pass, t), incumbent: start, duals: nil)
                nodes += result.nodes
                guard let values = result.values, sub.objectiveValue(values) > before + 1e-9 * max(1, abs(best.value))
                else { continue }
                let candidate = model.milp.expand(values, kept: kept, into: best.values)
                guard model.milp.maxViolation(candidate) <= 1e-6 else { continue }
                best = (candidate, model.milp.objectiveValue(candidate))
                improved = true
            }
            guard improved else { break }
        }
        return (best.values, best.value, nodes)
    }
}
