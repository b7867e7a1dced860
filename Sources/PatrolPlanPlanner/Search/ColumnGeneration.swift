internal import PatrolPlanMILP
internal import PatrolPlanModel
internal import PatrolPlanScenario
internal import PatrolPlanScoring

/// Dantzig–Wolfe column generation over whole-horizon area patterns: a bound and a plan for
/// models too large for GLPK's branch and cut (docs/solver.md, "Column generation").
///
/// Only a few rows couple areas: the pools (model.md §4.1, one per period and force), the
/// overall armed share (§4.11) and the number of armed areas (§4.9), one per period each.
/// Everything else — units, capacity, minimum presence, eligibility, caps, the local share and
/// the duration rules (§4.2–4.8, §4.10) — is one area's business. So a plan is one *pattern*
/// per area (its officers of each force in each period, and where it is armed), and the
/// **restricted master** is the LP over the patterns found so far:
///
///     maximise Σ value(q) λ_q  s.t.  the coupling rows,  Σ_{q of a} λ_q = 1 for every area a,  λ ≥ 0
///
/// Its duals price the coupling rows; at those prices each area's best pattern is the
/// Lagrangian subproblem the subgradient bound already solves (``LagrangianBound/price(area:_:)``:
/// per area-period searches, then the duration dynamic programme). A pattern whose reduced
/// cost is positive joins the master; and at every multipliers `m ≥ 0`,
/// `L(m) = Σ λ available + Σ ν maxAreas + Σ_a best_a(m)` is a valid bound on the optimum. At
/// the end the master LP equals the Lagrangian dual (the best such bound). Plans come from
/// rounding each master solution (``rounded(_:)``: the heaviest pattern of
/// each area) and repairing the few rows it breaks (``GreedyHeuristic/repair(from:)``).
///
/// Measured against the alternatives (docs/solver.md, "Column generation"): the master as a MIP over the
/// generated patterns, solved by GLPK from the incumbent, found no better plan in 70 s at
/// 629 × 42 (340 nodes); the greedy heuristic on the master's armed pattern gained 0.01%;
/// the rounding and repair reach the master's value to 0.001%.
///
/// The duals are smoothed towards the multipliers of the best bound so far (Wentges 1997),
/// which cuts the iterations that plain duals need; a smoothed price that finds no column is
/// followed by one at the LP's own duals, so the method still ends at the dual's value.
///
/// Work (model.md §7): at most ``Limits/iterations`` master solves and pricing rounds,
/// ``Limits/pricingWork`` evaluations of area-period values in all, ``Limits/simplexIterations``
/// per master solve; `stop` (interrupter, deadline) is asked before each area is priced and
/// between slices of ``Limits/simplexSlice`` simplex iterations.
struct ColumnGeneration {
    let scored: ScoredScenario
    let model: PatrolModel
    let solver: any MILPSolver
    let bounder: LagrangianBound

    /// One area's plan over the horizon, a column of the master.
    struct Pattern {
        var area: Int
        /// Units of force `k` in period `t`: `units[t × F + k]`.
        var units: [Int]
        var armed: [Bool]
        /// The area's exact objective term (model.md §3): risk reduced minus community impact.
        var value: Double
    }

    /// The work budget of one run.
    struct Limits {
        /// Master solves (each followed by a pricing round).
        var iterations = 60
        /// Evaluations of area-period values, all pricing rounds together.
        var pricingWork = 800_000_000
        /// Simplex iterations per master solve.
        var simplexIterations = 100_000
        /// Simplex iterations between two checks of `stop` (measured: under 0.3 s at 629 × 42).
        var simplexSlice = 250
        /// Wall-clock end of the run (the master's simplex gets what is left), if any.
        var deadline: ContinuousClock.Instant?
        /// Weight of the best bound's multipliers in the prices (Wentges smoothing).
        var smoothing = 0.8
    }

    /// What a run found.
    struct Outcome {
        /// The best Lagrangian bound, with its multipliers (nil when stopped before one).
        var bound: Double?
        var multipliers: LagrangianBound.Multipliers?
        /// The last master LP's value (a value no plan over these patterns exceeds).
        var masterValue: Double?
        var patterns: [Pattern]
        /// The starting allocation's patterns, one per area.
        var incumbent: [Pattern] = []
        /// The last master LP's weight of each pattern.
        var weights: [Double]
        var iterations = 0
        var work = 0
    }

    /// The master's rows: index of each coupling row (-1: none) and of each area's convexity row.
    struct Rows {
        var pool: [Int]
        var share: [Int]
        var areas: [Int]
        var convexity: [Int]
        var milp: MILP
    }

