import ArgumentParser
import Foundation
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan solve`: the optimal allocation as a table or plan@1 JSON.
    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a scenario and write the plan.")

        @OptionGroup var input: ScenarioOptions

        @Option(name: .customLong("uplift"), help: "Officers added to a force: FORCE=N (headcount; negative takes officers away) or FORCE=N/period (on every shift). Repeatable.")
        var uplifts: [Uplift] = []

        @Option(help: "Output format: table or json (default: json for an --output ending in .json or when stdout is not a terminal, else table).")
        var format: OutputFormat?

        @Option(name: .shortAndLong, help: "Write the plan to this file (atomically) instead of stdout.")
        var output: String?

        @OptionGroup var settings: SolveSettings

        @OptionGroup var display: ProgressOptions

        @OptionGroup var documentOptions: DocumentOptions

        @Option(help: "Also write the exact MILP for glpsol or another solver (.mps: free MPS, .lp: CPLEX LP).")
        var exportModel: String?

        @Option(help: "Also write a report, its format from the extension: .md, .html (one page with charts), .csv (one row per area-period, every one) or .geojson (areas as polygons or points).")
        var report: String?

        @Option(help: "Rows of a .csv --report: wide (one per area-period, a column per force) or long (one per area-period and force).")
        var csvLayout: PlanCSV.Layout = .wide

        @Flag(help: "With a .geojson --report, also write one feature per area and period.")
        var reportPeriods = false

        @Option(help: "Also write a briefing per shift, one printable page per period (.html or .md).")
        var briefing: String?

        func validate() throws {
            if let report { _ = try ReportFormat(path: report) }
            if reportPeriods, (try? ReportFormat(path: report ?? "")) != .geojson {
                throw ValidationError("--report-periods needs a .geojson --report.")
            }
            if let briefing, !(briefing.hasSuffix(".html") || briefing.hasSuffix(".md")) {
                throw ValidationError("--briefing must end in .html or .md.")
            }
            if let exportModel, !(exportModel.hasSuffix(".mps") || exportModel.hasSuffix(".lp")) {
                throw ValidationError("--export-model must end in .mps or .lp.")
            }
        }

        @Flag(help: "Print to stderr where the time went: decode, score, build, heuristic, solver, figures and verify, write.")
        var timings = false

        func run() throws {
            var stopwatch = Stopwatch()
            var spent = RunTimings()
            let file = try input.load()
            spent.decode = stopwatch.lap()
            let scored = try Uplifts.score(file.scenario, uplifts)
            spent.score = stopwatch.lap()
            if let exportModel {
                try PlanRun.export(scored, to: exportModel)
            }
            spent.export = stopwatch.lap()
            var options = settings.options
            options.progress = display.display
            options.stopOnInterrupt = true
            Interruption.installSignalHandler()
            let solver = TimedSolver()
            let (plan, outcome) = try PlanRun.plan(scored, file: file, options: options, solver: solver)
            _ = stopwatch.lap()
            let chosen = format ?? OutputFormat.default(output: output)
            let bytes = try PlanRun.render(plan, as: chosen, scenario: file.scenario)
            if let report {
                try PlanRun.writeReport(
                    plan, scored: scored, to: report, csvLayout: csvLayout, perPeriod: reportPeriods,
                    document: documentOptions.document(scenarioFile: input.scenario))
            }
            if let briefing {
                let document = documentOptions.document(scenarioFile: input.scenario)
                let text = briefing.hasSuffix(".md")
                    ? BriefingReport.markdown(plan, scored: scored, document: document)
                    : BriefingReport.html(plan, scored: scored, document: document)
                try Console.write(Data(text.utf8), to: briefing)
                Console.error("wrote \(briefing): a briefing for each of the \(scored.periodCount) periods")
            }
            if let output {
                try Console.write(bytes, to: output)
            } else {
                Console.print(bytes)
            }
            Console.error("\(output.map { "wrote \($0)" } ?? "plan on stdout"): \(PlanHeadline.line(PlanSummary(plan, scored: scored)))")
            spent.write = stopwatch.lap()
            if timings {
                spent.planner = outcome.timings
                spent.calls = solver.calls
                spent.model = RunTimings.ModelSize(outcome.rows, outcome.columns, outcome.integerColumns)
                spent.total = stopwatch.total
                Console.error(TimingsReport.render(spent))
            }
        }
    }
}
