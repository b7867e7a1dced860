import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanReports

/// The HTML report's map (issue 16): well-formed SVG, every ward drawn in every map, scale bar,
/// north arrow and the sources' attribution.
@Suite struct ReportMapTests {
    @Test func cityOfLondonMapDrawsEveryWard() throws {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("city-of-london-week.json")))
        let scored = try ScoredScenario(file.scenario)
        var (plan, _) = try ReportFileTests.plan("haringey-weekend")
        plan.allocations = []
        let content = ReportContent(plan: plan, scored: scored)
        let map = try #require(content.map)
        #expect(map.hasBoundaries && map.places.count == 25 && map.unplaced.isEmpty)
        let html = HTMLReport.render(content)
        let document = try XMLDocument(xmlString: html, options: [])
        #expect(document.rootElement()?.name == "html")
        #expect(!html.contains("<script"))
        // Two overview maps and one per period, each with all 25 ward polygons.
        for ward in file.scenario.areas {
            let drawn = html.components(separatedBy: "data-area=\"\(ward.id)\"").count - 1
            #expect(drawn == 2 + 42, "\(ward.name ?? ward.id) is drawn \(drawn) times")
        }
        #expect(html.contains("aria-label=\"scale bar") && html.contains("aria-label=\"north arrow\""))
        #expect(html.contains("Open Government Licence v3.0") && html.contains("Powered by TfL Open Data"))
    }

    @Test func areasWithoutBoundariesArePoints() throws {
        let content = try ReportSnapshotTests.content("haringey-weekend")
        let map = try #require(content.map)
        #expect(!map.hasBoundaries)
        let html = HTMLReport.render(content)
        _ = try XMLDocument(xmlString: html, options: [])
        #expect(html.contains("<circle data-area="))
    }
}