    init(scored: ScoredScenario, model: PatrolModel, solver: any MILPSolver, subproblemWork: Int) {
        self.scored = scored
        self.model = model
        self.solver = solver
        var bounder = LagrangianBound(scored: scored, model: model)
        bounder.subproblemWork = subproblemWork
        self.bounder = bounder
    }

    var rows: Rows {
        let T = scored.periodCount
        let F = model.forceCount
        var milp = MILP()
        milp.maximize = true
        var pool = [Int](repeating: -1, count: T * F)
        for (t, k) in bounder.pools {
            pool[t * F + k] = milp.addRow(upper: Double(scored.available[t][k]), [])
        }
        let share = (0..<T).map { t in bounder.hasShareRow[t] ? milp.addRow(upper: 0, []) : -1 }
        let areas = (0..<T).map { _ in bounder.maxAreas.map { milp.addRow(upper: Double($0), []) } ?? -1 }
        let convexity = (0..<scored.areaCount).map { _ in milp.addRow(lower: 1, upper: 1, []) }
        return Rows(pool: pool, share: share, areas: areas, convexity: convexity, milp: milp)
    }

    /// `pattern`'s column: its value, and its officers in each coupling row.
    func column(_ pattern: Pattern, rows: Rows) -> SparseColumn {
        let T = scored.periodCount
        let F = model.forceCount
        let forces = scored.scenario.forces
        let overall = scored.scenario.policy.armedMaxShareOverall
        var entries: [Int] = []
        var values: [Double] = []
        for t in 0..<T {
            var share = 0.0
            for k in 0..<F where pattern.units[t * F + k] > 0 {
                let officers = Double(pattern.units[t * F + k] * forces[k].unit)
                if rows.pool[t * F + k] >= 0 {
                    entries.append(rows.pool[t * F + k])
                    values.append(officers)
                }
                share += officers * (forces[k].armed ? 1 - overall : -overall)
            }
            if rows.share[t] >= 0, share != 0 {
                entries.append(rows.share[t])
                values.append(share)
            }
            if rows.areas[t] >= 0, pattern.armed[t] {
                entries.append(rows.areas[t])
                values.append(1)
            }
        }
        entries.append(rows.convexity[pattern.area])
        values.append(1)
        return SparseColumn(objective: pattern.value, rows: entries, values: values)
    }

    /// Area `a`'s pattern in a whole allocation (`units[p × F + k]`), with its exact value.
    func pattern(area a: Int, of units: [Int]) -> Pattern {
        let A = scored.areaCount
        let F = model.forceCount
        var own = [Int](repeating: 0, count: scored.periodCount * F)
        for t in 0..<scored.periodCount {
            for k in 0..<F { own[t * F + k] = units[(t * A + a) * F + k] }
        }
        return completed(area: a, units: own)
    }

    /// A pattern from its units: where it is armed, and its exact value (model.md §3, by
    /// ``Figures``, as the plan reports it).
    func completed(area a: Int, units: [Int]) -> Pattern {
        let F = model.forceCount
        let forces = scored.scenario.forces
        var value = 0.0
        var armed = [Bool](repeating: false, count: scored.periodCount)
        for t in 0..<scored.periodCount {
            let officers = (0..<F).map { units[t * F + $0] * forces[$0].unit }
            armed[t] = forces.indices.contains { forces[$0].armed && officers[$0] > 0 }
            value += Figures.riskReduced(scored, area: a, period: t, officers: officers)
                - Figures.communityImpact(scored, area: a, period: t, officers: officers)
        }
        return Pattern(area: a, units: units, armed: armed, value: value)
    }

    /// The pattern of a priced choice, or nil when a period has no units or a commitment
    /// (§4.12, left out of the subproblems) is not met.
    func pattern(area a: Int, choice: LagrangianBound.AreaChoice) -> Pattern? {
        let A = scored.areaCount
        let F = model.forceCount
        var units = [Int](repeating: 0, count: scored.periodCount * F)
        for t in 0..<scored.periodCount {
            guard let chosen = choice.units[t] else { return nil }
            let p = t * A + a
            for (j, k) in bounder.forceIndex[p].enumerated() {
                units[t * F + k] = chosen[j]
                if let column = model.unitColumn(p, force: k), model.milp.columns[column].lower > Double(chosen[j]) {
                    return nil
                }
            }
        }
        return completed(area: a, units: units)
    }

