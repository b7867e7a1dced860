import ArgumentParser
import Foundation
import PatrolPlan

/// Report formats of `--report`, from the file's extension.
enum ReportFormat: Equatable {
    case csv, geojson, markdown, html

    init(path: String) throws {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": self = .csv
        case "geojson": self = .geojson
        case "md": self = .markdown
        case "html": self = .html
        default: throw ValidationError("--report must end in .md, .html, .csv or .geojson.")
        }
    }
}

extension PlanRun {
    /// Writes a report of `plan` atomically; warns about areas a map cannot show.
    static func writeReport(
        _ plan: Plan, scored: ScoredScenario, to path: String, sweep: UpliftSweep? = nil,
        comparison: PlanComparison? = nil, perPeriod: Bool = false
    ) throws {
        let scenario = scored.scenario
        let content = { ReportContent(plan: plan, scored: scored, sweep: sweep, comparison: comparison) }
        let data: Data
        do {
            switch try ReportFormat(path: path) {
            case .csv:
                data = try PlanCSV.render(plan, scenario: scenario)
            case .geojson:
                let result = try PlanGeoJSON.render(plan, scenario: scenario, perPeriod: perPeriod)
                if !result.unlocated.isEmpty {
                    Console.error("warning: \(path): areas without a boundary or location have a null geometry: \(result.unlocated.joined(separator: ", "))")
                }
                data = result.data
            case .markdown:
                data = Data(MarkdownReport.render(content()).utf8)
            case .html:
                data = Data(HTMLReport.render(content()).utf8)
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            Console.error("patrolplan: cannot render the report (\(error))")
            throw Exit.internalFailure
        }
        try Console.write(data, to: path)
    }
}
