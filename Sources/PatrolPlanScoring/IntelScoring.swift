import Foundation
public import PatrolPlanScenario

/// Intelligence scoring (model.md §1): report probabilities and their noisy-OR combination.
public enum IntelScoring {
    /// `o_t`: each period's start in hours from the start of the horizon: from the first
    /// period's start when periods carry starts (gaps count), else the sum of earlier lengths.
    public static func periodStarts(_ periods: [Period]) -> [Double] {
        if let first = periods.first?.start, periods.allSatisfy({ $0.start != nil }) {
            return periods.map { $0.start.map { $0.hours(since: first) } ?? 0 }
        }
        var starts: [Double] = []
        starts.reserveCapacity(periods.count)
        var offset = 0.0
        for period in periods {
            starts.append(offset)
            offset += period.hours
        }
        return starts
    }

    /// The grading weight of a report: `sourceWeight × assessmentWeight`.
    public static func gradingWeight(_ report: IntelReport, scoring: ScoringSettings) -> Double {
        (scoring.sourceWeight[report.source] ?? 0) * (scoring.assessmentWeight[report.assessment] ?? 0)
    }

    /// The decay factor `0.5 ^ ((ageHours + o_t) / halfLife)`.
    public static func decay(ageHours: Double, periodStart: Double, halfLifeHours: Double) -> Double {
        Foundation.pow(0.5, (ageHours + periodStart) / halfLifeHours)
    }

    /// `p_{r,t}` for a report that applies to period `t`.
    public static func probability(
        _ report: IntelReport, periodStart: Double, scoring: ScoringSettings, policy: Policy
    ) -> Double {
        let p = report.likelihood * gradingWeight(report, scoring: scoring)
            * decay(ageHours: report.ageHours, periodStart: periodStart, halfLifeHours: policy.intelHalfLifeHours)
        return min(max(p, 0), 1)
    }

    /// Noisy-OR of independent signals: `1 − Π (1 − p)`.
    public static func noisyOr(_ probabilities: some Sequence<Double>) -> Double {
        1 - probabilities.reduce(1.0) { $0 * (1 - $1) }
    }
}
