import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan compare`: what an uplift (or a second scenario) changes.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare a scenario with an uplift of it, or two scenarios.",
            discussion: "Examples: 'compare week.json --uplift afo=600'; 'compare base.json variant.json'.")

        @Argument(help: "One scenario (with --uplift), or a base and a variant scenario.")
        var scenarios: [String]

        @Option(name: .customLong("uplift"), help: "Extra officers for a force in the variant, as FORCE=N (repeatable).")
        var uplifts: [Uplift] = []

        @OptionGroup var settings: SolveSettings

        @OptionGroup var documentOptions: DocumentOptions

        @Option(help: "How many changed area-periods to list.")
        var changes: Int = 15

        @Option(help: "Also write the variant's report with the comparison (.md, .html, .csv, .geojson).")
        var report: String?

        func validate() throws {
            if let report { _ = try ReportFormat(path: report) }
            switch scenarios.count {
            case 1 where uplifts.isEmpty: throw ValidationError("Give --uplift with one scenario, or two scenarios.")
            case 1, 2: break
            default: throw ValidationError("Give one scenario (with --uplift) or two.")
            }
            if scenarios.count == 2, !uplifts.isEmpty {
                throw ValidationError("--uplift goes with one scenario; with two, the second is the variant.")
            }
        }

        func run() throws {
            let base = try ScenarioOptions.load(scenarios[0])
            let variant = scenarios.count == 2 ? try ScenarioOptions.load(scenarios[1]) : base
            let basePlan = try PlanRun.solve(try Uplifts.score(base.scenario, []), file: base, options: settings.options)
            let variantScored = try Uplifts.score(variant.scenario, uplifts)
            let variantPlan = try PlanRun.solve(variantScored, file: variant, options: settings.options)
            let comparison = PlanComparison(
                base: basePlan, variant: variantPlan, baseScenario: base.scenario, variantScenario: variant.scenario)
            if let report {
                try PlanRun.writeReport(variantPlan, scored: variantScored, to: report, comparison: comparison,
                    document: documentOptions.document(scenarioFile: scenarios.last ?? scenarios[0]))
            }
            let label = uplifts.isEmpty ? "variant" : uplifts.map { "+\($0.officers) \($0.force)" }.joined(separator: " ")
            Console.print(Array(ComparisonTable.render(comparison, baseLabel: "base", variantLabel: label, limit: changes).utf8).data)
        }
    }
}
