public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanModel

/// A valid upper bound on model@1's optimum that keeps every area-period's integrality: the
/// Lagrangian relaxation of the rows that couple areas within a period — the pools (§4.1), the
/// overall armed share (§4.11) and the number of armed areas (§4.9) — with multipliers
/// `λ, μ, ν ≥ 0`. What is left splits by area: each area's periods, with its armed-duration
/// rules (§4.8) kept exactly by a dynamic programme over armed presence, and each area-period
/// solved exactly over integer units (``AreaPeriodProblem``).
///
/// For any multipliers `L(λ, μ, ν) = Σ λ_{t,k} available_{t,k} + Σ ν_t maxAreas + Σ_a best_a ≥
/// optimum` (weak duality). The multipliers are improved by projected subgradient steps
/// (Polyak's rule, aimed at the incumbent's value). This closes the gap that the LP relaxation
/// leaves from integer officer counts under the concave curve (docs/solver.md, "The Lagrangian bound").
public struct LagrangianBound: Sendable {
    let scored: ScoredScenario
    let model: PatrolModel
    /// The subproblem of each area-period, indexed p.
    let problems: [AreaPeriodProblem]
    /// Forces' positions in each problem's force list, per area-period: `forceIndex[p][j]` = k.
    let forceIndex: [[Int]]
    /// Pool rows that exist: (t, k).
    let pools: [(t: Int, k: Int)]
    let hasShareRow: [Bool]
    let maxAreas: Int?
    let penalty: [Double]
    /// The first force alike to each force (same armed flag, unit and effectiveness).
    private let likeForce: [Int]
    /// Work budget of one area-period subproblem (evaluations of its value).
    var subproblemWork = AreaPeriodProblem.defaultWork

    public init(scored: ScoredScenario, model: PatrolModel) {
        self.scored = scored
        self.model = model
        let scenario = scored.scenario
        let A = scored.areaCount
        let T = scored.periodCount
        let F = model.forceCount
        var problems: [AreaPeriodProblem] = []
        var forceIndex: [[Int]] = []
        var penalty: [Double] = []
        problems.reserveCapacity(A * T)
        for t in 0..<T {
            let hours = scenario.periods[t].hours
            for a in 0..<A {
                let p = t * A + a
                var forces: [AreaPeriodProblem.Force] = []
                var index: [Int] = []
                for (k, force) in scenario.forces.enumerated() where model.unitColumn[p * F + k] >= 0 {
                    let u = Double(force.unit)
                    forces.append(.init(
                        unit: force.unit, armed: force.armed,
                        effect: (force.effectiveness[0] * u, force.effectiveness[1] * u, force.effectiveness[2] * u),
                        upper: model.unitUpper[p * F + k]))
                    index.append(k)
                }
                let r = (0..<3).map { scored.risk[p * 3 + $0] > 0 ? hours * scored.risk[p * 3 + $0] : 0 }
                problems.append(AreaPeriodProblem(
                    forces: forces, weight: (r[0], r[1], r[2]), scale: scored.presenceScale[p],
                    minOfficers: scored.minimum[p], maxOfficers: scored.capacity[p] ?? Int.max / 4,
                    armedLimit: model.indicatorColumn[p] >= 0 ? model.armedLimit[p] : 0,
                    share: scenario.policy.armedMaxShare))
                forceIndex.append(index)
                penalty.append(Figures.impactPerArmedOfficer(scored, area: a, period: t))
            }
        }
        self.problems = problems
        self.forceIndex = forceIndex
        self.penalty = penalty
        var pools: [(t: Int, k: Int)] = []
        for t in 0..<T {
            for k in 0..<F where model.poolRow[t * F + k] >= 0 { pools.append((t, k)) }
        }
        self.pools = pools
        let share = scenario.policy.armedMaxShareOverall
        self.hasShareRow = (0..<T).map { t in share < 1 && (0..<A).contains { model.indicatorColumn[t * A + $0] >= 0 } }
        self.maxAreas = scenario.policy.armedMaxAreasPerPeriod
        let forces = scenario.forces
        self.likeForce = forces.indices.map { k in
            forces.indices.first {
                forces[$0].armed == forces[k].armed && forces[$0].unit == forces[k].unit
                    && forces[$0].effectiveness == forces[k].effectiveness
            } ?? k
        }
    }

    /// Multipliers: `λ` per (period, force), `μ` (overall share) and `ν` (armed areas) per period.
    public struct Multipliers: Sendable {
        public var pool: [Double]
        public var share: [Double]
        public var areas: [Double]
    }

