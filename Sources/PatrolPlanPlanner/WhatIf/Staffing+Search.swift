internal import _PatrolPlanNumerics
public import PatrolPlanResults
public import PatrolPlanScoring
public import PatrolPlanScenario

extension Staffing {
    public static func fewestOfficers(
        _ scenario: Scenario, force: String, target: Target, planner: Planner, maxDoublings: Int = 24
    ) throws -> Result {
        guard let onDuty = scenario.forces.first(where: { $0.id == force })?.onDutyFraction else {
            throw ScoringError.unknownUpliftForce(force, known: scenario.forces.map(\.id))
        }
        var trace: [(perPeriod: Int, value: Double)] = []
        var cache: [Int: Double] = [:]
        func headcount(_ m: Int) -> Int {
            m == 0 ? 0 : SafeConversion.count(SafeConversion.ratio(Double(m) - Tolerance.threshold, onDuty), rounding: .up)
        }
        func optimum(_ m: Int) throws -> Double {
            if let known = cache[m] { return known }
            let uplift = m == 0 ? [] : [Uplift(force: force, officers: headcount(m))]
            let value = try planner.plan(ScoredScenario(scenario, uplifts: uplift), scenarioSHA256: "").plan?
                .objective.value ?? -.infinity
            cache[m] = value
            trace.append((m, value))
            return value
        }

        let base = try optimum(0)
        var high = 1
        var unlimited = try optimum(high)
        for _ in 0..<maxDoublings {
            let next = try optimum(high * 2)
            if next <= unlimited + 1e-6 * max(1, abs(unlimited)) { break }
            high *= 2
            unlimited = next
        }
        unlimited = max(unlimited, cache.values.max() ?? unlimited)
        let goal: Double
        switch target {
        case .share(let share): goal = share * unlimited
        case .value(let value): goal = value
        }
        var result = Result(
            force: force, target: goal, officers: nil, perPeriod: nil, value: nil, baseValue: base,
            unlimitedValue: unlimited, trace: [])
        let reachable = cache.filter { $0.value >= goal - 1e-9 }.keys.min()
        guard var hi = reachable else {
            result.trace = trace
            return result
        }
        var lo = -1  // optimum(lo) < goal for every m ≤ lo
        for (m, value) in cache where value < goal - 1e-9 && m < hi {
            lo = max(lo, m)
        }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if try optimum(mid) >= goal - 1e-9 { hi = mid } else { lo = mid }
        }
        result.officers = headcount(hi)
        result.perPeriod = hi
        result.value = cache[hi]
        result.trace = trace
        return result
    }
}
