import PatrolPlan
import PatrolPlanTestSupport
import Foundation
import Testing

/// The absolute rule: a "C" intelligence report's id and summary never appear in any output,
/// log or error, and no summary appears at all. Every output path of the executable is run on
/// a scenario whose restricted reports carry canaries, and on broken copies of it.
@Suite struct RedactionTests {
    /// Ids and summaries that must never be printed.
    static let canaries = [
        "SECRET-ID-7731", "SECRET-ID-7732", "SECRET-ID-7733", "SECRET-ID-7734", "SECRET-ID-7735",
        "SUMMARY-CANARY-42", "SUMMARY-CANARY-43", "SUMMARY-CANARY-44", "SUMMARY-CANARY-45",
        "SUMMARY-CANARY-46", "PUBLIC-SUMMARY-CANARY",
        // Distinctive fragments, in case an output shortens or re-cases them (not bare digits:
        // temporary file names carry a UUID).
        "SECRET-ID", "secret-id", "CANARY", "canary",
    ]

    /// Three periods, four areas; restricted reports of every kind the warnings and the
    /// explanation deal with (qualifying, stale, graded E, without an approved CIA, in an
    /// unpublished category), and one "P" report.
    static let scenario = """
        {
          "format": "patrolplan/scenario@1",
          "name": "Redaction fixture",
          "threatLevel": "severe",
          "periods": [
            {"id": "p1", "hours": 4}, {"id": "p2", "hours": 4}, {"id": "p3", "hours": 4}
          ],
          "areas": [
            {"id": "estate", "venue": "residential", "footfall": 1000, "gangActivity": 0.5,
             "sensitivity": "high", "maxOfficers": 12},
            {"id": "station", "venue": "transport_hub", "footfall": 6000, "gangActivity": 0.2},
            {"id": "market", "venue": "retail", "footfall": 3000, "gangActivity": 0.3},
            {"id": "park", "venue": "other", "footfall": 200, "disorder": 0.2}
          ],
          "intelligence": [
            {"id": "SECRET-ID-7731", "area": "estate", "category": "violence", "likelihood": 0.9,
             "source": "1", "assessment": "A", "handling": "C", "summary": "SUMMARY-CANARY-42"},
            {"id": "SECRET-ID-7732", "area": "estate", "category": "violence", "likelihood": 0.5,
             "source": "2", "assessment": "B", "ageHours": 400, "summary": "SUMMARY-CANARY-43"},
            {"id": "SECRET-ID-7733", "area": "station", "category": "terrorism", "likelihood": 0.8,
             "source": "3", "assessment": "E", "handling": "C", "summary": "SUMMARY-CANARY-44"},
            {"id": "SECRET-ID-7734", "area": "market", "category": "violence", "likelihood": 0.9,
             "source": "1", "assessment": "A", "handling": "C", "periods": ["p2"],
             "summary": "SUMMARY-CANARY-45"},
            {"id": "SECRET-ID-7735", "area": "park", "category": "disorder", "likelihood": 0.7,
             "source": "1", "assessment": "B", "handling": "C", "summary": "SUMMARY-CANARY-46"},
            {"id": "INT-P-1", "area": "estate", "category": "violence", "likelihood": 0.6,
             "source": "1", "assessment": "B", "handling": "P", "periods": ["p1", "p2"],
             "summary": "PUBLIC-SUMMARY-CANARY"}
          ],
          "forces": [
            {"id": "afo", "armed": true, "available": 6},
            {"id": "nbh", "available": 20},
            {"id": "mounted", "armed": true, "available": 4,
             "effectiveness": {"violence": 0, "terrorism": 0, "disorder": 0}}
          ],
          "impactAssessments": [
            {"id": "CIA-EST", "area": "estate", "status": "approved", "maxArmed": 4,
             "consulted": ["BCU commander"]},
            {"id": "CIA-STN", "area": "station", "status": "approved", "consulted": ["BTP"]},
            {"id": "CIA-MKT", "area": "market", "status": "pending"}
          ]
        }
        """

