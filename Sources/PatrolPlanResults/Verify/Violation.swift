/// One way a plan breaks model@2 or misreports its figures, found by ``PlanVerifier``.
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    /// Which rule is broken: a constraint of model.md §4, a figure of §3 (checked as §6 asks),
    /// or the plan's reference to the scenario.
    public enum Rule: String, Sendable, Equatable, CaseIterable {
        /// `format` or `model` is not plan@1 / model@2 (or model@1, which gives the same optimum
        /// for a scenario@1 file).
        case format
        /// An allocation names an area the scenario does not have.
        case unknownArea
        /// An allocation names a period the scenario does not have.
        case unknownPeriod
        /// An allocation names a force the scenario does not have.
        case unknownForce
        /// An allocation's `officers` leaves out a force (plan@1 names every force).
        case missingForce
        /// The same area-period is listed twice.
        case duplicateAllocation
        /// §4.1: more officers of a force in a period than its pool.
        case pool
        /// §4.2: officers not a non-negative multiple of the force's unit.
        case unit
        /// §4.3: more officers in an area than its `maxOfficers`.
        case capacity
        /// §4.4: fewer officers in an area than its `minOfficers`.
        case minimumPresence
        /// §4.5: armed officers where no approved assessment and supporting picture allow them.
        case armedEligibility
        /// §4.6: more armed officers than the covering assessment's `maxArmed`.
        case assessmentCap
        /// §4.8: a run of armed periods longer than `armedMaxConsecutivePeriods`.
        case consecutiveArmedPeriods
        /// §4.8: more armed periods in an area than `armedMaxPeriodsPerArea`.
        case armedPeriodsPerArea
        /// §4.9: more armed areas in a period than `armedMaxAreasPerPeriod`.
        case armedAreasPerPeriod
        /// §4.10: armed officers above `armedMaxShare` of an area's officers.
        case localArmedShare
        /// §4.11: armed officers above `armedMaxShareOverall` of a period's officers.
        case overallArmedShare
        /// §4.12: fewer officers of a force in an area-period than its commitments hold there.
        case commitment
        /// §3: `objective.riskReduction` disagrees with the allocation.
        case riskReduction
        /// §3: `objective.communityImpact` disagrees with the allocation.
        case communityImpact
        /// §3: `objective.value` disagrees with the allocation.
        case value
        /// An allocation's `risk` disagrees with `R_{a,t,c}` (§1).
        case risk
        /// An allocation's `riskReduced` disagrees with the allocation.
        case riskReduced
    }

    public var rule: Rule
    /// Area id, where the rule concerns one area.
    public var area: String?
    /// Period id, where the rule concerns one period.
    public var period: String?
    /// Force id, where the rule concerns one force.
    public var force: String?
    /// The limit or the expected value, where there is one.
    public var limit: Double?
    /// The value the plan has.
    public var value: Double?
    /// What is wrong, in words.
    public var message: String

    public init(
        _ rule: Rule, area: String? = nil, period: String? = nil, force: String? = nil,
        limit: Double? = nil, value: Double? = nil, message: String
    ) {
        self.rule = rule
        self.area = area
        self.period = period
        self.force = force
        self.limit = limit
        self.value = value
        self.message = message
    }

    /// `rule: area A, period T, force K: message`.
    public var description: String {
        var place: [String] = []
        if let area { place.append("area \(area)") }
        if let period { place.append("period \(period)") }
        if let force { place.append("force \(force)") }
        let where_ = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return "\(rule.rawValue): \(where_)\(message)"
    }
}
