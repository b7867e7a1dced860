internal import PatrolPlanScenario
import Foundation
public import PatrolPlanScoring

/// How unpredictable the chosen forces' presence is: the entropy of "at least one officer of a
/// chosen force is in area a during period t", in bits (0: certain either way; 1: a coin toss).
///
/// Averaged over the on-duty area-periods: every area in every period in which a chosen force
/// has officers available. The most possible is 1 bit. *Expected* figures are those of the
/// roster distribution (presence chance `min(1, expected units)`, exact for dependent
/// rounding); *observed* figures are the drawn rosters' own (the share of them with someone
/// there), which for few rosters scatter around the expected ones.
public struct Unpredictability: Sendable, Equatable {
    /// One area's figures, averaged over the on-duty periods.
    public struct AreaFigures: Codable, Sendable, Equatable {
        public var area: String
        /// Expected officers of the chosen forces per on-duty period.
        public var expectedOfficers: Double
        /// Mean chance of presence.
        public var expectedPresence: Double
        /// Share of on-duty periods of the drawn rosters with someone there.
        public var observedPresence: Double
        public var expectedEntropy: Double
        public var observedEntropy: Double

        package init(area: String, expectedOfficers: Double, expectedPresence: Double, observedPresence: Double, expectedEntropy: Double, observedEntropy: Double) {
            self.area = area
            self.expectedOfficers = expectedOfficers
            self.expectedPresence = expectedPresence
            self.observedPresence = observedPresence
            self.expectedEntropy = expectedEntropy
            self.observedEntropy = observedEntropy
        }
    }

    /// Periods (indices) in which a chosen force has officers available.
    public var onDutyPeriods: [Int]
    /// Mean over on-duty area-periods, bits.
    public var expectedEntropy: Double
    public var observedEntropy: Double
    /// The most possible: 1 bit.
    public var maximum: Double { 1 }
    public var areas: [AreaFigures]

    /// Binary entropy of `p`, in bits.
    public static func bits(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return 0 }
        return -(p * log2(p) + (1 - p) * log2(1 - p))
    }

    /// Periods in which a chosen force has officers (a whole unit) available.
    package static func onDutyPeriods(_ scored: ScoredScenario, chosen: [Int]) -> [Int] {
        let forces = scored.scenario.forces
        return (0..<scored.periodCount).filter { t in chosen.contains { scored.available[t][$0] >= forces[$0].unit } }
    }

    /// The expected mean entropy of rosters drawn from `target`.
    package static func expectedEntropy(_ target: CoverageTarget, scored: ScoredScenario, onDuty: [Int]) -> Double {
        let cells = onDuty.count * scored.areaCount
        guard cells > 0 else { return 0 }
        var total = 0.0
        for t in onDuty {
            for a in 0..<scored.areaCount {
                total += bits(target.presence(at: scored.index(area: a, period: t)))
            }
        }
        return total / Double(cells)
    }

    package init(target: CoverageTarget, rosters: [UnitAllocation], chosen: [Int], scored: ScoredScenario) {
        let forces = scored.scenario.forces
        let onDuty = Self.onDutyPeriods(scored, chosen: chosen)
        let F = target.forceCount
        let periods = Double(max(1, onDuty.count))
        var areas: [AreaFigures] = []
        for (a, area) in scored.scenario.areas.enumerated() {
            var figures = AreaFigures(
                area: area.id, expectedOfficers: 0, expectedPresence: 0, observedPresence: 0, expectedEntropy: 0,
                observedEntropy: 0)
            for t in onDuty {
                let p = scored.index(area: a, period: t)
                let present = rosters.filter { roster in chosen.contains { roster.units[p * F + $0] > 0 } }.count
                let observed = rosters.isEmpty ? 0 : Double(present) / Double(rosters.count)
                figures.expectedOfficers += chosen.reduce(0) { $0 + target.units[p * F + $1] * Double(forces[$1].unit) }
                figures.expectedPresence += target.presence(at: p)
                figures.observedPresence += observed
                figures.expectedEntropy += Self.bits(target.presence(at: p))
                figures.observedEntropy += Self.bits(observed)
            }
            figures.expectedOfficers /= periods
            figures.expectedPresence /= periods
            figures.observedPresence /= periods
            figures.expectedEntropy /= periods
            figures.observedEntropy /= periods
            areas.append(figures)
        }
        self.onDutyPeriods = onDuty
        self.areas = areas
        let count = Double(max(1, areas.count))
        self.expectedEntropy = areas.reduce(0) { $0 + $1.expectedEntropy } / count
        self.observedEntropy = areas.reduce(0) { $0 + $1.observedEntropy } / count
    }
}

/// What randomising costs: the plan's value (the deterministic optimum) against the rosters'.
///
/// `cost = planValue − value`, and its share `cost / max(1, |planValue|)`. The expected value
/// is estimated from a fixed number of calibration draws (a stream of the same seed, separate
/// from the days'); the mean is that of the drawn rosters. A roster can be worth a little more
/// than the plan, since the plan is optimal only within its gap: a negative cost is at most
/// the plan's gap and is reported as it is.
public struct RandomisingCost: Sendable, Equatable {
    /// The plan's objective value.
    public var planValue: Double
    /// The restricted relaxation's optimum: no roster is worth more.
    public var relaxationValue: Double
    /// Estimated expected value of a roster.
    public var expectedValue: Double
    public var calibrationDraws: Int
    /// The drawn rosters' mean, least and greatest values.
    public var meanValue: Double
    public var minValue: Double
    public var maxValue: Double

    public var expectedCost: Double { Self.cost(planValue, expectedValue) }
    public var expectedShare: Double { Self.share(expectedCost, of: planValue) }
    public var meanCost: Double { Self.cost(planValue, meanValue) }
    public var meanShare: Double { Self.share(meanCost, of: planValue) }

    /// `plan − value`, 0 within the figures' tolerance (1e-6 relative, model.md §6).
    package static func cost(_ plan: Double, _ value: Double) -> Double {
        let cost = plan - value
        return abs(cost) <= Tolerance.figures * max(1, abs(plan)) ? 0 : cost
    }

    package static func share(_ cost: Double, of value: Double) -> Double {
        cost / max(1, abs(value))
    }

    package init(planValue: Double, relaxationValue: Double, expectedValue: Double, calibrationDraws: Int, meanValue: Double, minValue: Double, maxValue: Double) {
        self.planValue = planValue
        self.relaxationValue = relaxationValue
        self.expectedValue = expectedValue
        self.calibrationDraws = calibrationDraws
        self.meanValue = meanValue
        self.minValue = minValue
        self.maxValue = maxValue
    }
}

/// One point of the trade-off between unpredictability and value.
public struct TradeOffPoint: Codable, Sendable, Equatable {
    /// 0: the optimum; 1: the most spread coverage.
    public var spread: Double
    public var expectedEntropy: Double
    public var expectedValue: Double
    /// Expected cost as a share of the plan's value.
    public var costShare: Double

    package init(spread: Double, expectedEntropy: Double, expectedValue: Double, costShare: Double) {
        self.spread = spread
        self.expectedEntropy = expectedEntropy
        self.expectedValue = expectedValue
        self.costShare = costShare
    }
}
