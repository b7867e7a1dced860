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

    /// Ctrl-C in the planner's own stages (the Lagrangian bound here), not only in GLPK's
    /// search: the CLI's planner must be wired to the SIGINT request. A generated 300 × 42 week
    /// with six forces spends about a minute in the bound when left alone.
    @Test func sigintDuringTheLagrangianBoundWritesTheIncumbent() throws {
        let scenario = CLI.temporary("bound.json")
        let output = CLI.temporary("bound-plan.json")
        defer {
            try? FileManager.default.removeItem(atPath: scenario)
            try? FileManager.default.removeItem(atPath: output)
        }
        let generated = try CLI.run([
            "generate", "--areas", "300", "--periods", "42", "--forces", "6", "--units", "1,2,3,7", "--seed", "11",
            "--output", scenario,
        ])
        #expect(generated.status == 0)
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = ["solve", scenario, "--progress", "--output", output]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Wait for the bound's first progress line.
        var stderr = Data()
        while !String(decoding: stderr, as: UTF8.self).contains("bound 0/") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderr += chunk
        }
        let sent = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        stderr += err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let waited = ContinuousClock.now - sent
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        // Far below the minute the bound takes alone (a liveness check, not a benchmark).
        #expect(waited < .seconds(20), "ended \(waited) after SIGINT")
        #expect(text.contains("interrupted"))
        let verify = try CLI.run(["verify", scenario, output])
        #expect(verify.status == 0)
    }
}
