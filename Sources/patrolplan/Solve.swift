import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan solve`: the optimal allocation as a table or plan@1 JSON.
    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a scenario and write the plan.")

        @OptionGroup var input: ScenarioOptions

        @Option(name: .customLong("uplift"), help: "Extra officers for a force, as FORCE=N (repeatable).")
        var uplifts: [Uplift] = []

        @Option(help: "Output format: table or json (default: json for an --output ending in .json or when stdout is not a terminal, else table).")
        var format: OutputFormat?

        @Option(name: .shortAndLong, help: "Write the plan to this file (atomically) instead of stdout.")
        var output: String?

        @Option(help: "Stop when the proven relative gap is at most this.")
        var gap: Double = SolveOptions().gap

        @Option(help: "Deterministic work limit: branch-and-bound nodes (0: none).")
        var nodeLimit: Int = SolveOptions().nodeLimit

        @Option(help: "Stop after this many seconds with the best plan found (not deterministic).")
        var timeLimit: Double?

        @Option(help: "Also write the exact MILP for glpsol or another solver (.mps: free MPS, .lp: CPLEX LP).")
        var exportModel: String?

        func validate() throws {
            if let exportModel, !(exportModel.hasSuffix(".mps") || exportModel.hasSuffix(".lp")) {
                throw ValidationError("--export-model must end in .mps or .lp.")
            }
            guard gap.isFinite, gap >= 0, gap < 1 else { throw ValidationError("--gap must be in [0, 1).") }
            guard nodeLimit >= 0 else { throw ValidationError("--node-limit must be 0 or more.") }
            if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) {
                throw ValidationError("--time-limit must be a positive number of seconds.")
            }
        }

        func run() throws {
            let file = try input.load()
            let scored = try Uplifts.score(file.scenario, uplifts)
            var options = SolveOptions()
            options.gap = gap
            options.nodeLimit = nodeLimit
            options.timeLimit = timeLimit
            if let exportModel {
                try PlanRun.export(scored, to: exportModel)
            }
            let plan = try PlanRun.solve(scored, file: file, options: options)
            let chosen = format ?? OutputFormat.default(output: output)
            let bytes = try PlanRun.render(plan, as: chosen, scenario: file.scenario)
            if let output {
                try Console.write(bytes, to: output)
            } else {
                Console.print(bytes)
            }
        }
    }
}
