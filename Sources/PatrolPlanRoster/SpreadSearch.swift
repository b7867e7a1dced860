import Foundation
internal import PatrolPlanResults

/// Finds the spread a ``SpreadGoal`` asks for, and the trade-off curve. Spreads are searched
/// in thousandths (`s = i / 1000`).
///
/// - `minEntropy`: the expected entropy is computed exactly from the target (no draws). It
///   need not grow steadily with the spread, so the thousandths are scanned in steps of 50
///   and the first step that reaches the goal is bisected down to the least thousandth that
///   does. When none does, the step with the most entropy is taken and a warning says so.
/// - `maxCost`: the expected cost is estimated from the calibration draws (the same random
///   numbers for every spread). It grows with the spread in expectation, so the largest
///   affordable thousandth is found by bisection between 0 and 1. When even spread 0 costs
///   more, spread 0 is taken and a warning says so.
struct SpreadSearch {
    let drawing: RosterDrawing
    let onDuty: [Int]
    /// Calibration results by thousandth.
    private var values: [Int: (value: Double, redraws: Int)] = [:]

    init(drawing: RosterDrawing) {
        self.drawing = drawing
        self.onDuty = Unpredictability.onDutyPeriods(drawing.scored, chosen: drawing.chosen)
    }

    func target(_ i: Int) -> CoverageTarget {
        drawing.targets.target(spread: Double(i) / 1000)
    }

    func entropy(_ i: Int) -> Double {
        Unpredictability.expectedEntropy(target(i), scored: drawing.scored, onDuty: onDuty)
    }

    mutating func expectedValue(_ i: Int) throws(RosterError) -> (value: Double, redraws: Int) {
        if let known = values[i] { return known }
        let result = try drawing.expectedValue(target(i))
        values[i] = result
        return result
    }

    mutating func costShare(_ i: Int) throws(RosterError) -> Double {
        let plan = drawing.plan.objective.value
        return RandomisingCost.share(RandomisingCost.cost(plan, try expectedValue(i).value), of: plan)
    }

    /// The spread in thousandths, with warnings when the goal cannot be met.
    mutating func choose(_ goal: SpreadGoal) throws(RosterError) -> (thousandths: Int, warnings: [String]) {
        switch goal {
        case .optimum:
            return (0, [])
        case .fixed(let spread):
            return (Int((min(max(spread, 0), 1) * 1000).rounded()), [])
        case .minEntropy(let bits):
            return leastSpread(reaching: bits)
        case .maxCost(let share):
            return try mostSpread(costing: share)
        }
    }

    private func leastSpread(reaching bits: Double) -> (thousandths: Int, warnings: [String]) {
        let goal = bits - 1e-12
        var previous = -1
        for i in stride(from: 0, through: 1000, by: 50) {
            if entropy(i) >= goal {
                var (lo, hi) = (previous, i)  // entropy(lo) < goal (or lo = -1), entropy(hi) ≥ goal
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2
                    if entropy(mid) >= goal { hi = mid } else { lo = mid }
                }
                return (hi, [])
            }
            previous = i
        }
        let best = stride(from: 0, through: 1000, by: 50).max { entropy($0) < entropy($1) } ?? 1000
        let reached = String(format: "%.3f", entropy(best))
        return (best, [
            "--min-entropy \(bits) cannot be reached: the most unpredictable coverage gives \(reached) bits (spread \(Double(best) / 1000))"
        ])
    }

    private mutating func mostSpread(costing share: Double) throws(RosterError) -> (thousandths: Int, warnings: [String]) {
        if try costShare(1000) <= share { return (1000, []) }
        guard try costShare(0) <= share else {
            let cost = String(format: "%.3g%%", try costShare(0) * 100)
            return (0, ["--max-cost \(share) cannot be met: rosters at the optimum already cost \(cost) of the plan's value in expectation"])
        }
        var (lo, hi) = (0, 1000)  // lo affordable, hi not
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if try costShare(mid) <= share { lo = mid } else { hi = mid }
        }
        return (lo, [])
    }

    /// The curve at spreads 0, ¼, ½, ¾ and 1, and at `chosen`.
    mutating func tradeOff(including chosen: Int) throws(RosterError) -> [TradeOffPoint] {
        var points: [TradeOffPoint] = []
        for i in Set([0, 250, 500, 750, 1000, chosen]).sorted() {
            points.append(TradeOffPoint(
                spread: Double(i) / 1000, expectedEntropy: entropy(i), expectedValue: try expectedValue(i).value,
                costShare: try costShare(i)))
        }
        return points
    }
}
