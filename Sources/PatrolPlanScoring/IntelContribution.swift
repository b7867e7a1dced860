public import PatrolPlanScenario

/// One intelligence report's part in `I_{a,t,c}` (model.md §1).
///
/// It refers to the report by position in `scenario.intelligence`; whoever shows it must use
/// ``IntelReport/publicID`` and never the id or summary of a "C" report.
public struct IntelContribution: Sendable, Equatable {
    /// Index into `scenario.intelligence`.
    public var report: Int
    /// `sourceWeight × assessmentWeight`.
    public var gradingWeight: Double
    /// `0.5 ^ ((ageHours + o_t) / intelHalfLifeHours)`.
    public var decay: Double
    /// `p_{r,t}`.
    public var probability: Double
}

/// Reports grouped by area, to find the reports behind a score without scanning them all.
public struct IntelIndex: Sendable {
    /// Report indices by area index, in scenario order.
    public let reportsByArea: [[Int]]

    /// Groups the scenario's reports by area, in one pass.
    public init(_ scored: ScoredScenario) {
        var byArea = [[Int]](repeating: [], count: scored.areaCount)
        for (r, report) in scored.scenario.intelligence.enumerated() {
            if let a = scored.areaIndex[report.area] { byArea[a].append(r) }
        }
        self.reportsByArea = byArea
    }

    /// Whether `report` applies to the period with this id (its `periods` names it, or it has none).
    public static func applies(_ report: IntelReport, to periodID: String) -> Bool {
        report.periods.map { $0.contains(periodID) } ?? true
    }

    /// Every report of the area that applies to the period, with its probability, in scenario
    /// order; `category` narrows to one category.
    public func contributions(
        _ scored: ScoredScenario, area: Int, period: Int, category: Category? = nil
    ) -> [IntelContribution] {
        let scenario = scored.scenario
        let periodID = scenario.periods[period].id
        return reportsByArea[area].compactMap { r in
            let report = scenario.intelligence[r]
            guard category == nil || report.category == category, Self.applies(report, to: periodID) else {
                return nil
            }
            return IntelContribution(
                report: r,
                gradingWeight: IntelScoring.gradingWeight(report, scoring: scenario.scoring),
                decay: IntelScoring.decay(
                    ageHours: report.ageHours, periodStart: scored.periodStarts[period],
                    halfLifeHours: scenario.policy.intelHalfLifeHours),
                probability: IntelScoring.probability(
                    report, periodStart: scored.periodStarts[period], scoring: scenario.scoring,
                    policy: scenario.policy))
        }
    }
}