    /// The multipliers in the master's duals (clamped at 0, so the bound stays valid).
    func multipliers(_ duals: [Double], rows: Rows) -> LagrangianBound.Multipliers {
        var m = bounder.zero
        for i in m.pool.indices where rows.pool[i] >= 0 { m.pool[i] = max(0, duals[rows.pool[i]]) }
        for t in 0..<scored.periodCount {
            if rows.share[t] >= 0 { m.share[t] = max(0, duals[rows.share[t]]) }
            if rows.areas[t] >= 0 { m.areas[t] = max(0, duals[rows.areas[t]]) }
        }
        return m
    }

    /// Each master row's price: the multipliers `m` on the coupling rows, the LP's duals on
    /// the convexity rows.
    func rowPrices(_ m: LagrangianBound.Multipliers, duals: [Double], rows: Rows) -> [Double] {
        var prices = [Double](repeating: 0, count: rows.milp.rows.count)
        for i in m.pool.indices where rows.pool[i] >= 0 { prices[rows.pool[i]] = m.pool[i] }
        for t in 0..<scored.periodCount {
            if rows.share[t] >= 0 { prices[rows.share[t]] = m.share[t] }
            if rows.areas[t] >= 0 { prices[rows.areas[t]] = m.areas[t] }
        }
        for row in rows.convexity { prices[row] = duals[row] }
        return prices
    }

    /// `pattern`'s reduced cost at the row prices ``rowPrices(_:duals:rows:)``.
    func reducedCost(_ pattern: Pattern, prices: [Double], rows: Rows) -> Double {
        let column = column(pattern, rows: rows)
        return zip(column.rows, column.values).reduce(column.objective) { $0 - prices[$1.0] * $1.1 }
    }

