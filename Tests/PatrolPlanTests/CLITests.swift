import Foundation
import Testing

/// The `patrolplan` executable end to end: exit codes, clean stdout, atomic output.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scenario = root.appendingPathComponent("Scenarios/haringey-weekend.json").path

    /// Runs the built executable.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }

    static func executable() throws -> URL {
        // The test bundle is built beside the executable.
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("patrolplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("patrolplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pp-\(UUID().uuidString)-\(name)").path
    }

    @Test func solvePrintsCleanJSONOnStdout() throws {
        let result = try Self.run(["solve", Self.scenario, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(object?["format"] as? String == "patrolplan/plan@1")
        #expect(object?["status"] as? String == "optimal")
    }

    @Test func solveWritesTheOutputFileAtomically() throws {
        let path = Self.temporary("plan.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run(["solve", Self.scenario, "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["status"] as? String == "optimal")
    }

    @Test func sameScenarioSameBytesExceptSeconds() throws {
        let first = try Self.run(["solve", Self.scenario, "--format", "json"]).stdout
        let second = try Self.run(["solve", Self.scenario, "--format", "json"]).stdout
        func strip(_ data: Data) -> String {
            String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.contains("\"seconds\"") }
                .joined(separator: "\n")
        }
        #expect(strip(first) == strip(second))
    }

    @Test func invalidScenarioExits65WithPathsAndLeavesNoFile() throws {
        let bad = Self.temporary("bad.json")
        let output = Self.temporary("out.json")
        defer { try? FileManager.default.removeItem(atPath: bad) }
        try Data(#"{"format": "patrolplan/scenario@1", "nmae": "x", "threatLevel": "severe"}"#.utf8)
            .write(to: URL(fileURLWithPath: bad))
        let result = try Self.run(["solve", bad, "--output", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("did you mean 'name'"))
        #expect(result.stderr.contains("missing required field 'periods'"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func outputToAPipeWritesInPlaceAndKeepsThePipe() async throws {
        let fifo = Self.temporary("plan.fifo")
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
        let result = try Self.run(["solve", Self.scenario, "--format", "json", "--output", fifo])
        #expect(result.status == 0)
        let data = try #require(await reader.value)
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["format"] as? String == "patrolplan/plan@1")
        let type = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        #expect(type != .typeRegular)
    }

    @Test func infeasibleExits2AndKeepsAnExistingOutput() throws {
        let scenario = Self.temporary("infeasible.json")
        let output = Self.temporary("keep.json")
        defer {
            try? FileManager.default.removeItem(atPath: scenario)
            try? FileManager.default.removeItem(atPath: output)
        }
        try Data("""
            {"format": "patrolplan/scenario@1", "name": "short-handed", "threatLevel": "low",
             "periods": [{"id": "p", "hours": 1}],
             "areas": [{"id": "a", "gangActivity": 0.5, "minOfficers": 5}],
             "forces": [{"id": "nbh", "available": 2}]}
            """.utf8).write(to: URL(fileURLWithPath: scenario))
        try Data("previous plan".utf8).write(to: URL(fileURLWithPath: output))
        let result = try Self.run(["solve", scenario, "--output", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("infeasible"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous plan")
    }

    static let exitCases: [([String], Int32)] = [
        (["solve"], 64),
        (["solve", "/nonexistent/scenario.json"], 66),
        (["solve", scenario, "--gap", "-1"], 64),
        (["solve", scenario, "--uplift", "nobody=600"], 64),
        (["solve", scenario, "--output", "/nonexistent-dir/plan.json"], 73),
        (["check", scenario], 0),
        (["check", scenario, "--max-bytes", "100"], 65),
        (["compare", scenario], 64),
        (["compare", scenario, "--uplift", "response=10"], 0),
        (["sweep", scenario, "--uplift", "response=0:10:10"], 0),
        (["sweep", scenario, "--uplift", "nobody=0:10:5"], 64),
        (["staff", scenario, "--force", "response"], 64),
        (["solve", scenario, "--export-model", "/tmp/model.txt"], 64),
    ]

    @Test func oversizedFileNamesTheFlagThatRaisesTheLimit() throws {
        let result = try Self.run(["check", Self.scenario, "--max-bytes", "100"])
        #expect(result.stderr.contains("--max-bytes"))
    }

    @Test func pipedStdoutGetsJSONByDefault() throws {
        let result = try Self.run(["solve", Self.scenario])
        #expect(result.status == 0)
        #expect((try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])?["format"] != nil)
    }

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], expected: Int32) throws {
        #expect(try Self.run(arguments).status == expected)
    }

    @Test func checkSummarisesWithoutNamingRestrictedReports() throws {
        let result = try Self.run(["check", Self.scenario])
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("Armed presence eligible"))
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.scenario))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        for report in json?["intelligence"] as? [[String: Any]] ?? [] where (report["handling"] as? String ?? "C") == "C" {
            if let id = report["id"] as? String { #expect(!text.contains(id)) }
            if let summary = report["summary"] as? String { #expect(!text.contains(summary)) }
        }
    }
}

extension CLITests {
    @Test func sweepAndCompareWriteReportsWithTheirCharts() throws {
        let sweepReport = Self.temporary("sweep.html")
        let compareReport = Self.temporary("compare.md")
        defer {
            try? FileManager.default.removeItem(atPath: sweepReport)
            try? FileManager.default.removeItem(atPath: compareReport)
        }
        #expect(try Self.run(["sweep", Self.scenario, "--uplift", "response=0:20:10", "--report", sweepReport]).status == 0)
        #expect(try String(contentsOfFile: sweepReport, encoding: .utf8).contains("<polyline"))
        #expect(try Self.run(["compare", Self.scenario, "--uplift", "response=30", "--report", compareReport]).status == 0)
        #expect(try String(contentsOfFile: compareReport, encoding: .utf8).contains("## Compared with the base plan"))
    }
}
