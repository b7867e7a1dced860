/// Draws verified rosters and estimates their expected value, for one scenario, plan and seed.
struct RosterDrawing {
    let scored: ScoredScenario
    /// The deterministic plan and its units.
    let plan: Plan
    let planUnits: UnitAllocation
    /// Indices of the chosen forces, in scenario order.
    let chosen: [Int]
    let targets: RosterTargets
    let seed: RosterSeed
    let maxRedraws: Int
    let calibrationDraws: Int

    /// A roster that passed ``RosterCheck``, with its figures and the draws rejected before it.
    struct Draw {
        var allocation: UnitAllocation
        var figures: PlanFigures
        var redraws: Int
    }

    /// Draws from `target` until a roster passes the verifier (at most `maxRedraws` rejected).
    ///
    /// Rounding alone keeps every constraint when the chosen forces are unarmed with unit 1
    /// (see docs/rosters.md), so then the first draw always passes. Otherwise a draw can break
    /// an armed share or an area's capacity in officers; it is then drawn again from the same
    /// stream.
    /// `day` names the day in the error (`nil` for a calibration draw).
    func verifiedDraw(
        _ target: CoverageTarget, day: Int?, using rng: inout some RandomNumberGenerator
    ) throws(RosterError) -> Draw {
        let sampler = RosterSampler(scored: scored, plan: planUnits, chosen: chosen, target: target)
        var last: [Violation] = []
        for attempt in 0...maxRedraws {
            let allocation = sampler.draw(using: &rng)
            let figures = PlanFigures(allocation, scored: scored)
            last = RosterCheck.violations(allocation, figures: figures, base: plan, scored: scored)
            if last.isEmpty { return Draw(allocation: allocation, figures: figures, redraws: attempt) }
        }
        throw .noValidDraw(day: day, attempts: maxRedraws + 1, violations: last)
    }

    /// The roster of day `day` (1-based): its own stream of the seed.
    func day(_ day: Int, target: CoverageTarget) throws(RosterError) -> DrawnRoster {
        var rng = RosterRandom(seed: seed, stream: "day", index: UInt64(day))
        let draw = try verifiedDraw(target, day: day, using: &rng)
        return DrawnRoster(
            day: day, allocation: draw.allocation, value: draw.figures.value,
            riskReduction: draw.figures.riskReduction, communityImpact: draw.figures.communityImpact,
            redraws: draw.redraws)
    }

    /// Mean value of ``calibrationDraws`` rosters from `target`, and the draws rejected. The
    /// calibration stream starts afresh for every target, so targets are compared on the same
    /// random numbers.
    func expectedValue(_ target: CoverageTarget) throws(RosterError) -> (value: Double, redraws: Int) {
        var rng = RosterRandom(seed: seed, stream: "calibration", index: 0)
        var total = 0.0
        var redraws = 0
        for _ in 0..<calibrationDraws {
            let draw = try verifiedDraw(target, day: nil, using: &rng)
            total += draw.figures.value
            redraws += draw.redraws
        }
        return (total / Double(max(1, calibrationDraws)), redraws)
    }
}
