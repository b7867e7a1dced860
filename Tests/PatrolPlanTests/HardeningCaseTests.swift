import CSV
import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Issue 14: each file of `Tests/Cases/hardening/` (copied from the shared cases) gives the right
/// behaviour, through the command line as a user runs it.
@Suite struct HardeningCaseTests {
    static let cases = CLI.root.appendingPathComponent("Tests/Cases/hardening")

    static func path(_ name: String) -> String {
        cases.appendingPathComponent(name).path
    }

    static func plan(_ stdout: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
    }

    static func value(_ plan: [String: Any]) -> Double? {
        (plan["objective"] as? [String: Any])?["value"] as? Double
    }

    @Test func aDenormalLocalArmedShareGivesAVerifiedPlan() throws {
        let result = try CLI.run(["solve", Self.path("armed-share-denormal.json"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.plan(result.stdout)["status"] as? String == "optimal")
    }

    @Test(arguments: [
        ["solve", "X", "--time-limit", "1e16"],
        ["compare", "X", "--uplift", "f=3", "--time-limit", "1e16"],
        ["sweep", "X", "--uplift", "f=0:6:3", "--time-limit", "1e16"],
        ["staff", "X", "--force", "f", "--target", "0.9", "--time-limit", "1e16"],
        ["roster", "X", "--force", "f", "--days", "1", "--seed", "1", "--time-limit", "1e16", "--calibration-draws", "4"],
        ["solve", "X", "--time-limit", "1.7976931348623157e308"],
    ])
    func aHugeTimeLimitStillPlans(_ arguments: [String]) throws {
        let result = try CLI.run(arguments.map { $0 == "X" ? Self.path("time-limit-huge.json") : $0 })
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func aTinyPresenceScaleIsAnInvalidScenarioNamingTheField() throws {
        let result = try CLI.run(["solve", Self.path("presence-scale-tiny-internal-error.json")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("areas[0].presenceScale: must be at least 0.01, found 1e-09"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aTinyPresenceBaseIsAnInvalidScenarioNamingTheField() throws {
        var text = try String(contentsOfFile: Self.path("mps-objsense.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"threatLevel\"", with: "\"scoring\": {\"presenceBase\": 1e-8}, \"threatLevel\"")
        #expect(throws: ScenarioError.self) { try ScenarioFile(data: Data(text.utf8)) }
        do {
            _ = try ScenarioFile(data: Data(text.utf8))
        } catch {
            #expect("\(error)".contains("scoring.presenceBase: must be at least 0.01"))
        }
    }

    /// A raw pool of 1,000,000 armed officers was the big-M of the armed indicator: GLPK took a
    /// `y` of 1e-6 as 0 and the plan broke the areas-per-period limit (exit 70).
    @Test(arguments: ["1000000", "1000000000", "9223372036854775807"])
    func aLargeArmedPoolIsOptimalAtTwoPointTwo(_ headcount: String) throws {
        var text = try String(contentsOfFile: Self.path("armed-pool-large-internal-error.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"headcount\": 1000000", with: "\"headcount\": \(headcount)")
        let file = CLI.temporary("armed-pool.json")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let started = ContinuousClock.now
        let result = try CLI.run(["solve", file, "--format", "json"])
        let seconds = (ContinuousClock.now - started).components.seconds
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try Self.plan(result.stdout)
        #expect(plan["status"] as? String == "optimal")
        #expect(abs((Self.value(plan) ?? 0) - 2.2) < 1e-9)
        #expect(seconds < 10)
    }

    @Test func anIntegerWrittenWithAZeroFractionIsAnInteger() throws {
        let result = try CLI.run(["check", Self.path("integer-as-float.json")])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try ScenarioFile(data: Data(contentsOf: Self.cases.appendingPathComponent("integer-as-float.json")))
        #expect(file.scenario.areas[0].minOfficers == 2)
        let base = try String(contentsOfFile: Self.path("integer-as-float.json"), encoding: .utf8)
        for (literal, message) in [
            ("2.5", "expected an integer, found 2.5"), ("1e30", "integer does not fit in 64 bits"),
            ("-1.0", "must be at least 0, found -1"),
        ] {
            let text = base.replacingOccurrences(of: "\"minOfficers\": 2.0", with: "\"minOfficers\": \(literal)")
            do {
                _ = try ScenarioFile(data: Data(text.utf8))
                Issue.record("\(literal) was accepted")
            } catch {
                #expect("\(error)".contains("areas[0].minOfficers: \(message)"), "\(error)")
            }
        }
        let exponent = base.replacingOccurrences(of: "\"minOfficers\": 2.0", with: "\"minOfficers\": 2e0")
        #expect(try ScenarioFile(data: Data(exponent.utf8)).scenario.areas[0].minOfficers == 2)
    }

    @Test func csvCellsThatAreFormulasAreNeutralised() throws {
        let report = CLI.temporary("report.csv")
        defer { try? FileManager.default.removeItem(atPath: report) }
        let solve = try CLI.run(["solve", Self.path("csv-formula.json"), "--report", report])
        #expect(solve.status == 0, "\(solve.stderr)")
        let roster = try CLI.run([
            "roster", Self.path("csv-formula.json"), "--force", "f", "--days", "1", "--seed", "1", "--format", "csv",
            "--calibration-draws", "4",
        ])
        #expect(roster.status == 0, "\(roster.stderr)")
        for data in [try Data(contentsOf: URL(fileURLWithPath: report)), roster.stdout] {
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
            let rows = Array(try CSVReader(string: String(decoding: data.dropFirst(3), as: UTF8.self)))
            #expect(rows.count > 1)
            for cell in rows.joined() {
                #expect(!HostileNamesTests.isFormula(cell), "\(cell)")
            }
            #expect(rows.joined().contains("'-2-3"))
        }
    }

    @Test func htmlReportEscapesTheTitleInEveryContext() throws {
        let report = CLI.temporary("report.html")
        defer { try? FileManager.default.removeItem(atPath: report) }
        let result = try CLI.run(["solve", Self.path("html-meta-attr.json"), "--report", report])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        let tags = try HostileNamesTests.startTags(html)
        #expect(tags["script"] == nil)
        #expect(tags["x"] == nil)
        #expect(tags["meta"] == 1)
        #expect(!html.contains("twitter:title") && !html.contains("og:title"))
    }

    @Test func markdownReportDisarmsRawHTML() throws {
        let report = CLI.temporary("report.md")
        defer { try? FileManager.default.removeItem(atPath: report) }
        let result = try CLI.run(["solve", Self.path("md-raw-html.json"), "--report", report])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The exported MPS and LP give the plan's optimum in glpsol with no flags (the MPS file
    /// minimises the negated value), and in HiGHS when `highspy` is installed.
    @Test func exportedModelsSolveToThePlansOptimumWithoutFlags() throws {
        let mps = CLI.temporary("model.mps")
        let lp = CLI.temporary("model.lp")
        defer { for file in [mps, lp] { try? FileManager.default.removeItem(atPath: file) } }
        let result = try CLI.run(["solve", Self.path("mps-objsense.json"), "--export-model", mps, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let value = try #require(Self.value(try Self.plan(result.stdout)))
        #expect(try CLI.run(["solve", Self.path("mps-objsense.json"), "--export-model", lp]).status == 0)
        let text = try String(contentsOfFile: mps, encoding: .utf8)
        #expect(text.hasPrefix("* patrolplan model@2"))
        #expect(text.contains("n.a.p1.f"))
        #expect(try ExportedModel.glpsol(mps).map { -$0 }.map { abs($0 - value) < 1e-6 } == true)
        #expect(try ExportedModel.glpsol(lp).map { abs($0 - value) < 1e-6 } == true)
        if ExportedModel.hasHiGHS {
            #expect(try ExportedModel.highs(mps).map { abs(-$0 - value) < 1e-6 } == true)
            #expect(try ExportedModel.highs(lp).map { abs($0 - value) < 1e-6 } == true)
        }
    }
}
