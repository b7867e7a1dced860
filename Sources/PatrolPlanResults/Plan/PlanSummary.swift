public import PatrolPlanScenario
public import PatrolPlanScoring

/// A plan's headline figures, for comparing plans.
public struct PlanSummary: Sendable, Equatable {
    public var status: PlanStatus
    public var value: Double
    public var riskReduction: Double
    public var communityImpact: Double
    public var bound: Double
    public var gap: Double
    /// Σ armed officers × period hours.
    public var armedOfficerHours: Double
    /// Σ all officers × period hours.
    public var officerHours: Double
    /// Area-periods with armed officers.
    public var armedAreaPeriods: Int
    /// The risk at stake over the horizon (``ScoredScenario/riskAtStake``), when the summary
    /// was made from a scored scenario.
    public var riskAtStake: Double?

    /// The share of the risk at stake that the plan prevents (`riskReduction / riskAtStake`),
    /// in [0, 1]; `nil` without the risk at stake or when there is none.
    public var sharePrevented: Double? {
        guard let riskAtStake, riskAtStake > 0 else { return nil }
        return riskReduction / riskAtStake
    }

    /// The community impact as a share of the risk the plan prevents; `nil` when it prevents none.
    public var communityShare: Double? {
        riskReduction > 0 ? communityImpact / riskReduction : nil
    }

    /// The summary with the risk at stake of `scored` (the scenario the plan was made for).
    public init(_ plan: Plan, scored: ScoredScenario) {
        self.init(plan, scenario: scored.scenario)
        self.riskAtStake = scored.riskAtStake
    }

    public init(_ plan: Plan, scenario: Scenario) {
        let hours = scenario.hoursByPeriod
        let armed = scenario.armedForceIDs
        var armedHours = 0.0
        var allHours = 0.0
        var armedPlaces = 0
        for allocation in plan.allocations {
            let h = hours[allocation.period] ?? 0
            let armedHere = allocation.armedOfficers(armed)
            armedHours += Double(armedHere) * h
            allHours += Double(allocation.totalOfficers) * h
            if armedHere > 0 { armedPlaces += 1 }
        }
        self.status = plan.status
        self.value = plan.objective.value
        self.riskReduction = plan.objective.riskReduction
        self.communityImpact = plan.objective.communityImpact
        self.bound = plan.objective.bound
        self.gap = plan.objective.gap
        self.armedOfficerHours = armedHours
        self.officerHours = allHours
        self.armedAreaPeriods = armedPlaces
    }
}
