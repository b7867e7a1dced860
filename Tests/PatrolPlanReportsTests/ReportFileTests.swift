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

    @Test func csvHasEveryAreaPeriodOnceAndItsRiskReducedSumsToThePlans() throws {
        let (plan, scenario) = try Self.plan("haringey-weekend")
        let scored = try ScoredScenario(scenario)
        let text = String(decoding: try PlanCSV.render(plan, scored: scored), as: UTF8.self)
        #expect(text.hasPrefix(Escaping.utf8BOM))
        let rows = Array(try CSVReader(string: String(text.dropFirst())))
        let header = try #require(rows.first)
        #expect(header == PlanCSV.header(scenario))
        // Every area-period, officers or not: 60 for haringey-weekend.
        #expect(rows.count - 1 == scenario.areas.count * scenario.periods.count)
        #expect(rows.count - 1 == 60)
        func column(_ name: String) throws -> [Double] {
            let i = try #require(header.firstIndex(of: name))
            return rows.dropFirst().map { Double($0[i]) ?? .nan }
        }
        let reduced = try column("risk_reduced_in_period").reduce(0, +)
        #expect(abs(reduced - plan.objective.riskReduction) <= 1e-6 * max(1, plan.objective.riskReduction))
        let impact = try column("community_impact_in_period").reduce(0, +)
        #expect(abs(impact - plan.objective.communityImpact) <= 1e-6 * max(1, plan.objective.communityImpact))
        let stake = try column("risk_at_stake_in_period").reduce(0, +)
        #expect(abs(stake - scored.riskAtStake) <= 1e-6 * scored.riskAtStake)
        let remaining = try column("risk_remaining_in_period").reduce(0, +)
        #expect(abs(stake - reduced - remaining) <= 1e-6 * stake)
        let total = try column("officers_total").reduce(0, +)
        #expect(Int(total) == plan.allocations.flatMap(\.officers.values).reduce(0, +))
        for force in scenario.forces {
            #expect(header.contains("officers_\(force.id)"))
        }
    }

    @Test func csvLongLayoutHasOneRowPerAreaPeriodAndForce() throws {
        let (plan, scenario) = try Self.plan("city-day-night")
        let text = String(decoding: try PlanCSV.render(plan, scored: try ScoredScenario(scenario), layout: .long), as: UTF8.self)
        let rows = Array(try CSVReader(string: String(text.dropFirst())))
        #expect(rows.first == PlanCSV.header(scenario, layout: .long))
        #expect(rows.count == 1 + scenario.areas.count * scenario.periods.count * scenario.forces.count)
        let officersColumn = try #require(rows.first?.firstIndex(of: "officers"))
        let total = rows.dropFirst().compactMap { Int($0[officersColumn]) }.reduce(0, +)
        #expect(total == plan.allocations.flatMap(\.officers.values).reduce(0, +))
    }

    @Test func csvQuotesFieldsWithCommas() throws {
        var (plan, scenario) = try Self.plan("city-day-night")
        scenario.areas[0].name = "Bank, Mansion House"
        plan.allocations = plan.allocations.filter { $0.area == scenario.areas[0].id }
        let text = String(decoding: try PlanCSV.render(plan, scored: try ScoredScenario(scenario)), as: UTF8.self)
        #expect(text.contains("\"Bank, Mansion House\""))
    }
}

extension ReportFileTests {
    @Test func briefingHasAPagePerPeriodWithTheMarkingAndTheUnpatrolledAreas() throws {
        let (plan, scenario) = try Self.plan("haringey-weekend")
        let scored = try ScoredScenario(scenario)
        let html = BriefingReport.html(plan, scored: scored, document: ReportDocument(marking: "SECRET-ISH", version: "test"))
        #expect(html.components(separatedBy: "class=\"pagebreak\"").count == scenario.periods.count)
        #expect(html.components(separatedBy: "Areas left without a patrol").count == scenario.periods.count + 1)
        #expect(html.contains("SECRET-ISH"))
        #expect(html.contains("@top-center { content: \"SECRET-ISH\""))
        for period in scenario.periods {
            #expect(html.contains(Escaping.htmlText(period.label ?? period.id) + " — briefing"))
        }
        // Every area-period without officers is listed under its period.
        let patrolled = Set(plan.allocations.filter { $0.totalOfficers > 0 }.map { "\($0.period)/\($0.area)" })
        let unpatrolled = scenario.periods.count * scenario.areas.count - patrolled.count
        let markdown = BriefingReport.markdown(plan, scored: scored, document: ReportDocument(version: "test"))
        let names = Set(scenario.areas.map { Escaping.markdown($0.name ?? $0.id) })
        var listed = 0
        for section in markdown.components(separatedBy: "## Areas left without a patrol").dropFirst() {
            let table = section.components(separatedBy: "\n#").first ?? ""
            listed += table.split(separator: "\n").filter { line in
                names.contains { line.hasPrefix("| \($0) ") }
            }.count
        }
        #expect(listed == unpatrolled)
    }
}

extension ReportFileTests {
    @Test func periodsWithStartTimesReadAsDatesEverywhere() throws {
        let (plan, scenario) = try Self.plan("match-day")
        let names = Names(scenario)
        let first = try #require(scenario.periods.first)
        #expect(first.start != nil)
        #expect(names.period(first.id) == "Sat 5 Dec 10:00–12:00")
        let scored = try ScoredScenario(scenario)
        let csv = String(decoding: try PlanCSV.render(plan, scored: scored), as: UTF8.self)
        #expect(csv.contains("Sat 5 Dec 10:00–12:00"))
        #expect(csv.contains(first.start?.text ?? "-"))
        let briefing = BriefingReport.markdown(plan, scored: scored, document: ReportDocument(version: "test"))
        #expect(briefing.contains("# Sat 5 Dec 10:00–12:00 — briefing"))
        // The scenario's commitments are listed under the periods they hold for.
        for commitment in scenario.commitments {
            #expect(briefing.contains("| \(Escaping.markdown(commitment.id)) "))
        }
        // Across midnight the end names its day.
        let late = Period(id: "late", hours: 4, start: Timestamp(rfc3339: "2026-12-05T22:00:00+00:00"))
        #expect(Names.periodText(late) == "Sat 5 Dec 22:00–Sun 6 Dec 02:00")
    }
}
