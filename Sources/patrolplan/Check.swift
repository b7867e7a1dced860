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
            Console.print(Array(ScenarioSummary.render(scored, warnings: file.warnings + PlanningWarnings.scenario(scored)).utf8).data)
        }
    }
}
