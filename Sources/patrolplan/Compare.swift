import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan compare`: what an uplift (or a second scenario) changes.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare a scenario with an uplift of it, or two scenarios.",
            discussion: """
                Examples: 'compare week.json --uplift afo=600'; 'compare base.json variant.json'. \
                The variant is solved, then among its plans worth as much within the gap the one \
                that moves the fewest officers from the base plan is kept, so the changes listed are \
                the ones the variant needs. When the two scenarios differ in their risk inputs, their \
                values are not comparable and the share of the risk at stake prevented is compared.
                """)

        @Argument(help: "One scenario (with --uplift), or a base and a variant scenario.")
        var scenarios: [String]

        @Option(name: .customLong("uplift"), help: "Officers added to a force in the variant: FORCE=N (headcount; negative takes officers away) or FORCE=N/period (on every shift). Repeatable.")
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
            let baseScored = try Uplifts.score(base.scenario, [])
            let basePlan = try PlanRun.solve(baseScored, file: base, options: settings.options)
            let variantScored = try Uplifts.score(variant.scenario, uplifts)
            let solved = try PlanRun.solve(variantScored, file: variant, options: settings.options)
            // Among the variant's plans within the gap, the one nearest the base plan: the
            // changes listed are those the variant needs, not reshuffles between equal plans.
            let variantPlan: Plan
            do {
                variantPlan = try Planner(options: settings.options).planNear(
                    variantScored, base: basePlan, variant: solved, scenarioSHA256: variant.sha256, warnings: variant.warnings)
            } catch {
                Console.error("patrolplan: \(error)")
                throw Exit.internalFailure
            }
            let comparison = PlanComparison(
                base: basePlan, variant: variantPlan, baseScored: baseScored, variantScored: variantScored)
            let unruled = PlanComparison(
                base: basePlan, variant: solved, baseScenario: base.scenario, variantScenario: variant.scenario)
            Console.error(
                "compare: \(comparison.officersMoved) officers moved in \(comparison.changes.count) area-periods "
                    + "(the variant's first plan moved \(unruled.officersMoved) in \(unruled.changes.count)); "
                    + "variant \(PlanHeadline.line(comparison.variant))")
            if let report {
                try PlanRun.writeReport(variantPlan, scored: variantScored, to: report, comparison: comparison,
                    document: documentOptions.document(scenarioFile: scenarios.last ?? scenarios[0]))
            }
            let label = uplifts.isEmpty ? "variant" : uplifts.map { "+\($0.officers) \($0.force)" }.joined(separator: " ")
            Console.print(Array(ComparisonTable.render(
                comparison, baseLabel: "base", variantLabel: label, limit: changes, names: Names(variant.scenario)).utf8).data)
        }
    }
}
