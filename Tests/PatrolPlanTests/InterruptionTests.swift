import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Ctrl-C stops the search cleanly and the best plan found is still written (issue 6, item 3).
/// Serialized: the interruption request is process-wide.
@Suite(.serialized) struct InterruptionTests {
    static let forceWide = CLI.root.appendingPathComponent("Scenarios/force-wide-week.json").path

    @Test func aRequestedStopStillGivesAVerifiedPlan() throws {
        let file = try ScenarioFile(data: Data(contentsOf: URL(fileURLWithPath: Self.forceWide)))
        var options = PlannerOptions()
        options.stopOnInterrupt = true
        Interruption.request()
        defer { Interruption.reset() }
        let outcome = try Planner(options: options).plan(ScoredScenario(file.scenario), scenarioSHA256: file.sha256)
        #expect(outcome.termination == .interrupted)
        #expect(outcome.status == .feasible)
        let plan = try #require(outcome.plan)
        #expect(PlanVerifier.verify(plan, against: try ScoredScenario(file.scenario)).isEmpty)
        #expect(plan.objective.bound >= plan.objective.value)
    }

    @Test func aSearchThatDoesNotListenIgnoresTheRequest() throws {
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [Fixtures.unarmed(2)])
        Interruption.request()
        defer { Interruption.reset() }
        #expect(try Fixtures.solve(s).termination == .optimal)
    }

    @Test func sigintDuringASolveWritesTheIncumbent() throws {
        let output = CLI.temporary("interrupted.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = try CLI.executable()
        // No gap and no node limit: the search would run for minutes.
        process.arguments = ["solve", Self.forceWide, "--gap", "0", "--node-limit", "0", "--progress", "--output", output]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Wait for the first progress line: the handler is installed and a search is running.
        var stderr = Data()
        while !String(decoding: stderr, as: UTF8.self).contains("nodes") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderr += chunk
        }
        kill(process.processIdentifier, SIGINT)
        stderr += err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("interrupted: the plan is the best found so far"))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        #expect(plan?["status"] as? String == "feasible")
        #expect((plan?["solver"] as? [String: Any])?["termination"] as? String == "interrupted")
    }
}
