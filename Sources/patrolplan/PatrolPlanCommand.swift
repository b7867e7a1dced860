import ArgumentParser

/// `patrolplan`: plan armed and unarmed patrols from an intelligence picture.
@main
struct PatrolPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrolplan",
        abstract: "Plan where armed and unarmed officers patrol, period by period.",
        discussion: """
            Exit codes: 0 plan written (verify: no violations); 1 verify found violations; 2 infeasible (minimum presence cannot be met); \
            3 no plan found within the limits; 64 usage error; 65 invalid scenario (or plan, for verify); \
            66 input cannot be read; 70 internal or solver failure; 73 output cannot be written.
            """,
        version: "0.1.0",
        subcommands: [
            Solve.self, Check.self, Verify.self, Explain.self, Compare.self, Sweep.self, Staff.self, Roster.self,
            Generate.self, Import.self,
        ]
    )
}
