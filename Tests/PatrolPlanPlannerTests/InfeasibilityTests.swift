import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanPlanner
import Testing

/// model.md §5: an infeasible scenario's diagnosis names each short period, what its minimums
/// need, the most that can be placed towards them, and the rules that stop the rest — and never
/// a period that can in fact be met.
@Suite struct InfeasibilityTests {
    static func diagnose(_ scenario: Scenario) throws -> InfeasibilityDiagnosis {
        let scored = try ScoredScenario(scenario)
        #expect(try Fixtures.solve(scenario).status == .infeasible)
        return try InfeasibilityDiagnoser().diagnose(scored)
    }

    @Test func tooFewOfficersNamesThePeriodTheAreaAndThePools() throws {
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5, min: 5)], forces: [Fixtures.unarmed(2)])
        let d = try Self.diagnose(s)
        #expect(d.periods == [
            PeriodShortfall(
                period: "t0", needed: 5, atMost: 2, areas: [AreaShortfall(area: "a", needed: 5, atMost: 2)],
                blockers: [BlockingRule(rule: .pools, gain: 3)]),
        ])
        #expect(d.jointBlockers.isEmpty)
        let text = InfeasibilityText.render(d, periodCount: 1)
        #expect(text.contains("period t0: its minimums need 5 officers; at most 2 can be placed"))
        #expect(text.contains("officers on duty"))
    }

    @Test func onlyTheShortPeriodIsNamed() throws {
        var nbh = Fixtures.unarmed(0)
        nbh.pool = .available(PerPeriod(default: 6, values: ["t1": 3]))
        let s = Fixtures.scenario(
            periods: 3, areas: [Fixtures.area("a", gang: 0.5, min: 2), Fixtures.area("b", gang: 0.1, min: 2)],
            forces: [nbh])
        let d = try Self.diagnose(s)
        #expect(d.periods.map(\.period) == ["t1"])
        #expect(d.periods.first?.needed == 4)
        #expect(d.periods.first?.atMost == 3)
        // Neither area is short on its own: three officers could go to either.
        #expect(d.periods.first?.areas == [])
    }

    @Test func armedOfficersWithoutEligibilityCannotCount() throws {
        // Two unarmed officers and four armed ones, but no CIA: armed officers may not be there.
        // (The overall share is lifted: at 0.25 it would stop them too, and no single rule would.)
        var policy = Policy()
        policy.armedMaxShareOverall = 1
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5, min: 4)], intelligence: [Fixtures.intel("a", 0.6)],
            forces: [Fixtures.unarmed(2), Fixtures.armed(4)], policy: policy)
        let d = try Self.diagnose(s)
        let shortfall = try #require(d.periods.first)
        #expect(shortfall.atMost == 2)
        #expect(shortfall.blockers.contains(BlockingRule(rule: .armedEligibility, gain: 2)))
        #expect(shortfall.blockers.contains { $0.rule == .pools })
        #expect(!shortfall.blockers.contains { $0.rule == .armedShare })
    }

    @Test func theLocalArmedShareNeedsUnarmedOfficersBeside() throws {
        // Eligible, but armed officers may be at most half of those present: 1 unarmed + 1 pair
        // breaks the share, so only the unarmed officer counts.
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5, min: 3)], intelligence: [Fixtures.intel("a", 0.6)],
            forces: [Fixtures.unarmed(1), Fixtures.armed(2)], assessments: [Fixtures.cia("a")],
            policy: { var p = Policy(); p.armedMaxShareOverall = 1; return p }())
        let d = try Self.diagnose(s)
        let shortfall = try #require(d.periods.first)
        #expect(shortfall.atMost == 1)
        #expect(shortfall.blockers.contains(BlockingRule(rule: .armedShare, gain: 2)))
    }

    @Test func durationLimitsAreReportedAcrossPeriods() throws {
        // Each period alone can meet its minimum with an armed pair, but armed officers may be
        // there at most two periods running.
        var policy = Fixtures.openPolicy()
        policy.armedMaxConsecutivePeriods = 2
        let s = Fixtures.scenario(
            periods: 3, areas: [Fixtures.area("a", gang: 0.5, min: 4)], intelligence: [Fixtures.intel("a", 0.9)],
            forces: [Fixtures.unarmed(2), Fixtures.armed(2)], assessments: [Fixtures.cia("a")], policy: policy)
        let d = try Self.diagnose(s)
        #expect(d.periods.isEmpty)
        #expect(d.jointBlockers.contains(BlockingRule(rule: .armedDuration, gain: 2)))
        #expect(InfeasibilityText.render(d, periodCount: 3).contains("not all together"))
    }
}
