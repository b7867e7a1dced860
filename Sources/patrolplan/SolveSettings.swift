import ArgumentParser
import PatrolPlan

/// The stopping rule, shared by every command that solves.
struct SolveSettings: ParsableArguments {
    @Option(help: "Stop when the proven relative gap is at most this.")
    var gap: Double = PlannerOptions().gap

    @Option(help: "Deterministic work limit: branch-and-bound nodes (0: none).")
    var nodeLimit: Int = PlannerOptions().nodeLimit

    @Option(help: "Stop after this many seconds with the best plan found (not deterministic).")
    var timeLimit: Double?

    func validate() throws {
        guard gap.isFinite, gap >= 0, gap < 1 else { throw ValidationError("--gap must be in [0, 1).") }
        guard nodeLimit >= 0 else { throw ValidationError("--node-limit must be 0 or more.") }
        if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) {
            throw ValidationError("--time-limit must be a positive number of seconds.")
        }
    }

    var options: PlannerOptions {
        var options = PlannerOptions()
        options.gap = gap
        options.nodeLimit = nodeLimit
        options.timeLimit = timeLimit
        return options
    }
}
