internal import PatrolPlanResults
internal import PatrolPlanScoring

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

    /// A roster that passed ``RosterCheck``, with its figures and the periods drawn again.
    struct Draw {
        var allocation: UnitAllocation
        var figures: PlanFigures
        var redraws: Int
    }

    /// Draws from `target` until a roster passes the verifier (at most `maxRedraws` periods
    /// drawn again). `day` names the day in the error (`nil` for a calibration draw).
    ///
    /// When the chosen forces form a group that ``RosterCuts`` covers (one force, or unarmed
    /// forces of unit 1) the first draw always passes. Otherwise a draw can break a bound the
    /// forces share (an armed share, an area's capacity in officers); then the periods with a
    /// violation are drawn again from the same stream. Periods are drawn independently and the
    /// rules that span periods cannot break (armed presence can only shrink within the plan's
    /// pattern), so this gives the same rosters in distribution as redrawing the whole roster:
    /// the target's distribution given that the roster is valid.
    func verifiedDraw(
        _ target: CoverageTarget, day: Int?, using rng: inout some RandomNumberGenerator
    ) throws(RosterError) -> Draw {
        let sampler = RosterSampler(scored: scored, plan: planUnits, chosen: chosen, target: target)
        var roster = sampler.draw(using: &rng)
        var redraws = 0
        while true {
            let figures = PlanFigures(roster, scored: scored)
            let violations = RosterCheck.violations(roster, figures: figures, base: plan, scored: scored)
            if violations.isEmpty { return Draw(allocation: roster, figures: figures, redraws: redraws) }
            guard redraws < maxRedraws else {
                throw .noValidDraw(day: day, redraws: redraws, violations: violations)
            }
            for t in failedPeriods(violations) where redraws < maxRedraws {
                sampler.draw(period: t, into: &roster, using: &rng)
                redraws += 1
            }
        }
    }

    /// The periods to draw again: those named by the violations, or every period when one
    /// spans periods or names none.
    private func failedPeriods(_ violations: [Violation]) -> [Int] {
        var periods = Set<Int>()
        for violation in violations {
            guard violation.rule != .consecutiveArmedPeriods, let id = violation.period, let t = scored.periodIndex[id] else {
                return Array(0..<scored.periodCount)
            }
            periods.insert(t)
        }
        return periods.sorted()
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

    /// Mean value of ``calibrationDraws`` rosters from `target`, and the periods drawn again. The
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