    /// Broken copies with mistakes inside restricted reports: a canary where a number, a code
    /// or a category belongs; a duplicate restricted id; a misspelt field holding a summary; a
    /// syntax error inside a summary.
    static let broken: [(String, String)] = [
        ("likelihood", #""likelihood": "SUMMARY-CANARY-42""#),
        ("handling", #""handling": "SECRET-ID-7731""#),
        ("category", #""category": "SECRET-ID-7731""#),
        ("source", #""source": 1"#),
        ("assessment", #""assessment": "SECRET-ID-7731""#),
        ("summary type", #""summary": ["SUMMARY-CANARY-42"]"#),
        ("misspelt field", #""summmary": "SUMMARY-CANARY-42""#),
        ("duplicate id", #""id": "SECRET-ID-7734""#),
        ("bad escape", #""summary": "SUMMARY-CANARY-42 \q""#),
        ("unterminated", #""summary": "SUMMARY-CANARY-42"#),
        ("control character", "\"summary\": \"SUMMARY-CANARY-42\u{07}\""),
        ("area reference", #""area": "SUMMARY-CANARY-42""#),
        ("period reference", #""area": "estate", "periods": ["SECRET-ID-7731"]"#),
    ]

    /// The scenario with the first restricted report's `field` replaced.
    static func brokenCopy(_ replacement: String) -> String {
        let field = replacement.split(separator: ":", maxSplits: 1)[0]
            .trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let original: String
        switch field {
        case "likelihood": original = #""likelihood": 0.9"#
        case "handling": original = #""handling": "C""#
        case "category": original = #""category": "violence""#
        case "source": original = #""source": "1""#
        case "assessment": original = #""assessment": "A""#
        case "id": original = #""id": "SECRET-ID-7731""#
        case "area": original = #""area": "estate""#
        default: original = #""summary": "SUMMARY-CANARY-42""#
        }
        guard let range = scenario.range(of: original) else { return scenario }
        return scenario.replacingCharacters(in: range, with: replacement)
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let path = CLI.temporary(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func expectClean(_ result: (status: Int32, stdout: Data, stderr: String), _ what: String) {
        let text = String(decoding: result.stdout, as: UTF8.self) + "\n" + result.stderr
        for canary in canaries {
            #expect(!text.contains(canary), "\(what) printed \(canary)")
        }
    }

    @Test func everyOutputOfAValidScenarioIsClean() throws {
        let path = try Self.write(Self.scenario, "redaction.json")
        let planPath = CLI.temporary("redaction.plan.json")
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: planPath)
        }
        let runs: [[String]] = [
            ["solve", path], ["solve", path, "--format", "table"], ["solve", path, "--format", "json"],
            ["solve", path, "--output", planPath], ["solve", path, "--uplift", "afo=20", "--format", "json"],
            ["check", path],
            ["explain", path, "estate"], ["explain", path, "station"], ["explain", path, "market", "p2"],
            ["explain", path, "park"], ["explain", path, "estate", "--plan", planPath],
            ["explain", path, "estat"], ["explain", path, "estate", "p9"],
            ["explain", path, "secret"],
        ]
        for arguments in runs {
            let result = try CLI.run(arguments)
            Self.expectClean(result, arguments.joined(separator: " "))
        }
        // Analysis commands, verify, and every report file format.
        let reports = ["md", "html", "csv", "geojson"].map { CLI.temporary("redaction-report.\($0)") }
        let briefings = ["html", "md"].map { CLI.temporary("redaction-briefing.\($0)") }
        defer { briefings.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        defer { reports.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        var more: [[String]] = [
            ["verify", path, planPath], ["compare", path, "--uplift", "afo=20"],
            ["sweep", path, "--uplift", "afo=0:20:10"], ["staff", path, "--force", "afo", "--target", "0.5"],
        ]
        more += reports.map { ["solve", path, "--report", $0] }
        more += [["compare", path, "--uplift", "afo=20", "--report", reports[0]]]
        more += briefings.map { ["solve", path, "--briefing", $0] }
        for arguments in more {
            Self.expectClean(try CLI.run(arguments), arguments.joined(separator: " "))
        }
        for report in reports + briefings {
            let text = try String(contentsOfFile: report, encoding: .utf8)
            for canary in Self.canaries {
                #expect(!text.contains(canary), "\(report) holds \(canary)")
            }
        }
        // The outputs do say something: the basis cites the "P" report and counts the others.
        let plan = String(decoding: try Data(contentsOf: URL(fileURLWithPath: planPath)), as: UTF8.self)
        #expect(plan.contains("\"INT-P-1\""))
        #expect(plan.contains("\"restrictedReports\" : 2"))
        let check = String(decoding: try CLI.run(["check", path]).stdout, as: UTF8.self)
        #expect(check.contains("a restricted report in area 'estate' is stale"))
        #expect(check.contains("a restricted report in area 'station' is graded E"))
        #expect(check.contains("CIA-MKT is pending"))
        let explain = try CLI.run(["explain", path, "estate", "p1"])
        #expect(explain.status == 0)
        let text = String(decoding: explain.stdout, as: UTF8.self)
        #expect(text.contains("restricted report 1 (violence)"))
        #expect(text.contains("restricted report 2 (violence)"))
        #expect(text.contains("INT-P-1 (violence)"))
    }

    @Test(arguments: broken.map(\.1))
    func errorsInsideRestrictedReportsAreClean(replacement: String) throws {
        let copy = Self.brokenCopy(replacement)
        #expect(copy != Self.scenario)
        let path = try Self.write(copy, "broken.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for arguments in [["solve", path], ["check", path], ["explain", path, "estate"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 65, "\(replacement): \(arguments[0]) exited \(result.status)")
            #expect(!result.stderr.isEmpty)
            Self.expectClean(result, "\(arguments[0]) on a copy with \(replacement)")
        }
    }
}
