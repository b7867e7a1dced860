internal import _PatrolPlanNumerics
public import PatrolPlanResults
internal import PatrolPlanScoring
public import PatrolPlanScenario

extension Staffing {
    /// The fewest extra officers of `force` for which the optimum reaches `target`, with the
    /// range the proven gaps leave (see ``Staffing``).
    ///
    /// The machinery is the sweep's: each solve starts from the plan of the largest uplift
    /// solved below it (feasible there: more officers never remove a plan); an uplift's value is
    /// the best plan found at or below it, and its bound the tightest bound found at or above it.
    public static func fewestOfficers(
        _ scenario: Scenario, force: String, target: Target, planner: Planner, maxDoublings: Int = 24
    ) throws -> Result {
        guard let onDuty = scenario.forces.first(where: { $0.id == force })?.onDutyFraction else {
            throw ScoringError.unknownUpliftForce(force, known: scenario.forces.map(\.id))
        }
        var planner = planner
        planner.options.relaxAndFixAfterStart = true
        var trace: [Solve] = []
        var solved: [Int: (value: Double, bound: Double, plan: Plan?)] = [:]
        func headcount(_ m: Int) -> Int {
            m == 0 ? 0 : SafeConversion.count(SafeConversion.ratio(Double(m) - Tolerance.threshold, onDuty), rounding: .up)
        }
        /// The best value found at or below `m` officers a period.
        func value(_ m: Int) -> Double {
            solved.filter { $0.key <= m }.map(\.value.value).max() ?? -.infinity
        }
        /// The tightest bound found at or above `m` officers a period.
        func bound(_ m: Int) -> Double {
            solved.filter { $0.key >= m }.map(\.value.bound).min() ?? .infinity
        }
        @discardableResult
        func solve(_ m: Int) throws -> Double {
            if solved[m] == nil {
                let uplift = m == 0 ? [] : [Uplift(force: force, officers: headcount(m))]
                let scored = try ScoredScenario(scenario, uplifts: uplift)
                let start = solved.filter { $0.key < m && $0.value.plan != nil }.max { $0.key < $1.key }?.value.plan
                let plan = try planner.plan(
                    scored, scenarioSHA256: "", start: start.map { UnitAllocation(plan: $0, scored: scored) }).plan
                solved[m] = (plan?.objective.value ?? -.infinity, plan?.objective.bound ?? .infinity, plan)
                trace.append(Solve(perPeriod: m, value: plan?.objective.value ?? -.infinity, bound: plan?.objective.bound ?? .infinity))
            }
            return value(m)
        }

        try solve(0)
        var high = 1
        var unlimited = try solve(high)
        // Double until the value stops growing twice running: one flat step may be a search
        // that stopped within its gap, not the end of the curve. A value target that is not yet
        // reached but that the bound still allows keeps the doubling going.
        var flat = 0
        for _ in 0..<maxDoublings {
            let next = try solve(high * 2)
            high *= 2
            if next > unlimited + 1e-6 * max(1, abs(unlimited)) {
                unlimited = next
                flat = 0
            } else {
                flat += 1
            }
            if case .value(let goal) = target, value(high) < goal - 1e-9, bound(high) >= goal - 1e-9 { continue }
            if flat >= 2 { break }
        }
        unlimited = value(solved.keys.max() ?? high)
        let goal: Double
        switch target {
        case .share(let share): goal = share * unlimited
        case .value(let value): goal = value
        }
        var result = Result(
            force: force, target: goal, baseValue: value(0), unlimitedValue: unlimited, trace: [])
        result.baseBound = bound(0)
        result.unlimitedBound = bound(solved.keys.max() ?? high)
        if value(0) >= goal - 1e-9 {
            result.alreadyMet = true
            result.officers = 0
            result.perPeriod = 0
            result.value = value(0)
            result.fewestPossible = 0
            result.trace = trace
            return result
        }
        guard var hi = solved.keys.sorted().first(where: { value($0) >= goal - 1e-9 }) else {
            result.trace = trace
            return result
        }
        var lo = solved.keys.filter { $0 < hi && value($0) < goal - 1e-9 }.max() ?? 0
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if try solve(mid) >= goal - 1e-9 { hi = mid } else { lo = mid }
        }
        // The bounds rule out every uplift whose bound is below the goal; the ones between
        // that and `hi` may reach it too, within the gaps.
        let ruledOut = solved.keys.filter { $0 < hi && bound($0) < goal - 1e-9 }.max() ?? -1
        result.officers = headcount(hi)
        result.perPeriod = hi
        result.value = value(hi)
        result.fewestPossible = headcount(ruledOut + 1)
        result.fewestPossiblePerPeriod = ruledOut + 1
        result.trace = trace
        return result
    }
}
