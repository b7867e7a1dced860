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

    package init(day: Int, allocation: UnitAllocation, value: Double, riskReduction: Double, communityImpact: Double, redraws: Int) {
        self.day = day
        self.allocation = allocation
        self.value = value
        self.riskReduction = riskReduction
        self.communityImpact = communityImpact
        self.redraws = redraws
    }
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

    package init(plan: Plan, planUnits: UnitAllocation, forces: [String], targets: RosterTargets, goal: SpreadGoal, spread: Double, target: CoverageTarget, rosters: [DrawnRoster], cost: RandomisingCost, unpredictability: Unpredictability, tradeOff: [TradeOffPoint], calibrationRedraws: Int, warnings: [String]) {
        self.plan = plan
        self.planUnits = planUnits
        self.forces = forces
        self.targets = targets
        self.goal = goal
        self.spread = spread
        self.target = target
        self.rosters = rosters
        self.cost = cost
        self.unpredictability = unpredictability
        self.tradeOff = tradeOff
        self.calibrationRedraws = calibrationRedraws
        self.warnings = warnings
    }
}
