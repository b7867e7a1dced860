public import PatrolPlanResults
public import PatrolPlanScoring
public import PatrolPlanScenario

extension UpliftSweep {
    /// Solves `scenario` with an uplift of each of `officers` for `force`, at most `jobs` at a time.
    ///
    /// With `reuse`, the points are solved in order, each started from the previous point's
    /// plan (feasible for a larger uplift) instead of relax-and-fix; `jobs` is then unused, so
    /// the result still does not depend on it.
    public static func run(
        _ scenario: Scenario, force: String, officers: [Int], planner: Planner, jobs: Int, reuse: Bool = false
    ) async throws -> UpliftSweep {
        let onDuty = scenario.forces.first { $0.id == force }?.onDutyFraction ?? 0.2
        if reuse {
            var points: [Point] = []
            for n in officers {
                let start = points.last?.plan
                points.append(try Self.point(scenario, force: force, officers: n, onDuty: onDuty, planner: planner, start: start))
            }
            return UpliftSweep(force: force, points: points)
        }
        var points = [Point?](repeating: nil, count: officers.count)
        try await withThrowingTaskGroup(of: (Int, Point).self) { group in
            var next = 0
            func start() {
                guard next < officers.count else { return }
                let index = next
                let n = officers[index]
                next += 1
                group.addTask {
                    (index, try Self.point(scenario, force: force, officers: n, onDuty: onDuty, planner: planner))
                }
            }
            for _ in 0..<max(1, jobs) { start() }
            while let (index, point) = try await group.next() {
                points[index] = point
                start()
            }
        }
        return UpliftSweep(force: force, points: points.compactMap { $0 })
    }

    static func point(
        _ scenario: Scenario, force: String, officers: Int, onDuty: Double, planner: Planner, start: Plan? = nil
    ) throws -> Point {
        let clock = ContinuousClock()
        let started = clock.now
        let scored = try ScoredScenario(scenario, uplifts: officers != 0 ? [Uplift(force: force, officers: officers)] : [])
        let outcome = try planner.plan(
            scored, scenarioSHA256: "", start: start.map { UnitAllocation(plan: $0, scored: scored) })
        let seconds = (clock.now - started) / .seconds(1)
        return Point(
            officers: officers, perPeriod: officers.signum() * Tolerance.floor(Double(officers.magnitude) * onDuty),
            summary: outcome.plan.map { PlanSummary($0, scenario: scenario) }, status: outcome.status,
            seconds: seconds, plan: outcome.plan)
    }
}
