import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan staff`: the fewest extra officers of a force that reach a target.
    struct Staff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the fewest extra officers of a force for which the optimum reaches a target.",
            discussion: """
                --target 0.9 asks for 90% of the value that unlimited officers of the force would \
                achieve; --target-value asks for an absolute objective value. The optimum never falls \
                as officers are added, so the answer is found by doubling, then bisection.
                """)

        @OptionGroup var input: ScenarioOptions

        @Option(help: "The force to add officers to.")
        var force: String

        @Option(help: "Target as a share (0, 1] of the value achievable with unlimited officers of the force.")
        var target: Double?

        @Option(help: "Target as an absolute objective value.")
        var targetValue: Double?

        @OptionGroup var settings: SolveSettings

        func validate() throws {
            switch (target, targetValue) {
            case (let share?, nil) where share > 0 && share <= 1: break
            case (nil, let value?) where value.isFinite: break
            case (nil, nil): throw ValidationError("Give --target or --target-value.")
            default: throw ValidationError("Give one of --target (in (0, 1]) or --target-value (a number).")
            }
        }

        func run() throws {
            let file = try input.load()
            _ = try Uplifts.score(file.scenario, [Uplift(force: force, officers: 0)])
            let goal: Staffing.Target = target.map { .share($0) } ?? .value(targetValue ?? 0)
            do {
                let result = try Staffing.fewestOfficers(
                    file.scenario, force: force, target: goal, planner: Planner(options: settings.options))
                Console.print(Array(StaffingText.render(result).utf8).data)
            } catch {
                Console.error("patrolplan: \(error)")
                throw Exit.internalFailure
            }
        }
    }
}