    /// What one evaluation found: the bound and the subgradient's ingredients.
    struct Evaluation {
        var bound: Double
        /// Officers of (t, k) used by the subproblems' choices.
        var used: [Int]
        /// Overall-share row activity per period.
        var shareActivity: [Double]
        /// Armed areas per period.
        var armedAreas: [Int]
        /// Whether every subproblem had a feasible choice (else the scenario is infeasible).
        var feasible: Bool
        /// Evaluations of the area-period value spent (``AreaPeriodProblem/search(prices:armed:budget:)``).
        var work = 0
    }

    /// The multipliers' part of `L`: `Σ λ_{t,k} available_{t,k} + Σ ν_t maxAreas`.
    func rightHandSide(_ m: Multipliers) -> Double {
        let F = model.forceCount
        var total = 0.0
        for (t, k) in pools { total += m.pool[t * F + k] * Double(scored.available[t][k]) }
        if let most = maxAreas {
            for t in 0..<scored.periodCount where m.areas[t] > 0 { total += m.areas[t] * Double(most) }
        }
        return total
    }

    /// `L` at `m`, with the subproblems' choices; nil when `stop` (asked before each area) says so.
    /// `collect` hears each area's choice (column generation makes its patterns of them).
    func evaluate(
        _ m: Multipliers, stop: () -> Bool = { false }, collect: (_ area: Int, _ choice: AreaChoice) -> Void = { _, _ in }
    ) -> Evaluation? {
        let scenario = scored.scenario
        let A = scored.areaCount
        let T = scored.periodCount
        let F = model.forceCount
        let overall = scenario.policy.armedMaxShareOverall
        var bound = rightHandSide(m)
        var used = [Int](repeating: 0, count: T * F)
        var shareActivity = [Double](repeating: 0, count: T)
        var armedAreas = [Int](repeating: 0, count: T)
        var feasible = true
        var work = 0
        for a in 0..<A {
            if stop() { return nil }
            let choice = price(area: a, m)
            collect(a, choice)
            work += choice.work
            guard let armed = choice.armed else {
                feasible = false
                continue
            }
            for t in 0..<T {
                guard let chosen = choice.units[t] else { continue }
                if armed[t] { armedAreas[t] += 1 }
                for (j, k) in forceIndex[t * A + a].enumerated() {
                    let officers = chosen[j] * scenario.forces[k].unit
                    used[t * F + k] += officers
                    shareActivity[t] += Double(officers) * (scenario.forces[k].armed ? 1 - overall : -overall)
                }
            }
            bound += choice.value
        }
        return Evaluation(
            bound: bound, used: used, shareActivity: shareActivity, armedAreas: armedAreas, feasible: feasible, work: work)
    }

    /// One area's best choice at multipliers `m`: its periods' units under the duration rules.
    public struct AreaChoice: Sendable {
        /// An upper bound on the area's best `value − Σ price × officers − Σ ν_t y_t` (exact when
        /// every area-period search finished within its budget); `-∞` when infeasible.
        public var value: Double
        /// Which periods have armed presence; nil when no pattern is feasible.
        public var armed: [Bool]?
        /// Units per period in the order of ``forceIndex`` (nil where no units were found).
        public var units: [[Int]?]
        /// Evaluations of area-period values spent.
        public var work: Int
    }

    /// The price of one officer of each force in the problem of area-period `p` (period `t`)
    /// at multipliers `m`: its pool's multiplier, its share of the overall-share row and, for
    /// armed forces, the community impact (§3).
    func prices(_ p: Int, period t: Int, _ m: Multipliers) -> [Double] {
        let scenario = scored.scenario
        let F = model.forceCount
        let overall = scenario.policy.armedMaxShareOverall
        return forceIndex[p].map { k -> Double in
            let force = scenario.forces[k]
            let u = Double(force.unit)
            var price = m.pool[t * F + k] * u
            if hasShareRow[t] { price += m.share[t] * (force.armed ? u * (1 - overall) : -u * overall) }
            if force.armed { price += penalty[p] * u }
            return price
        }
    }

