import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan check`: validate a scenario and summarise it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a scenario and summarise its pools, intelligence and armed eligibility.")

        @OptionGroup var input: ScenarioOptions

        func run() throws {
            let file = try input.load()
            let scored = try Uplifts.score(file.scenario, [])
            let warnings = file.warnings + PlanningWarnings.scenario(scored) + ScenarioScreen.locationWarnings(file.scenario)
            Console.print(Array(ScenarioSummary.render(scored, warnings: warnings).utf8).data)
            let short = ScenarioScreen.shortPeriods(scored)
            for period in short {
                Console.error(
                    "infeasible: period '\(period.period)': the minimums need \(period.needed) officers, "
                        + "at most \(period.most) can lawfully be there (solve explains which rules stop the rest)")
            }
            let conflicts = CommitmentCheck.conflicts(scored)
            if !conflicts.isEmpty {
                let diagnosis = InfeasibilityDiagnosis(periods: [], jointBlockers: [], undecided: [], commitmentConflicts: conflicts)
                Console.error(InfeasibilityText.render(diagnosis, periodCount: scored.periodCount))
            }
            if !short.isEmpty || !conflicts.isEmpty { throw Exit.infeasible }
        }
    }
}
