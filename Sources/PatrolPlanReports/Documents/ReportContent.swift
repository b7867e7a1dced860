internal import PatrolPlanScenario
public import PatrolPlanResults
public import PatrolPlanScoring

/// What a planner's report shows, computed once from the plan and scenario and rendered as
/// Markdown or HTML.
public struct ReportContent: Sendable {
    /// One area's risk over the horizon without patrols and with the plan.
    public struct AreaRisk: Sendable, Equatable {
        public var area: String
        public var name: String
        /// Σ_t hours × Σ_c R.
        public var before: Double
        public var after: Double
    }

    /// One armed deployment and why it is allowed.
    public struct ArmedDeployment: Sendable, Equatable {
        public var area: String
        public var period: String
        public var officers: Int
        public var reason: String
    }

    public var title: String
    public var plan: Plan
    public var summary: PlanSummary
    public var areas: [String]
    public var periods: [String]
    /// Officers at `[area][period]`, and whether any are armed.
    public var officers: [[Int]]
    public var armed: [[Bool]]
    public var risk: [AreaRisk]
    public var deployments: [ArmedDeployment]
    public var sweep: UpliftSweep?
    /// This plan compared with a base plan, when the report is of a comparison.
    public var comparison: PlanComparison?
    /// The areas as a map (scenario@2 boundaries, or locations); nil when no area has either.
    public var map: MapData?

    public init(plan: Plan, scored: ScoredScenario, sweep: UpliftSweep? = nil, comparison: PlanComparison? = nil) {
        let scenario = scored.scenario
        self.title = scenario.name
        self.plan = plan
        self.summary = PlanSummary(plan, scenario: scenario)
        self.areas = scenario.areas.map(\.id)
        self.periods = scenario.periods.map(\.id)
        self.sweep = sweep
        self.comparison = comparison
        let armedForces = scenario.armedForceIDs
        var officers = [[Int]](repeating: [Int](repeating: 0, count: scored.periodCount), count: scored.areaCount)
        var armed = [[Bool]](repeating: [Bool](repeating: false, count: scored.periodCount), count: scored.areaCount)
        var reduced = [Double](repeating: 0, count: scored.areaCount)
        var deployments: [ArmedDeployment] = []
        for allocation in plan.allocations {
            guard let a = scored.areaIndex[allocation.area], let t = scored.periodIndex[allocation.period] else { continue }
            officers[a][t] = allocation.totalOfficers
            let armedHere = allocation.armedOfficers(armedForces)
            armed[a][t] = armedHere > 0
            reduced[a] += allocation.riskReduced
            if armedHere > 0 {
                let reason = scored.armedBasis[scored.index(area: a, period: t)]
                    .map { ScenarioSummary.describe($0, scenario) } ?? "no recorded basis"
                deployments.append(ArmedDeployment(
                    area: allocation.area, period: allocation.period, officers: armedHere, reason: reason))
            }
        }
        self.officers = officers
        self.armed = armed
        self.map = MapData(scenario: scenario, officers: officers, armed: armed, reduced: reduced)
        self.deployments = deployments
        self.risk = scenario.areas.enumerated().map { a, area in
            var before = 0.0
            for t in 0..<scored.periodCount {
                let p = scored.index(area: a, period: t)
                before += scenario.periods[t].hours * (scored.risk[p * 3] + scored.risk[p * 3 + 1] + scored.risk[p * 3 + 2])
            }
            return AreaRisk(area: area.id, name: area.name ?? area.id, before: before, after: max(0, before - reduced[a]))
        }
    }
}
