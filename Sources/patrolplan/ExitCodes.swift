import ArgumentParser

/// The documented exit codes (see `patrolplan --help` and the README).
enum Exit {
    /// `verify` found the plan breaks model@2 or misreports its figures.
    static let violations = ExitCode(1)
    static let infeasible = ExitCode(2)
    static let noSolution = ExitCode(3)
    static let invalidScenario = ExitCode(65)
    static let cannotRead = ExitCode(66)
    static let internalFailure = ExitCode(70)
    static let cannotWrite = ExitCode(73)
}
