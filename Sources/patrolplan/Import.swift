import ArgumentParser
import Foundation
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan import`: a scenario@2 from public data files and a recipe (docs/import.md).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a scenario from police.uk, ONS and TfL files as a recipe says (see docs/import.md).",
            discussion: """
                The recipe (JSON, patrolplan/recipe@1) names the input files, their licences and the rules that turn \
                crime counts and station footfall into gangActivity, disorder and footfall per period. Its paths are \
                relative to the recipe. A summary (areas, rows used and dropped, busiest and riskiest areas) and every \
                assumption are printed; progress goes to stderr.
                """)

        @Argument(help: "The recipe file (JSON).")
        var recipe: String

        @Option(name: .shortAndLong, help: "Write the scenario to this file (atomically) instead of stdout.")
        var output: String?

        @Flag(help: "Print no summary or assumptions.")
        var quiet = false

        func run() throws {
            let outcome: ImportOutcome
            do {
                outcome = try ScenarioImport.run(recipePath: recipe) { line in
                    if !quiet { Console.error("import: \(line)") }
                }
            } catch {
                Console.error("patrolplan: \(error)")
                let unreadable = error.message.hasPrefix("cannot read") || error.message.hasPrefix("no such")
                throw unreadable ? Exit.cannotRead : Exit.invalidScenario
            }
            let data = Data(outcome.scenario.utf8)
            if let output {
                try Console.write(data, to: output)
            } else {
                Console.print(data)
            }
            guard !quiet else { return }
            var lines = outcome.summary.map { "  " + $0 }
            lines.append("assumptions:")
            lines += outcome.assumptions.map { "  - " + $0 }
            let text = "summary:\n" + lines.joined(separator: "\n") + "\n"
            // The summary goes with the scenario's file to stdout; when stdout carries the
            // scenario, to stderr.
            if output != nil {
                Console.print(Data(text.utf8))
            } else {
                Console.error(text)
            }
        }
    }
}
