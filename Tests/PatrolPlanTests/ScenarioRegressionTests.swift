import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Every bundled scenario is solved with the default settings and compared with its committed
/// expected plan (`Scenarios/expected/NAME.plan.json`): the status, objective and every
/// allocation must not drift. Set `PATROLPLAN_RECORD=1` to write the expected plans anew.
@Suite struct ScenarioRegressionTests {
    static let scenarios = BundledScenarios.folder
    static let names = BundledScenarios.names

    @Test(arguments: names)
    func planDoesNotDrift(name: String) throws {
        let data = try Data(contentsOf: Self.scenarios.appendingPathComponent("\(name).json"))
        let file = try ScenarioFile(data: data)
        let outcome = try Planner().plan(try ScoredScenario(file.scenario), scenarioSHA256: file.sha256, warnings: file.warnings)
        let plan = try #require(outcome.plan)
        #expect(plan.objective.gap <= 1e-3 || plan.status == .feasible)
        #expect(plan.objective.bound >= plan.objective.value)
        let expectedURL = Self.scenarios.appendingPathComponent("expected/\(name).plan.json")
        if ProcessInfo.processInfo.environment["PATROLPLAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try PlanJSON.encode(plan).write(to: expectedURL)
            return
        }
        let expected = try PlanJSON.decode(Data(contentsOf: expectedURL))
        #expect(plan.status == expected.status)
        #expect(plan.scenario == expected.scenario)
        #expect(abs(plan.objective.value - expected.objective.value) <= 1e-6 * max(1, abs(expected.objective.value)))
        #expect(plan.allocations == expected.allocations)
        #expect(plan.marginalValues == expected.marginalValues)
        #expect(plan.warnings == expected.warnings)
        #expect(plan.policy == expected.policy)
    }
}
