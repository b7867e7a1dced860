import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Issue 14: `verify` and `explain --plan` read plans with the project's strict parser, and a
/// plan checked against the wrong scenario is one clear error.
@Suite struct PlanReadingTests {
    static let city = BundledScenarios.folder.appendingPathComponent("city-day-night.json").path
    static let haringey = BundledScenarios.folder.appendingPathComponent("haringey-weekend.json").path
    static let cityPlan = BundledScenarios.folder.appendingPathComponent("expected/city-day-night.plan.json")

    /// The expected plan with a second `"status"` key, which Foundation would silently drop.
    static func duplicated() throws -> String {
        let text = try String(contentsOf: cityPlan, encoding: .utf8)
        let path = CLI.temporary("duplicate.plan.json")
        try text.replacingOccurrences(of: "\"status\" : \"optimal\"", with: "\"status\" : \"optimal\", \"status\" : \"infeasible\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func verifyRejectsADuplicateKeyWithItsPosition() throws {
        let path = try Self.duplicated()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["verify", Self.city, path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("status"))
        #expect(result.stderr.contains("duplicate"))
        #expect(result.stderr.contains("line"))
    }

    @Test func explainRejectsADuplicateKey() throws {
        let path = try Self.duplicated()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try ScenarioFile(data: Data(contentsOf: URL(fileURLWithPath: Self.city)))
        let result = try CLI.run(["explain", Self.city, file.scenario.areas[0].id, "--plan", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("duplicate"))
    }

    @Test func theWrongScenarioIsOneClearError() throws {
        let result = try CLI.run(["verify", Self.haringey, Self.cityPlan.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("this plan is of another scenario"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func theRightScenarioStillVerifies() throws {
        let result = try CLI.run(["verify", Self.city, Self.cityPlan.path])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
