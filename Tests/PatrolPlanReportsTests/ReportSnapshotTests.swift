import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SnapshotTesting
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanReports

/// The Markdown report is pinned by a snapshot; the HTML report and its SVG must be well-formed
/// XML and self-contained. Set `SNAPSHOT_TESTING_RECORD=all` to record snapshots anew.
@Suite struct ReportSnapshotTests {
    static func content(_ name: String) throws -> ReportContent {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json")))
        let scored = try ScoredScenario(file.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings).plan)
        return ReportContent(
            plan: plan, scored: scored,
            document: ReportDocument(generated: Date(timeIntervalSince1970: 1_764_576_000), scenarioFile: "Scenarios/\(name).json", version: "test"))
    }

    @Test func markdownReport() throws {
        assertSnapshot(of: MarkdownReport.render(try Self.content("city-day-night")), as: .lines, named: "city-day-night")
    }

    @Test(arguments: ["haringey-weekend", "severe-crowded-places"])
    func htmlReportIsWellFormedAndSelfContained(name: String) throws {
        let html = HTMLReport.render(try Self.content(name))
        let document = try XMLDocument(xmlString: html, options: [])
        #expect(document.rootElement()?.name == "html")
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
    }

    @Test func chartTextIsEscaped() throws {
        let svg = SVGChart.heatMap(rows: ["A & <B>"], columns: ["\"t\""], values: [[3]], marked: [[true]])
        let document = try XMLDocument(xmlString: svg, options: [])
        #expect(document.rootElement()?.name == "svg")
        #expect(svg.contains("A &amp; &lt;B&gt;"))
    }
}
