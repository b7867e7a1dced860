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

    @Test func aSweepIsMonotoneWithBoundsThatNeverFallEither() throws {
        let sweep = try UpliftSweep.run(
            try Self.haringey(), force: "response", officers: [0, 10, 20, 30], planner: Planner())
        let summaries = sweep.points.compactMap(\.summary)
        #expect(summaries.count == 4)
        for (before, after) in zip(summaries, summaries.dropFirst()) {
            // By construction: each point starts from the previous point's plan.
            #expect(after.value >= before.value)
            // A larger uplift's bound is valid for a smaller one, so bounds never fall either.
            #expect(after.bound >= before.bound)
            #expect(after.bound >= after.value && before.bound >= before.value)
        }
        #expect(sweep.points.map(\.perPeriod) == [0, 2, 4, 6])
        #expect(sweep.points.first?.withinGaps == false)
    }

    @Test func sweepIsTheSameGivenInAnyOrder() throws {
        let scenario = try Self.haringey()
        let one = try UpliftSweep.run(scenario, force: "response", officers: [0, 15, 30], planner: Planner())
        let two = try UpliftSweep.run(scenario, force: "response", officers: [30, 0, 15], planner: Planner())
        #expect(one.points.map(\.summary) == two.points.map(\.summary))
    }

    @Test func stepsWithinTheCombinedGapsAreMarked() {
        func point(_ officers: Int, value: Double, bound: Double) -> UpliftSweep.Point {
            var summary = PlanSummaryFixture.summary(value: value, bound: bound)
            summary.gap = (bound - value) / bound
            return UpliftSweep.Point(officers: officers, perPeriod: officers, summary: summary, status: .feasible, seconds: 0)
        }
        let sweep = UpliftSweep(force: "f", points: [
            point(0, value: 100, bound: 101), point(1, value: 100.5, bound: 102), point(2, value: 120, bound: 121),
        ])
        #expect(sweep.points.map(\.withinGaps) == [false, true, false])
        // A larger uplift's bound is valid for a smaller one (more officers never lower the
        // optimum): the second point's 130 becomes the third's 121.
        let loose = UpliftSweep(force: "f", points: [
            point(0, value: 100, bound: 101), point(1, value: 100.5, bound: 130), point(2, value: 120, bound: 121),
        ])
        #expect(loose.points.map { $0.summary?.bound } == [101, 121, 121])
    }

    @Test func compareKeepsTheBasePlanWhereItIsStillOptimalWithinTheGap() throws {
        let scenario = try Self.haringey()
        let base = try #require(try Planner().plan(ScoredScenario(scenario), scenarioSHA256: "").plan)
        let scored = try ScoredScenario(scenario, uplifts: [Uplift(force: "response", officers: 30)])
        let solved = try #require(try Planner().plan(scored, scenarioSHA256: "").plan)
        let near = try Planner().planNear(scored, base: base, variant: solved, scenarioSHA256: "")
        #expect(PlanVerifier.verify(near, against: scored).isEmpty)
        // No loss of value beyond the gap, and the variant's bound still holds.
        #expect(near.objective.value >= solved.objective.bound * (1 - PlannerOptions().gap) - 1e-6)
        #expect(near.objective.bound >= near.objective.value)
        let moved = PlanComparison(base: base, variant: near, baseScenario: scenario, variantScenario: scenario).officersMoved
        let reshuffled = PlanComparison(base: base, variant: solved, baseScenario: scenario, variantScenario: scenario).officersMoved
        #expect(moved <= reshuffled)
        // +30 response officers at an on-duty fraction of 0.2 are 6 more a period: placing them
        // moves no one already placed.
        #expect(moved == 6 * scenario.periods.count)
    }

    /// Two forces the model cannot tell apart (same armed flag, unit and effectiveness): a
    /// variant that swaps them between two areas is put back to the base plan's split, which
    /// moves no officer and keeps the value.
    @Test func alikeForcesAreSplitAsInTheBasePlan() throws {
        let scenario = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.4)],
            forces: [Fixtures.unarmed(2, id: "ward"), Fixtures.unarmed(2, id: "response")])
        let scored = try ScoredScenario(scenario)
        let model = ModelBuilder.build(scored)
        // Units at area-period p × 2 forces + k: base puts ward in a and response in b.
        let base = [2, 0, 0, 2]
        let swapped = [0, 2, 2, 0]
        let realigned = Planner.realignAlikeForces(swapped, base: base, model: model, scored: scored)
        #expect(realigned == base)
        #expect(model.milp.objectiveValue(model.columnValues(realigned, scored: scored))
            == model.milp.objectiveValue(model.columnValues(swapped, scored: scored)))
    }

    @Test func scenariosWithOtherRiskHaveValuesThatAreNotComparable() throws {
        let scenario = try Self.haringey()
        var severe = scenario
        severe.threatLevel = scenario.threatLevel == .severe ? .substantial : .severe
        let a = try ScoredScenario(scenario)
        let b = try ScoredScenario(severe)
        let planA = try #require(try Planner().plan(a, scenarioSHA256: "").plan)
        let planB = try #require(try Planner().plan(b, scenarioSHA256: "").plan)
        #expect(PlanComparison(base: planA, variant: planB, baseScored: a, variantScored: b).valuesComparable == false)
        #expect(PlanComparison(base: planA, variant: planA, baseScored: a, variantScored: a).valuesComparable)
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

    @Test func staffSaysWhenTheTargetIsAlreadyMetAndGivesItsRange() throws {
        let scenario = try Self.haringey()
        let met = try Staffing.fewestOfficers(scenario, force: "response", target: .value(1), planner: Planner())
        #expect(met.alreadyMet && met.officers == 0)
        let result = try Staffing.fewestOfficers(scenario, force: "response", target: .share(0.8), planner: Planner())
        let officers = try #require(result.officers)
        let fewest = try #require(result.fewestPossible)
        #expect(!result.alreadyMet)
        #expect(fewest <= officers)
        #expect(try #require(result.value) >= result.target - 1e-9)
        // Every solve below the proven-impossible range has a bound under the target.
        for solve in result.trace where solve.perPeriod < (result.fewestPossiblePerPeriod ?? 0) {
            #expect(solve.bound < result.target || result.trace.contains { $0.perPeriod >= solve.perPeriod && $0.bound < result.target })
        }
    }
}


/// Summaries with chosen figures, for the sweep's own arithmetic.
enum PlanSummaryFixture {
    static func summary(value: Double, bound: Double) -> PlanSummary {
        let plan = Plan(
            scenario: .init(name: "s", sha256: ""), status: .feasible,
            objective: .init(value: value, riskReduction: value, communityImpact: 0, bound: bound, gap: 0),
            solver: .init(name: "x", version: "0", seconds: 0, nodes: 0, termination: .workLimit, gapTolerance: 1e-3, nodeLimit: 1),
            allocations: [], marginalValues: [:], warnings: [])
        return PlanSummary(plan, scenario: Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: []))
    }
}
