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
        // No gap and no node limit: the search would run for minutes. The first progress line
        // with nodes: the handler is installed and GLPK's search is running.
        let (process, text, _) = try Self.interrupt(
            ["solve", Self.forceWide, "--gap", "0", "--node-limit", "0", "--progress", "--output", output],
            after: "nodes")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("interrupted: the plan is the best found so far"))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        #expect(plan?["status"] as? String == "feasible")
        #expect((plan?["solver"] as? [String: Any])?["termination"] as? String == "interrupted")
    }

    /// Ctrl-C in the planner's own stages (the greedy heuristic and the Lagrangian bound here),
    /// not only in GLPK's search: the CLI's planner must be wired to the SIGINT request. A
    /// generated 300 × 42 week with six forces spends about a minute in the bound when left alone.
    @Test(arguments: ["heuristic", "bound 0/"])
    func sigintDuringThePlannersOwnStagesWritesTheIncumbent(marker: String) throws {
        // Far below the minute the bound takes alone (a liveness check, not a benchmark).
        try Self.interruptGenerated(areas: 300, name: "bound-\(marker.prefix(5))", after: marker, within: .seconds(20))
    }

    /// Ctrl-C in column generation (issue 13): a generated 60 × 42 week with six forces of
    /// units 1, 2, 3 and 7 (100,000-odd columns) reaches it after the subgradient's steps.
    @Test func sigintDuringColumnGenerationWritesTheIncumbent() throws {
        try Self.interruptGenerated(areas: 60, name: "columns", after: "columns ", within: .seconds(10))
    }

    /// Generates a 42-period week of `areas` areas with six forces of units 1, 2, 3 and 7
    /// (seed 11), solves it, sends SIGINT once stderr shows `marker`, and expects an interrupted
    /// run that ended `within` the signal with a plan `verify` accepts.
    static func interruptGenerated(areas: Int, name: String, after marker: String, within: Duration) throws {
        let scenario = CLI.temporary("\(name).json")
        let output = CLI.temporary("\(name)-plan.json")
        defer {
            try? FileManager.default.removeItem(atPath: scenario)
            try? FileManager.default.removeItem(atPath: output)
        }
        let generated = try CLI.run([
            "generate", "--areas", "\(areas)", "--periods", "42", "--forces", "6", "--units", "1,2,3,7", "--seed", "11",
            "--output", scenario,
        ])
        #expect(generated.status == 0)
        let (process, text, waited) = try interrupt(["solve", scenario, "--progress", "--output", output], after: marker)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(waited < within, "ended \(waited) after SIGINT")
        #expect(text.contains("interrupted"))
        let verify = try CLI.run(["verify", scenario, output])
        #expect(verify.status == 0)
    }

    /// Ctrl-C in the period-by-period stage (issue 13): a 30 × 12 week with five forces, whose
    /// periods are solved one by one before any search.
    @Test func sigintDuringThePeriodStageWritesTheIncumbent() throws {
        let scenario = CLI.root.appendingPathComponent("../shared/cases/solver/thirty-areas-five-forces.json").path
        guard FileManager.default.fileExists(atPath: scenario) else { return }
        let output = CLI.temporary("period-plan.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let (process, text, waited) = try Self.interrupt(
            ["solve", scenario, "--progress", "--output", output], after: "period ")
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(waited < .seconds(10), "ended \(waited) after SIGINT")
        let verify = try CLI.run(["verify", scenario, output])
        #expect(verify.status == 0)
    }

    /// Runs the CLI with `arguments`, sends SIGINT once stderr shows `marker`, and returns the
    /// ended process, all of stderr and the time from the signal to the exit.
    static func interrupt(_ arguments: [String], after marker: String) throws -> (Process, String, Duration) {
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        var stderr = Data()
        while !String(decoding: stderr, as: UTF8.self).contains(marker) {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderr += chunk
        }
        let sent = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        stderr += err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process, String(decoding: stderr, as: UTF8.self), ContinuousClock.now - sent)
    }
}
