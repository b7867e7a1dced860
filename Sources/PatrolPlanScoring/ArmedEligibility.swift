internal import Foundation
public import PatrolPlanScenario

/// Why armed officers may be in an area during a period (model.md §4.5–4.6).
public struct ArmedBasis: Sendable, Equatable {
    /// Ids of the approved community impact assessments covering the area-period.
    public var assessments: [String]
    /// The smallest `maxArmed` among them, or `nil` when none sets one.
    public var maxArmed: Int?
    /// `I_{a,t,violence}` when it reaches `armedMinIntelScore`.
    public var violenceIntel: Double?
    /// `I_{a,t,terrorism}` when it reaches `armedMinIntelScore`.
    public var terrorismIntel: Double?
    /// The threat level is severe or critical and the venue is a crowded place.
    public var threatRule: Bool

    package init(
        assessments: [String], maxArmed: Int?, violenceIntel: Double?, terrorismIntel: Double?, threatRule: Bool
    ) {
        self.assessments = assessments
        self.maxArmed = maxArmed
        self.violenceIntel = violenceIntel
        self.terrorismIntel = terrorismIntel
        self.threatRule = threatRule
    }
}

/// Armed eligibility of model.md §4.5: an approved assessment covers the area-period, and
/// intelligence or the threat-level rule supports armed presence.
public enum ArmedEligibility {
    /// `threatLevel` and `venue` meet the threat-level rule.
    public static func threatRuleHolds(_ level: ThreatLevel, venue: Venue) -> Bool {
        (level == .severe || level == .critical) && venue.isCrowdedPlace
    }

    /// `score ≥ threshold − 1e-9`.
    public static func meets(_ score: Double, threshold: Double) -> Bool {
        score >= threshold - Tolerance.threshold
    }

    /// Why armed presence is not eligible in area-period (`area`, `period`), in words: the
    /// missing assessment (naming pending or rejected ones) or the missing intelligence picture.
    static func ineligibilityReason(
        _ scenario: Scenario, area a: Int, period t: Int, intel: [Double], areaCount: Int
    ) -> String {
        let area = scenario.areas[a]
        let relevant = PlanningWarnings.coveringAssessments(scenario, area: area.id, period: scenario.periods[t].id)
            .map { scenario.impactAssessments[$0] }
        if !relevant.contains(where: { $0.status == .approved }) {
            let others = relevant.map { "'\($0.id)' is \($0.status.rawValue)" }
            return "no approved community impact assessment covers it"
                + (others.isEmpty ? "" : " (" + others.joined(separator: ", ") + ")")
        }
        let p = t * areaCount + a
        let threshold = scenario.policy.armedMinIntelScore
        func score(_ value: Double) -> String { String(format: "%.3f", value) }
        return "the intelligence picture does not support it: violence intelligence "
            + "\(score(intel[p * 3 + Category.violence.index])) and terrorism intelligence "
            + "\(score(intel[p * 3 + Category.terrorism.index])) are below armedMinIntelScore \(threshold), "
            + "and the threat-level rule (severe or critical, at a crowded place, transport hub or iconic site) "
            + "does not hold (threat level \(scenario.threatLevel.rawValue), venue \(area.venue.rawValue))"
    }

    static func bases(
        _ scenario: Scenario, intel: [Double], areaIndex: [String: Int], periodIndex: [String: Int]
    ) -> [ArmedBasis?] {
        let areaCount = scenario.areas.count
        let periodCount = scenario.periods.count
        var covering = [[Int]](repeating: [], count: areaCount * periodCount)
        for (n, cia) in scenario.impactAssessments.enumerated() where cia.status == .approved {
            guard let a = areaIndex[cia.area] else { continue }
            let periods = cia.periods.map { Set($0.compactMap { periodIndex[$0] }).sorted() }
                ?? Array(0..<periodCount)
            for t in periods {
                covering[t * areaCount + a].append(n)
            }
        }
        let threshold = scenario.policy.armedMinIntelScore
        var result = [ArmedBasis?](repeating: nil, count: areaCount * periodCount)
        for t in 0..<periodCount {
            for (a, area) in scenario.areas.enumerated() {
                let p = t * areaCount + a
                guard !covering[p].isEmpty else { continue }
                let violence = intel[p * 3 + Category.violence.index]
                let terrorism = intel[p * 3 + Category.terrorism.index]
                let basis = ArmedBasis(
                    assessments: covering[p].map { scenario.impactAssessments[$0].id },
                    maxArmed: covering[p].compactMap { scenario.impactAssessments[$0].maxArmed }.min(),
                    violenceIntel: meets(violence, threshold: threshold) ? violence : nil,
                    terrorismIntel: meets(terrorism, threshold: threshold) ? terrorism : nil,
                    threatRule: threatRuleHolds(scenario.threatLevel, venue: area.venue))
                if basis.violenceIntel != nil || basis.terrorismIntel != nil || basis.threatRule {
                    result[p] = basis
                }
            }
        }
        return result
    }
}
