public import PatrolPlanScenario
public import _PatrolPlanJSON

/// Warnings about a scored scenario that planners should act on, for `check` and the plan's
/// `warnings`. None names a "C" report: those are "a restricted report in area X", with the
/// report's position in the JSON path.
public enum PlanningWarnings {
    /// Stale reports decay below this share of `likelihood × gradingWeight` by the first period
    /// they apply to.
    public static let staleShare = 0.1

    /// Every scenario-level warning: intelligence that would justify armed presence where no
    /// approved CIA covers it, stale intelligence, and reports graded E.
    public static func scenario(_ scored: ScoredScenario) -> [Diagnostic] {
        uncoveredIntelligence(scored) + reportWarnings(scored)
    }

    /// How a report may be named in output: its id for "P", else "a restricted report".
    public static func name(_ report: IntelReport) -> String {
        report.publicID.map { "report '\($0)'" } ?? "a restricted report"
    }

    /// Area-periods where `I_violence` or `I_terrorism` reaches `armedMinIntelScore` but no
    /// approved CIA covers them, one warning per area listing the periods and the CIAs that
    /// are pending or rejected.
    static func uncoveredIntelligence(_ scored: ScoredScenario) -> [Diagnostic] {
        let scenario = scored.scenario
        let threshold = scenario.policy.armedMinIntelScore
        var result: [Diagnostic] = []
        for (a, area) in scenario.areas.enumerated() {
            var periods: [String] = []
            var unapproved: Set<Int> = []
            for (t, period) in scenario.periods.enumerated() {
                let best = max(scored.intel(area: a, period: t, .violence), scored.intel(area: a, period: t, .terrorism))
                guard ArmedEligibility.meets(best, threshold: threshold) else { continue }
                let covering = coveringAssessments(scenario, area: area.id, period: period.id)
                guard !covering.contains(where: { scenario.impactAssessments[$0].status == .approved }) else {
                    continue
                }
                periods.append(period.id)
                unapproved.formUnion(covering)
            }
            guard !periods.isEmpty else { continue }
            let cias = unapproved.sorted().map {
                "\(scenario.impactAssessments[$0].id) is \(scenario.impactAssessments[$0].status.rawValue)"
            }
            let why =
                cias.isEmpty
                ? "no community impact assessment covers it"
                : "its community impact assessment is not approved (\(cias.joined(separator: ", ")))"
            result.append(.warning(
                "areas[\(a)]",
                "intelligence in area '\(area.id)' would justify armed presence in \(periods.joined(separator: ", ")) "
                    + "but \(why)"))
        }
        return result
    }

    /// Indices of the CIAs of `area` that cover `period`, whatever their status.
    public static func coveringAssessments(_ scenario: Scenario, area: String, period: String) -> [Int] {
        scenario.impactAssessments.indices.filter {
            let cia = scenario.impactAssessments[$0]
            return cia.area == area && (cia.periods.map { $0.contains(period) } ?? true)
        }
    }

    /// Reports graded E (ignored) and reports decayed below ``staleShare`` of their graded value
    /// by the first period they apply to.
    static func reportWarnings(_ scored: ScoredScenario) -> [Diagnostic] {
        let scenario = scored.scenario
        var result: [Diagnostic] = []
        for (r, report) in scenario.intelligence.enumerated() {
            let path = "intelligence[\(r)]"
            let name = name(report)
            if report.assessment == .e {
                result.append(.warning(
                    path, "\(name) in area '\(report.area)' is graded E (suspected false) and is ignored"))
                continue
            }
            guard
                let first = scenario.periods.indices.first(where: {
                    IntelIndex.applies(report, to: scenario.periods[$0].id)
                })
            else { continue }
            let decay = IntelScoring.decay(
                ageHours: report.ageHours, periodStart: scored.periodStarts[first],
                halfLifeHours: scenario.policy.intelHalfLifeHours)
            guard report.likelihood * IntelScoring.gradingWeight(report, scoring: scenario.scoring) > 0,
                decay < staleShare
            else { continue }
            let percent = (decay * 1000).rounded() / 10
            result.append(.warning(
                path,
                "\(name) in area '\(report.area)' is stale: by \(scenario.periods[first].id) it keeps \(percent)% "
                    + "of its graded weight (half-life \(Self.hours(scenario.policy.intelHalfLifeHours)) h); "
                    + "refresh or remove it"))
        }
        return result
    }

    private static func hours(_ h: Double) -> String {
        h == h.rounded() && abs(h) < 1e15 ? String(Int(h)) : String(h)
    }
}