    /// Area `a`'s subproblem at `m`: each period with and without armed presence
    /// (``AreaPeriodProblem``), then the best pattern over the periods (``ArmedPattern``).
    func price(area a: Int, _ m: Multipliers) -> AreaChoice {
        let A = scored.areaCount
        let T = scored.periodCount
        var values = [(unarmed: Double, armed: Double)](repeating: (-.infinity, -.infinity), count: T)
        var units = [[[Int]?]](repeating: [nil, nil], count: T)
        var work = 0
        for t in 0..<T {
            let p = t * A + a
            let prices = prices(p, period: t, m)
            for armed in [false, true] {
                let best = problems[p].search(prices: prices, armed: armed, budget: subproblemWork)
                work += best?.work ?? 0
                let value = best.map { $0.value - (armed ? m.areas[t] : 0) } ?? -.infinity
                if armed { values[t].armed = value } else { values[t].unarmed = value }
                units[t][armed ? 1 : 0] = best?.units ?? nil
            }
        }
        let policy = scored.scenario.policy
        guard
            let pattern = ArmedPattern.best(
                values, maxRun: min(policy.armedMaxConsecutivePeriods ?? T, T),
                maxCount: min(policy.armedMaxPeriodsPerArea ?? T, T))
        else { return AreaChoice(value: -.infinity, armed: nil, units: [], work: work) }
        return AreaChoice(
            value: pattern.value, armed: pattern.armed, units: (0..<T).map { units[$0][pattern.armed[$0] ? 1 : 0] },
            work: work)
    }

    /// The best bound found by `iterations` subgradient steps from `start`, aimed at `target`
    /// (a feasible plan's value), stopping early once it proves `gap`, at `deadline`, once
    /// `stop` says so (asked after every area) or once `work` evaluations of area-period values
    /// are spent (the deterministic budget, ``WorkBudget``). `progress` hears each step and the
    /// best bound so far. Returns `nil` if a subproblem has no feasible choice.
    public func bound(
        start: Multipliers, target: Double, iterations: Int, gap: Double = 0,
        deadline: ContinuousClock.Instant? = nil, work: Int = .max, stop: (() -> Bool)? = nil,
        progress: ((Int, Double) -> Void)? = nil
    ) -> Double? {
        search(
            start: start, target: target, iterations: iterations, gap: gap, deadline: deadline, work: work, stop: stop,
            progress: progress)?.bound
    }

    /// ``bound(start:target:iterations:gap:deadline:work:stop:progress:)`` with the multipliers that gave it.
    /// Steps between the checks that give up on a stalled search (`giveUpAbove`).
    static let stallSteps = 40

    public func search(
        start: Multipliers, target: Double, iterations: Int, gap: Double = 0,
        deadline: ContinuousClock.Instant? = nil, work: Int = .max, stop: (() -> Bool)? = nil,
        giveUpAbove: Double? = nil, progress: ((Int, Double) -> Void)? = nil,
        collect: ((_ step: Int, _ area: Int, _ choice: AreaChoice) -> Void)? = nil
    ) -> (bound: Double, multipliers: Multipliers)? {
        let clock = ContinuousClock()
        var m = start
        let F = model.forceCount
        // Alike forces start at their mean price.
        for t in 0..<scored.periodCount {
            for k in 0..<F where likeForce[k] == k {
                let members = pools.filter { $0.t == t && likeForce[$0.k] == k }.map(\.k)
                guard !members.isEmpty else { continue }
                let mean = members.reduce(0) { $0 + m.pool[t * F + $1] } / Double(members.count)
                for member in members { m.pool[t * F + member] = mean }
            }
        }
        var best = Double.infinity
        var checkpoint = Double.infinity
        var bestMultipliers = m
        var theta = 1.0
        // Halve the step after this many evaluations without a better bound.
        var sinceImproved = 0
        let T = scored.periodCount
        var direction: [Double] = []
        var spent = 0
        let halt = { () -> Bool in
            if let stop, stop() { return true }
            if let deadline, clock.now >= deadline { return true }
            return false
        }
        for step in 0..<iterations {
            guard let e = evaluate(m, stop: halt, collect: { collect?(step, $0, $1) }) else { break }
            guard e.feasible else { return nil }
            spent += e.work
            if !best.isFinite || e.bound < best - 1e-9 * max(1, abs(best)) {
                best = e.bound
                bestMultipliers = m
                sinceImproved = 0
            } else {
                sinceImproved += 1
                if sinceImproved >= 10 {
                    theta /= 2
                    sinceImproved = 0
                }
            }
            progress?(step + 1, best)
            if best - target <= max(gap, 1e-7) * max(1, abs(best)) { break }
            // Stalled: under 0.1% better in the last `stallSteps` steps while still above a
            // bound already known, or under 0.002% better at all (converged as far as the
            // subgradient goes): more steps would only cost time.
            if (step + 1) % Self.stallSteps == 0 {
                let above = giveUpAbove.map { best > $0 } ?? false
                if checkpoint - best < (above ? 1e-3 : 2e-5) * max(1, abs(best)) { break }
                checkpoint = best
            }
            if halt() || spent >= work { break }
            // Subgradient of L (to be decreased): available − used, 0 − activity, maxAreas − armed.
            // Forces alike (same armed flag, unit and effectiveness) share one price: which of
            // them a subproblem uses at equal prices is arbitrary, so only their sum counts.
            // The direction is deflected (Camerini, Fratta and Maffioli 1975) against zig-zag.
            var g = [Double](repeating: 0, count: m.pool.count + 2 * T)
            for (t, k) in pools {
                g[t * F + likeForce[k]] -= Double(scored.available[t][k] - e.used[t * F + k])
            }
            for t in 0..<T {
                if hasShareRow[t] { g[m.pool.count + t] = e.shareActivity[t] }
                if let most = maxAreas { g[m.pool.count + T + t] = Double(e.armedAreas[t] - most) }
            }
            if direction.count == g.count {
                let dot = zip(g, direction).reduce(0) { $0 + $1.0 * $1.1 }
                let norm = direction.reduce(0) { $0 + $1 * $1 }
                let beta = norm > 0 ? max(0, -1.5 * dot / norm) : 0
                for i in g.indices { g[i] += beta * direction[i] }
            }
            direction = g
            let norm = g.reduce(0) { $0 + $1 * $1 }
            guard norm > 0 else { break }
            let step = theta * max(e.bound - target, 1e-6 * max(1, abs(target))) / norm
            for (t, k) in pools where likeForce[k] == k { m.pool[t * F + k] = max(0, m.pool[t * F + k] + step * g[t * F + k]) }
            for (t, k) in pools where likeForce[k] != k { m.pool[t * F + k] = m.pool[t * F + likeForce[k]] }
            for t in 0..<T {
                if hasShareRow[t] { m.share[t] = max(0, m.share[t] + step * g[m.pool.count + t]) }
                if maxAreas != nil { m.areas[t] = max(0, m.areas[t] + step * g[m.pool.count + T + t]) }
            }
        }
        return best.isFinite ? (best, bestMultipliers) : nil
    }

