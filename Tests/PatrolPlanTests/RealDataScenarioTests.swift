import Foundation
import PatrolPlan
import PatrolPlanTestSupport
import Testing

/// The two scenarios `patrolplan import` builds from real data (Scenarios/city-of-london-week,
/// london-ward-week; issue 16) decode as scenario@2, solve and pass the independent verifier.
/// They are committed, so these tests do not need ../shared.
@Suite("Real-data scenarios solve and verify")
struct RealDataScenarioTests {
    static func scored(_ name: String) throws -> (ScoredScenario, ScenarioFile) {
        let data = try Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json"))
        let file = try ScenarioFile(data: data)
        return (try ScoredScenario(file.scenario), file)
    }

    @Test func cityOfLondonWeekSolvesAndVerifies() throws {
        let (scored, file) = try Self.scored("city-of-london-week")
        let scenario = scored.scenario
        #expect(scenario.areas.count == 25 && scenario.periods.count == 42)
        #expect(scenario.areas.allSatisfy { $0.boundary != nil && $0.location != nil })
        #expect(scenario.sources.count == 6)
        #expect(scenario.periods.first?.start?.text == "2025-06-02T00:00:00+01:00")
        var options = PlannerOptions()
        options.timeLimit = 30
        let outcome = try Planner(options: options).plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings)
        let plan = try #require(outcome.plan)
        #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
        // Armed officers only where an approved assessment and intelligence allow; Portsoken's
        // assessment is pending and Cripplegate's rejected.
        let armedForces = scenario.armedForceIDs
        let armedAreas = Set(plan.allocations.filter { $0.armedOfficers(armedForces) > 0 }.map(\.area))
        #expect(!armedAreas.contains("E05009308") && !armedAreas.contains("E05009302"))
        #expect(armedAreas.isSubset(of: ["E05009292", "E05009301", "E05009305", "E05009307"]))
        // The Servator commitment at Cornhill holds on weekday mornings.
        let cornhill = plan.allocations.first { $0.area == "E05009301" && $0.period == "mon-08" }
        #expect((cornhill?.officers["servator"] ?? 0) >= 2)
    }

    @Test func londonWardWeekSolvesAndVerifies() throws {
        let (scored, file) = try Self.scored("london-ward-week")
        #expect(scored.scenario.areas.count == 679 && scored.scenario.periods.count == 42)
        var options = PlannerOptions()
        // The full default run takes minutes in a debug build: a short one still gives a plan
        // that must verify.
        options.timeLimit = 60
        options.lagrangianIterations = 40
        let outcome = try Planner(options: options).plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings)
        let plan = try #require(outcome.plan)
        #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
        #expect(plan.objective.value > 0)
    }
}
