import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanPlanner

/// compare, sweep and staff on real solves.
@Suite struct AnalysisTests {
    static func haringey() throws -> Scenario {
        try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("haringey-weekend.json")))
            .scenario
    }

    @Test func moreOfficersNeverLowerTheOptimum() async throws {
        let sweep = try await UpliftSweep.run(
            try Self.haringey(), force: "response", officers: [0, 10, 20, 30], planner: Planner(), jobs: 2)
        let summaries = sweep.points.compactMap(\.summary)
        #expect(summaries.count == 4)
        for (before, after) in zip(summaries, summaries.dropFirst()) {
            // Each optimum is proven within the gap: compare against the earlier one's bound.
            #expect(after.bound >= before.value - 1e-9)
            #expect(after.value >= before.value - before.gap * abs(before.bound) - 1e-9)
        }
        #expect(sweep.points.map(\.perPeriod) == [0, 2, 4, 6])
    }

    @Test func sweepDoesNotDependOnTheNumberOfJobs() async throws {
        let scenario = try Self.haringey()
        let one = try await UpliftSweep.run(scenario, force: "response", officers: [0, 15, 30], planner: Planner(), jobs: 1)
        let two = try await UpliftSweep.run(scenario, force: "response", officers: [0, 15, 30], planner: Planner(), jobs: 3)
        #expect(one.points.map(\.summary) == two.points.map(\.summary))
    }

    @Test func compareListsTheChangedAreaPeriodsMostChangedFirst() throws {
        let scenario = try Self.haringey()
        let base = try #require(try Planner().plan(ScoredScenario(scenario), scenarioSHA256: "").plan)
        let variant = try #require(
            try Planner().plan(ScoredScenario(scenario, uplifts: [Uplift(force: "response", officers: 50)]), scenarioSHA256: "")
                .plan)
        let comparison = PlanComparison(base: base, variant: variant, baseScenario: scenario, variantScenario: scenario)
        #expect(comparison.variant.value >= comparison.base.value)
        #expect(!comparison.changes.isEmpty)
        let moved = comparison.changes.map(\.officersChanged)
        #expect(moved == moved.sorted(by: >))
        #expect(comparison.variant.officerHours > comparison.base.officerHours)
    }

    @Test func staffFindsTheFewestOfficers() throws {
        // One area, an unarmed force with no one on duty: an uplift of N adds N officers.
        let force = Force(id: "nbh", pool: .headcount(0), onDutyFraction: 1)
        let scenario = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [force])
        let scored = try ScoredScenario(scenario)
        let three = Figures.riskReduced(scored, area: 0, period: 0, officers: [3])
        let result = try Staffing.fewestOfficers(scenario, force: "nbh", target: .value(three - 1e-6), planner: Planner())
        #expect(result.perPeriod == 3)
        #expect(result.officers == 3)
        // Unlimited: the effect curve is flat from 8h = 16 effective officers (32 officers).
        let flat = Figures.riskReduced(scored, area: 0, period: 0, officers: [32])
        #expect(abs(result.unlimitedValue - flat) < 1e-6)
        let share = try Staffing.fewestOfficers(scenario, force: "nbh", target: .share(1), planner: Planner())
        #expect(share.perPeriod == 32)
    }

    @Test func staffSaysWhenNoUpliftReachesTheTarget() throws {
        let force = Force(id: "nbh", pool: .headcount(0), onDutyFraction: 1)
        let scenario = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [force])
        let result = try Staffing.fewestOfficers(scenario, force: "nbh", target: .value(1e9), planner: Planner())
        #expect(result.officers == nil)
    }
}

extension AnalysisTests {
    @Test func reusingThePreviousPlanAgreesWithIndependentSolves() async throws {
        let scenario = try Self.haringey()
        let officers = [0, 15, 30]
        let independent = try await UpliftSweep.run(scenario, force: "response", officers: officers, planner: Planner(), jobs: 2)
        let reused = try await UpliftSweep.run(
            scenario, force: "response", officers: officers, planner: Planner(), jobs: 2, reuse: true)
        for (a, b) in zip(independent.points.compactMap(\.summary), reused.points.compactMap(\.summary)) {
            // Both are proven within their gaps of the same optimum.
            #expect(a.value <= b.bound + 1e-9)
            #expect(b.value <= a.bound + 1e-9)
        }
    }
}
