import PatrolPlan
import PatrolPlanTestSupport
@testable import patrolplan
import Foundation
import Testing

/// The `patrolplan` executable end to end: exit codes, clean stdout, atomic output.
@Suite struct CLITests {
    @Test func solvePrintsCleanJSONOnStdout() throws {
        let result = try CLI.run(["solve", CLI.scenario, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(object?["format"] as? String == "patrolplan/plan@1")
        #expect(object?["status"] as? String == "optimal")
    }

    @Test func solveWritesTheOutputFileAtomically() throws {
        let path = CLI.temporary("plan.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["solve", CLI.scenario, "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["status"] as? String == "optimal")
    }

    @Test func sameScenarioSameBytesExceptSeconds() throws {
        let first = try CLI.run(["solve", CLI.scenario, "--format", "json"]).stdout
        let second = try CLI.run(["solve", CLI.scenario, "--format", "json"]).stdout
        func strip(_ data: Data) -> String {
            String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.contains("\"seconds\"") }
                .joined(separator: "\n")
        }
        #expect(strip(first) == strip(second))
    }

    @Test func invalidScenarioExits65WithPathsAndLeavesNoFile() throws {
        let bad = CLI.temporary("bad.json")
        let output = CLI.temporary("out.json")
        defer { try? FileManager.default.removeItem(atPath: bad) }
        try Data(#"{"format": "patrolplan/scenario@1", "nmae": "x", "threatLevel": "severe"}"#.utf8)
            .write(to: URL(fileURLWithPath: bad))
        let result = try CLI.run(["solve", bad, "--output", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("did you mean 'name'"))
        #expect(result.stderr.contains("missing required field 'periods'"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func outputToAPipeWritesInPlaceAndKeepsThePipe() async throws {
        let fifo = CLI.temporary("plan.fifo")
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
        let result = try CLI.run(["solve", CLI.scenario, "--format", "json", "--output", fifo])
        #expect(result.status == 0)
        let data = try #require(await reader.value)
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["format"] as? String == "patrolplan/plan@1")
        let type = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        #expect(type != .typeRegular)
    }

    @Test func infeasibleExits2AndKeepsAnExistingOutput() throws {
        let scenario = CLI.temporary("infeasible.json")
        let output = CLI.temporary("keep.json")
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
        let result = try CLI.run(["solve", scenario, "--output", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("infeasible"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous plan")
    }

    static let exitCases: [([String], Int32)] = [
        (["solve"], 64),
        (["solve", "/nonexistent/scenario.json"], 66),
        (["solve", CLI.scenario, "--gap", "-1"], 64),
        (["solve", CLI.scenario, "--uplift", "nobody=600"], 64),
        (["solve", CLI.scenario, "--output", "/nonexistent-dir/plan.json"], 73),
        (["check", CLI.scenario], 0),
        (["check", CLI.scenario, "--max-bytes", "100"], 65),
        (["compare", CLI.scenario], 64),
        (["compare", CLI.scenario, "--uplift", "response=10"], 0),
        (["sweep", CLI.scenario, "--uplift", "response=0:10:10"], 0),
        (["sweep", CLI.scenario, "--uplift", "nobody=0:10:5"], 64),
        (["staff", CLI.scenario, "--force", "response"], 64),
        (["solve", CLI.scenario, "--export-model", "/tmp/model.txt"], 64),
    ]

    @Test func oversizedFileNamesTheFlagThatRaisesTheLimit() throws {
        let result = try CLI.run(["check", CLI.scenario, "--max-bytes", "100"])
        #expect(result.stderr.contains("--max-bytes"))
    }

    @Test func pipedStdoutGetsJSONByDefault() throws {
        let result = try CLI.run(["solve", CLI.scenario])
        #expect(result.status == 0)
        #expect((try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])?["format"] != nil)
    }

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], expected: Int32) throws {
        #expect(try CLI.run(arguments).status == expected)
    }

    @Test func checkSummarisesWithoutNamingRestrictedReports() throws {
        let result = try CLI.run(["check", CLI.scenario])
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("Armed presence eligible"))
        let data = try Data(contentsOf: URL(fileURLWithPath: CLI.scenario))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        for report in json?["intelligence"] as? [[String: Any]] ?? [] where (report["handling"] as? String ?? "C") == "C" {
            if let id = report["id"] as? String { #expect(!text.contains(id)) }
            if let summary = report["summary"] as? String { #expect(!text.contains(summary)) }
        }
    }
}

extension CLITests {
    @Test func sweepAndCompareWriteReportsWithTheirCharts() throws {
        let sweepReport = CLI.temporary("sweep.html")
        let compareReport = CLI.temporary("compare.md")
        defer {
            try? FileManager.default.removeItem(atPath: sweepReport)
            try? FileManager.default.removeItem(atPath: compareReport)
        }
        let sweep = try CLI.run(["sweep", CLI.scenario, "--uplift", "response=0:20:10", "--report", sweepReport])
        #expect(sweep.status == 0)
        #expect(String(decoding: sweep.stdout, as: UTF8.self).contains("bound"))
        let html = try String(contentsOfFile: sweepReport, encoding: .utf8)
        #expect(html.contains("<polyline") && html.contains("<polygon"))
        let compare = try CLI.run(["compare", CLI.scenario, "--uplift", "response=30", "--report", compareReport])
        #expect(compare.status == 0)
        #expect(compare.stderr.contains("officers moved"))
        #expect(String(decoding: compare.stdout, as: UTF8.self).contains("share of the risk at stake prevented"))
        #expect(try String(contentsOfFile: compareReport, encoding: .utf8).contains("## Compared with the base plan"))
    }
}

extension CLITests {
    @Test func everySuccessSaysWhatItWroteOnStderr() throws {
        let plan = CLI.temporary("plan.json")
        let csv = CLI.temporary("plan.csv")
        defer {
            try? FileManager.default.removeItem(atPath: plan)
            try? FileManager.default.removeItem(atPath: csv)
        }
        let solve = try CLI.run(["solve", CLI.scenario, "-o", plan, "--report", csv])
        #expect(solve.status == 0)
        #expect(solve.stderr.contains("wrote \(plan): optimal, value "))
        #expect(solve.stderr.contains("of the risk at stake"))
        #expect(solve.stderr.contains("proven gap"))
        #expect(solve.stderr.contains("armed area-period"))
        #expect(solve.stderr.contains("wrote \(csv): the plan for spreadsheets"))
        let verify = try CLI.run(["verify", CLI.scenario, plan])
        #expect(verify.status == 0)
        #expect(verify.stdout.isEmpty)
        #expect(verify.stderr.contains("no violations (\(Violation.Rule.allCases.count) rules checked"))
    }
}