    /// Starting multipliers from a feasible plan (`units[p × F + k]`): a pool the plan uses up
    /// is priced at the most one more officer of that force would add anywhere in that period.
    public func start(from units: [Int]) -> Multipliers {
        var m = zero
        let scenario = scored.scenario
        let A = scored.areaCount
        let F = model.forceCount
        var used = [Int](repeating: 0, count: scored.periodCount * F)
        for p in 0..<(A * scored.periodCount) {
            for k in 0..<F { used[(p / A) * F + k] += units[p * F + k] * scenario.forces[k].unit }
        }
        for (t, k) in pools where used[t * F + k] + scenario.forces[k].unit > scored.available[t][k] {
            // The plan is a subproblem optimum at any price between the most one more unit adds
            // where it may go and the least one unit it deployed is worth: take the middle.
            var add = 0.0
            var remove = Double.infinity
            let force = scenario.forces[k]
            let u = Double(force.unit)
            for a in 0..<A {
                let p = t * A + a
                guard model.unitColumn[p * F + k] >= 0, !force.armed || model.indicatorColumn[p] >= 0 else { continue }
                let problem = problems[p]
                var e = (0.0, 0.0, 0.0)
                var total = 0
                for (j, kk) in forceIndex[p].enumerated() {
                    let d = Double(units[p * F + kk])
                    e.0 += problem.forces[j].effect.0 * d
                    e.1 += problem.forces[j].effect.1 * d
                    e.2 += problem.forces[j].effect.2 * d
                    total += units[p * F + kk] * scenario.forces[kk].unit
                }
                let impact = force.armed ? penalty[p] * u : 0
                let effect = (force.effectiveness[0] * u, force.effectiveness[1] * u, force.effectiveness[2] * u)
                let here = problem.value(e)
                if units[p * F + k] < model.unitUpper[p * F + k], total + force.unit <= problem.maxOfficers {
                    let more = (e.0 + effect.0, e.1 + effect.1, e.2 + effect.2)
                    add = max(add, (problem.value(more) - here - impact) / u)
                }
                if units[p * F + k] > 0 {
                    let less = (e.0 - effect.0, e.1 - effect.1, e.2 - effect.2)
                    remove = min(remove, (here - problem.value(less) - impact) / u)
                }
            }
            m.pool[t * F + k] = max(0, remove.isFinite ? (add + remove) / 2 : add)
        }
        return m
    }

    /// Zero multipliers of the right shape.
    public var zero: Multipliers {
        Multipliers(
            pool: [Double](repeating: 0, count: scored.periodCount * model.forceCount),
            share: [Double](repeating: 0, count: scored.periodCount),
            areas: [Double](repeating: 0, count: scored.periodCount))
    }
}
