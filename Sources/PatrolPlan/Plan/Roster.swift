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

/// One drawn roster: a full allocation (the chosen forces drawn, the others the plan's).
public struct DrawnRoster: Sendable, Equatable {
    /// The day's number (1-based).
    public var day: Int
    public var allocation: UnitAllocation
    public var value: Double
    public var riskReduction: Double
    public var communityImpact: Double
    /// Periods drawn again because the verifier rejected a draw (0 whenever ``RosterCuts``
    /// covers the chosen forces: one force, or unarmed forces of unit 1).
    public var redraws: Int
}

/// Randomised rosters whose expected coverage is a target drawn from the LP relaxation, each
/// feasible for model@1 on its own (see `docs/rosters.md`).
public struct RosterSet: Sendable {
    /// The deterministic plan the rosters randomise, and its units (the other forces keep
    /// them in every roster).
    public var plan: Plan
    public var planUnits: UnitAllocation
    /// Ids of the chosen forces, in scenario order.
    public var forces: [String]
    public var targets: RosterTargets
    public var goal: SpreadGoal
    /// The spread used, in [0, 1] (thousandths).
    public var spread: Double
    /// The target the rosters are drawn from: `targets.target(spread: spread)`.
    public var target: CoverageTarget
    public var rosters: [DrawnRoster]
    public var cost: RandomisingCost
    public var unpredictability: Unpredictability
    public var tradeOff: [TradeOffPoint]
    /// Periods of calibration draws drawn again at the chosen spread.
    public var calibrationRedraws: Int
    public var warnings: [String]

    /// Draws the rosters for `plan`, a plan of `scored` (from ``Planner``).
    public static func draw(
        _ scored: ScoredScenario, plan: Plan, request: RosterRequest, solver: any MILPSolver = GLPKSolver()
    ) throws(RosterError) -> RosterSet {
        let forces = scored.scenario.forces
        let known = forces.map(\.id)
        guard !request.forces.isEmpty else { throw .invalidRequest("give at least one force to randomise (--force)") }
        for id in request.forces where !known.contains(id) {
            throw .unknownForce(id, known: known)
        }
        guard request.days >= 1, request.firstDay >= 1, request.firstDay <= Int.max - request.days else {
            throw .invalidRequest("--days and --first-day must be at least 1")
        }
        guard request.calibrationDraws >= 1, request.maxRedraws >= 0 else {
            throw .invalidRequest("--calibration-draws must be at least 1")
        }
        let chosenFlags = forces.map { request.forces.contains($0.id) }
        let chosen = forces.indices.filter { chosenFlags[$0] }
        let planUnits = UnitAllocation(plan: plan, scored: scored)
        let model = ModelBuilder.build(scored)
        let relaxation = RestrictedRelaxation(scored: scored, model: model, plan: planUnits, chosen: chosenFlags)
        let targets = try RosterTargets.compute(
            relaxation, plan: planUnits, planValue: plan.objective.value, solver: solver)
        let drawing = RosterDrawing(
            scored: scored, plan: plan, planUnits: planUnits, chosen: chosen, targets: targets, seed: request.seed,
            maxRedraws: request.maxRedraws, calibrationDraws: request.calibrationDraws)

        var search = SpreadSearch(drawing: drawing)
        let (thousandths, goalWarnings) = try search.choose(request.goal)
        let target = search.target(thousandths)
        var rosters: [DrawnRoster] = []
        for day in request.firstDay..<(request.firstDay + request.days) {
            rosters.append(try drawing.day(day, target: target))
        }
        let expected = try search.expectedValue(thousandths)
        let values = rosters.map(\.value)
        let cost = RandomisingCost(
            planValue: plan.objective.value, relaxationValue: targets.relaxationValue, expectedValue: expected.value,
            calibrationDraws: request.calibrationDraws, meanValue: values.reduce(0, +) / Double(values.count),
            minValue: values.min() ?? 0, maxValue: values.max() ?? 0)
        var warnings = goalWarnings
        let redraws = rosters.reduce(expected.redraws) { $0 + $1.redraws }
        if redraws > 0 {
            warnings.append(
                "\(redraws) periods were drawn again after failing verify, so the rosters' means differ from the target; "
                    + "randomise an armed force on its own, or unarmed forces of unit 1 together, to avoid this (docs/rosters.md)")
        }
        if target.isIntegral {
            warnings.append(
                "the target is whole numbers: every roster is the same; --spread, --min-entropy or --max-cost randomise it")
        }
        return RosterSet(
            plan: plan, planUnits: planUnits, forces: chosen.map { forces[$0].id }, targets: targets, goal: request.goal,
            spread: Double(thousandths) / 1000, target: target, rosters: rosters, cost: cost,
            unpredictability: Unpredictability(
                target: target, rosters: rosters.map(\.allocation), chosen: chosen, scored: scored),
            tradeOff: try search.tradeOff(including: thousandths), calibrationRedraws: expected.redraws,
            warnings: warnings)
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
    /// Every draw of a roster broke model@1 (`day` is `nil` for a calibration draw).
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
