public import PatrolPlanScenario
public import PatrolPlanScoring

/// Two plans side by side: headline figures and the area-periods whose allocation changed most.
public struct PlanComparison: Sendable {
    /// One area-period's allocation before and after.
    public struct Change: Sendable, Equatable {
        public var area: String
        public var period: String
        public var before: [String: Int]
        public var after: [String: Int]
        public var riskReducedBefore: Double
        public var riskReducedAfter: Double

        /// Officers added or removed, summed over forces.
        public var officersChanged: Int {
            Set(before.keys).union(after.keys).reduce(0) { $0 + abs((after[$1] ?? 0) - (before[$1] ?? 0)) }
        }
    }

    public var base: PlanSummary
    public var variant: PlanSummary
    /// Changed area-periods, most officers changed first (then most risk reduced changed).
    public var changes: [Change]
    /// Whether the two plans' values measure the same risk: `false` when the scenarios differ
    /// in their risk inputs (`R`, period hours or the community-impact weights), so that only
    /// the shares of the risk at stake prevented can be compared.
    public var valuesComparable: Bool = true

    /// Officers added or removed over every area-period, summed over forces.
    public var officersMoved: Int { changes.reduce(0) { $0 + $1.officersChanged } }

    /// Compares `variant` with `base`, each with its scored scenario: the summaries carry the
    /// risk at stake, and the values are marked not comparable when the risk inputs differ.
    public init(base: Plan, variant: Plan, baseScored: ScoredScenario, variantScored: ScoredScenario) {
        self.init(base: base, variant: variant, baseScenario: baseScored.scenario, variantScenario: variantScored.scenario)
        self.base = PlanSummary(base, scored: baseScored)
        self.variant = PlanSummary(variant, scored: variantScored)
        self.valuesComparable = Self.sameRisk(baseScored, variantScored)
    }

    /// Whether `a` and `b` put the same risk and the same community-impact weights on the same
    /// area-periods (model.md §1, §3).
    static func sameRisk(_ a: ScoredScenario, _ b: ScoredScenario) -> Bool {
        a.scenario.areas.map(\.id) == b.scenario.areas.map(\.id) && a.scenario.periods.map(\.id) == b.scenario.periods.map(\.id)
            && a.scenario.periods.map(\.hours) == b.scenario.periods.map(\.hours) && a.risk == b.risk
            && a.scenario.areas.map(\.sensitivity) == b.scenario.areas.map(\.sensitivity)
            && a.scenario.policy.communityImpactWeight == b.scenario.policy.communityImpactWeight
            && a.scenario.scoring.sensitivityPenalty == b.scenario.scoring.sensitivityPenalty
    }

    /// Compares `variant` with `base`. Both must be plans of scenarios with the same areas,
    /// periods and forces (as an uplift of one scenario is).
    public init(base: Plan, variant: Plan, baseScenario: Scenario, variantScenario: Scenario) {
        self.base = PlanSummary(base, scenario: baseScenario)
        self.variant = PlanSummary(variant, scenario: variantScenario)
        struct Key: Hashable {
            var area: String
            var period: String
        }
        let before = Dictionary(base.allocations.map { (Key(area: $0.area, period: $0.period), $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(variant.allocations.map { (Key(area: $0.area, period: $0.period), $0) }, uniquingKeysWith: { a, _ in a })
        // Scenario order (periods outer, areas inner) for a stable result.
        var changes: [Change] = []
        for period in variantScenario.periods {
            for area in variantScenario.areas {
                let key = Key(area: area.id, period: period.id)
                let b = before[key]
                let a = after[key]
                guard b != nil || a != nil, b?.officers != a?.officers else { continue }
                changes.append(Change(
                    area: area.id, period: period.id, before: b?.officers ?? [:], after: a?.officers ?? [:],
                    riskReducedBefore: b?.riskReduced ?? 0, riskReducedAfter: a?.riskReduced ?? 0))
            }
        }
        self.changes = changes.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            if l.officersChanged != r.officersChanged { return l.officersChanged > r.officersChanged }
            let dl = abs(l.riskReducedAfter - l.riskReducedBefore)
            let dr = abs(r.riskReducedAfter - r.riskReducedBefore)
            if dl != dr { return dl > dr }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
