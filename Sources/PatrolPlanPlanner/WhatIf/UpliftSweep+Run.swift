public import PatrolPlanResults
internal import PatrolPlanScoring
public import PatrolPlanScenario

extension UpliftSweep {
    /// Solves `scenario` with an uplift of each of `officers` (ascending) for `force`, in order,
    /// each point started from the previous point's plan — feasible for it, since more officers
    /// never remove a plan — so the values never fall along the curve (see ``UpliftSweep``).
    public static func run(
        _ scenario: Scenario, force: String, officers: [Int], planner: Planner
    ) throws -> UpliftSweep {
        let onDuty = scenario.forces.first { $0.id == force }?.onDutyFraction ?? 0.2
        var planner = planner
        planner.options.relaxAndFixAfterStart = true
        var points: [Point] = []
        for n in officers.sorted() {
            let previous = points.last(where: { $0.plan != nil })
            let point = try Self.point(scenario, force: force, officers: n, onDuty: onDuty, planner: planner, start: previous?.plan)
            // The planner keeps the better of its search and the start, so this holds by
            // construction; a plan that broke it would be a planner bug, not a finding.
            if let before = previous?.summary?.value, let now = point.summary?.value, now < before - 1e-9 * max(1, abs(before)) {
                throw PlanningError.sweepNotMonotone(officers: n, value: now, previous: before)
            }
            points.append(point)
        }
        return UpliftSweep(force: force, points: points)
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
            officers: officers, perPeriod: Uplift.perPeriodChange(headcount: officers, onDutyFraction: onDuty),
            summary: outcome.plan.map { PlanSummary($0, scored: scored) }, status: outcome.status,
            seconds: seconds, plan: outcome.plan)
    }
}
