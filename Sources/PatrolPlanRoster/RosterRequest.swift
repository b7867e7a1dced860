internal import _PatrolPlanJSON
public import PatrolPlanMILP
public import PatrolPlanResults

/// What to draw: which forces to randomise, how many rosters, from which seed, how spread.
public struct RosterRequest: Sendable {
    /// Ids of the forces whose officers are randomised; the others keep the plan's officers.
    public var forces: [String]
    /// Number of rosters, each covering the scenario's periods once (a day for a 24-hour
    /// scenario, a week for a week-long one).
    public var days: Int
    /// The first day's number (1-based). Day `d`'s roster depends only on the seed, `d` and the
    /// target, so days can be drawn one at a time.
    public var firstDay: Int
    public var seed: RosterSeed
    public var goal: SpreadGoal
    /// Rosters drawn to estimate the expected value (a separate stream of the seed).
    public var calibrationDraws: Int
    /// Periods of a roster that may be drawn again, after the verifier rejected a draw, before
    /// drawing stops with an error.
    public var maxRedraws: Int

    public init(
        forces: [String], days: Int, firstDay: Int = 1, seed: RosterSeed, goal: SpreadGoal = .optimum,
        calibrationDraws: Int = 256, maxRedraws: Int = 1000
    ) {
        self.forces = forces
        self.days = days
        self.firstDay = firstDay
        self.seed = seed
        self.goal = goal
        self.calibrationDraws = calibrationDraws
        self.maxRedraws = maxRedraws
    }
}

/// Rosters that cannot be drawn.
public enum RosterError: Error, Sendable, CustomStringConvertible {
    /// Options that cannot be used (no force, no days, no calibration draws).
    case invalidRequest(String)
    /// A chosen force the scenario does not have.
    case unknownForce(String, known: [String])
    /// A relaxation could not be solved.
    case solver(SolverError)
    /// Every draw of a roster broke model@2 (`day` is `nil` for a calibration draw).
    case noValidDraw(day: Int?, redraws: Int, violations: [Violation])

    public var description: String {
        switch self {
        case .invalidRequest(let message):
            message
        case .unknownForce(let id, let known):
            "--force names '\(id)', which the scenario does not have (forces: \(known.joined(separator: ", ")))"
                + DidYouMean.hint(for: id, among: known)
        case .solver(let error):
            "solver failure: \(error.message)"
        case .noValidDraw(let day, let redraws, let violations):
            "no roster \(day.map { "for day \($0)" } ?? "for calibration") passed verify after \(redraws) periods were drawn again; the last draw broke:\n"
                + violations.prefix(5).map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
