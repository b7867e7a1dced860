import CSV
import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanReports

/// CSV and GeoJSON reports parse back and describe the plan.
@Suite struct ReportFileTests {
    static func plan(_ name: String) throws -> (Plan, Scenario) {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json")))
        let plan = try #require(try Planner().plan(ScoredScenario(file.scenario), scenarioSHA256: file.sha256).plan)
        return (plan, file.scenario)
    }

    @Test func csvHasOneRowPerAreaPeriodForceAndTheOfficersAddUp() throws {
        let (plan, scenario) = try Self.plan("city-day-night")
        let text = String(decoding: try PlanCSV.render(plan, scenario: scenario), as: UTF8.self)
        #expect(text.hasPrefix(Escaping.utf8BOM))
        let rows = Array(try CSVReader(string: String(text.dropFirst())))
        #expect(rows.first == PlanCSV.header)
        #expect(rows.count == 1 + plan.allocations.count * scenario.forces.count)
        let officersColumn = try #require(PlanCSV.header.firstIndex(of: "officers"))
        let total = rows.dropFirst().compactMap { Int($0[officersColumn]) }.reduce(0, +)
        #expect(total == plan.allocations.flatMap(\.officers.values).reduce(0, +))
    }

    @Test func csvQuotesFieldsWithCommas() throws {
        var (plan, scenario) = try Self.plan("city-day-night")
        scenario.areas[0].name = "Bank, Mansion House"
        plan.allocations = plan.allocations.filter { $0.area == scenario.areas[0].id }
        let text = String(decoding: try PlanCSV.render(plan, scenario: scenario), as: UTF8.self)
        #expect(text.contains("\"Bank, Mansion House\""))
    }
}
