import ArgumentParser
import Foundation
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan verify`: check a plan against its scenario, independently of the solver.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a plan@1 file against its scenario: every constraint and every figure.",
            discussion: """
                Prints every violation to stdout, one a line; exits 0 when there is none and 1 when \
                there is any. The plan's uplifts (scenario.uplifts) are applied to the pools.
                """)

        @OptionGroup var input: ScenarioOptions

        @Argument(help: "The plan file (patrolplan/plan@1 JSON).")
        var plan: String

        func run() throws {
            let file = try input.load()
            let data = try Console.read(plan)
            let decoded: Plan
            do {
                decoded = try PlanReading.decode(data)
            } catch {
                Console.error("\(plan): not a plan@1 document (\(error))")
                throw Exit.invalidScenario
            }
            let foreign = PlanReading.foreignIDs(decoded, scenario: file.scenario)
            if !foreign.isEmpty, decoded.scenario.sha256 != file.sha256 {
                Console.error(
                    "\(plan): this plan is of another scenario ('\(decoded.scenario.name)'): it names "
                        + "\(foreign.prefix(3).joined(separator: ", "))\(foreign.count > 3 ? " and \(foreign.count - 3) more" : "") "
                        + "that \(input.scenario) does not have; give the scenario the plan was made from")
                throw Exit.invalidScenario
            }
            var uplifts: [Uplift] = []
            for text in decoded.scenario.uplifts ?? [] {
                guard let uplift = Uplift(argument: text) else {
                    Console.error("\(plan): scenario.uplifts: '\(text)' is not FORCE=N or FORCE=N/period")
                    throw Exit.invalidScenario
                }
                uplifts.append(uplift)
            }
            let scored: ScoredScenario
            do {
                scored = try ScoredScenario(file.scenario, uplifts: uplifts)
            } catch {
                Console.error("\(plan): scenario.uplifts: \(error)")
                throw Exit.invalidScenario
            }
            if decoded.scenario.sha256 != file.sha256 {
                Console.error("warning: the plan cites scenario sha256 \(decoded.scenario.sha256), the file's is \(file.sha256)")
            }
            let violations = PlanVerifier.verify(decoded, against: scored)
            Console.print(Data(violations.map { "\($0)\n" }.joined().utf8))
            guard violations.isEmpty else {
                Console.error("\(plan): \(violations.count) violation\(violations.count == 1 ? "" : "s")")
                throw Exit.violations
            }
            Console.error(
                "\(plan): no violations (\(Violation.Rule.allCases.count) rules checked over "
                    + "\(scored.areaCount * scored.periodCount) area-periods)")
        }
    }
}
