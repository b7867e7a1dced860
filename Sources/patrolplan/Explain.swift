import ArgumentParser
import Foundation
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan explain`: why an area gets what it gets, step by step.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain an area's scores, armed eligibility and allocation, period by period.")

        @OptionGroup var input: ScenarioOptions

        @Argument(help: "The area id.")
        var area: String

        @Argument(help: "A period id (default: every period).")
        var period: String?

        @Option(name: .customLong("uplift"), help: "Officers added to a force: FORCE=N (headcount; negative takes officers away) or FORCE=N/period (on every shift). Repeatable.")
        var uplifts: [Uplift] = []

        @Option(help: "Show what the area got in this plan@1 file instead of solving the scenario.")
        var plan: String?

        func run() throws {
            let file = try input.load()
            let scored = try Uplifts.score(file.scenario, uplifts)
            let target: ExplanationTarget
            do {
                target = try ExplanationTarget(scored, area: area, period: period)
            } catch {
                Console.error("patrolplan explain: \(error)")
                throw ExitCode.validationFailure
            }
            let source: Explanation.PlanSource
            if let path = plan {
                let data = try Console.read(path)
                let decoded: Plan
                do {
                    decoded = try PlanReading.decode(data)
                } catch {
                    Console.error("\(path): not a patrolplan/plan@1 file (\(error))")
                    throw Exit.invalidScenario
                }
                source = .file(path, decoded, matches: decoded.scenario.sha256 == file.sha256)
            } else {
                do {
                    let outcome = try Planner().plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings)
                    source = .solved(outcome.plan, outcome.status)
                } catch {
                    Console.error("patrolplan: \(error)")
                    throw Exit.internalFailure
                }
            }
            Console.print(Data(Explanation.render(scored, target, plan: source).utf8))
        }
    }
}