    /// Runs column generation from a feasible allocation (`units[p × F + k]`, worth
    /// `incumbent`), until the master LP meets the best bound, the bound proves `gap` for the
    /// best plan, `limits` are spent or `stop` says so. `start` is the best bound known, with
    /// its multipliers (the subgradient's), the centre of the smoothing. `progress` hears each
    /// round: the round, the best bound, the master's value. `round` gets each master solution
    /// and returns the value of the plan it made of it (``rounded(_:)``), if any.
    ///
    /// - Throws: ``SolverError`` from the master's solves.
    func run(
        from units: [Int], incumbent: Double, start: (bound: Double, multipliers: LagrangianBound.Multipliers)?,
        seeds: [(area: Int, choice: LagrangianBound.AreaChoice)] = [], gap: Double, limits: Limits, stop: () -> Bool, progress: (Int, Double, Double?) -> Void,
        round: (Outcome) -> Double?
    ) throws(SolverError) -> Outcome {
        var incumbent = incumbent
        let A = scored.areaCount
        let rows = rows
        let session = try solver.openLinearProgram(rows.milp)
        var outcome = Outcome(bound: nil, multipliers: nil, masterValue: nil, patterns: [], weights: [])
        var seen = Set<Int>()
        func key(_ q: Pattern) -> Int {
            var hasher = Hasher()
            hasher.combine(q.area)
            hasher.combine(q.units)
            hasher.combine(q.armed)
            return hasher.finalize()
        }
        func add(_ patterns: [Pattern]) throws(SolverError) -> Int {
            let fresh = patterns.filter { seen.insert(key($0)).inserted }
            try session.addColumns(fresh.map { column($0, rows: rows) })
            outcome.patterns += fresh
            return fresh.count
        }
        // The incumbent's patterns make the master feasible from the start.
        outcome.incumbent = (0..<A).map { pattern(area: $0, of: units) }
        _ = try add(outcome.incumbent)
        _ = try add(seeds.compactMap { pattern(area: $0.area, choice: $0.choice) })

        /// Prices every area at `m` (``LagrangianBound/evaluate(_:stop:collect:)``): L(m) and
        /// the patterns found; nil when stopped.
        func priceAll(_ m: LagrangianBound.Multipliers) -> (bound: Double, patterns: [Pattern])? {
            var patterns: [Pattern] = []
            let evaluation = bounder.evaluate(
                m, stop: { stop() || outcome.work >= limits.pricingWork },
                collect: { a, choice in
                    outcome.work += choice.work
                    if let q = pattern(area: a, choice: choice) { patterns.append(q) }
                })
            guard let evaluation, evaluation.feasible else { return nil }
            return (evaluation.bound, patterns)
        }
        func offer(_ bound: Double, _ m: LagrangianBound.Multipliers) {
            if bound < outcome.bound ?? .infinity {
                outcome.bound = bound
                outcome.multipliers = m
            }
        }

        // Round 0: the best multipliers known (the subgradient's), else prices from the incumbent.
        let center = start?.multipliers ?? bounder.start(from: units)
        if let start { offer(start.bound, start.multipliers) }
        guard let first = priceAll(center) else { return outcome }
        offer(first.bound, center)
        _ = try add(first.patterns)
        progress(0, outcome.bound ?? first.bound, nil)

        var alpha = limits.smoothing
        // Columns kept in the master: beyond `most`, the most negative reduced costs go.
        let most = max(4 * rows.milp.rows.count, 2 * A)
        while outcome.iterations < limits.iterations, !stop() {
            outcome.iterations += 1
            // GLPK's simplex cannot be interrupted: it runs in slices of iterations, deterministic
            // like the rest of the budget, with the stop asked between them.
            var lp: LinearProgramSolution
            var spent = 0
            repeat {
                let seconds = limits.deadline.map { max(0.001, ($0 - ContinuousClock.now) / .seconds(1)) }
                let slice = min(limits.simplexSlice, limits.simplexIterations - spent)
                lp = try session.solve(LinearProgramLimits(iterations: slice, seconds: seconds))
                spent += slice
            } while lp.termination == .workLimit && spent < limits.simplexIterations && !stop()
            guard lp.termination == .optimal else { break }
            outcome.masterValue = lp.objective
            outcome.weights = lp.values
            if let value = round(outcome) { incumbent = max(incumbent, value) }
            let duals = multipliers(lp.duals, rows: rows)
            let prices = rowPrices(duals, duals: lp.duals, rows: rows)
            let best = outcome.bound ?? .infinity
            let scale = max(1, abs(best))
            if best - lp.objective <= 1e-6 * scale || best - incumbent <= gap * scale { break }
            if outcome.patterns.count > most {
                // Non-basic columns only (a reduced cost below 0), the most negative first.
                let costs = outcome.patterns.map { reducedCost($0, prices: prices, rows: rows) }
                let leaving = outcome.patterns.indices.filter { costs[$0] < -1e-7 * scale }
                    .sorted { costs[$0] < costs[$1] }.prefix(outcome.patterns.count - most / 2).sorted()
                try session.removeColumns(Array(leaving))
                var keep = [Bool](repeating: true, count: outcome.patterns.count)
                for j in leaving {
                    keep[j] = false
                    seen.remove(key(outcome.patterns[j]))
                }
                outcome.patterns = outcome.patterns.indices.filter { keep[$0] }.map { outcome.patterns[$0] }
                outcome.weights = outcome.weights.indices.filter { keep[$0] }.map { outcome.weights[$0] }
            }
            var m = duals
            if alpha > 0, let centre = outcome.multipliers {
                m.pool = zip(centre.pool, duals.pool).map { alpha * $0 + (1 - alpha) * $1 }
                m.share = zip(centre.share, duals.share).map { alpha * $0 + (1 - alpha) * $1 }
                m.areas = zip(centre.areas, duals.areas).map { alpha * $0 + (1 - alpha) * $1 }
            }
            guard let priced = priceAll(m) else { break }
            offer(priced.bound, m)
            progress(outcome.iterations, outcome.bound ?? priced.bound, lp.objective)
            let entering = priced.patterns.filter { reducedCost($0, prices: prices, rows: rows) > 1e-9 * scale }
            if try add(entering) == 0 {
                // Nothing prices out at the smoothed prices: try the LP's own; at those, nothing
                // pricing out means the master has reached the dual's value.
                if alpha == 0 { break }
                alpha = 0
            } else {
                alpha = limits.smoothing
            }
        }
        if outcome.weights.count < outcome.patterns.count {
            outcome.weights += [Double](repeating: 0, count: outcome.patterns.count - outcome.weights.count)
        }
        return outcome
    }

    /// The master LP's solution rounded: each area's heaviest pattern, as an allocation
    /// (`units[p × F + k]`) that keeps every rule local to an area but may break the pools,
    /// the overall share or the armed-areas limit (``GreedyHeuristic/repair(from:)`` mends it).
    func rounded(_ outcome: Outcome) -> [Int] {
        let A = scored.areaCount
        let F = model.forceCount
        var heaviest = [Int](repeating: -1, count: A)
        for (j, q) in outcome.patterns.enumerated() where j < outcome.weights.count {
            if heaviest[q.area] < 0 || outcome.weights[j] > outcome.weights[heaviest[q.area]] { heaviest[q.area] = j }
        }
        var units = [Int](repeating: 0, count: model.unitColumn.count)
        for a in 0..<A {
            let q = heaviest[a] >= 0 ? outcome.patterns[heaviest[a]] : outcome.incumbent[a]
            for t in 0..<scored.periodCount {
                for k in 0..<F { units[(t * A + a) * F + k] = q.units[t * F + k] }
            }
        }
        return units
    }
}
