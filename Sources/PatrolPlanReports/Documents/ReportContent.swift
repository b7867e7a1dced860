internal import PatrolPlanScenario
public import PatrolPlanResults
public import PatrolPlanScoring

/// What a planner's report shows, computed once from the plan and scenario and rendered as
/// Markdown or HTML. Areas, periods and forces are shown by name (``Names``), never by id alone.
public struct ReportContent: Sendable {
    /// One area's risk over the horizon without patrols and with the plan, in risk-hours.
    public struct AreaRisk: Sendable, Equatable {
        public var area: String
        public var name: String
        public var borough: String?
        /// Σ_t hours × Σ_c R.
        public var before: Double
        public var after: Double
        /// Officer-hours placed here over the horizon.
        public var officerHours: Double
        /// Area-periods here with armed officers.
        public var armedPeriods: Int
    }

    /// One borough's totals (areas without a borough are grouped as "—").
    public struct BoroughRisk: Sendable, Equatable {
        public var borough: String
        public var areas: Int
        public var before: Double
        public var after: Double
        public var officerHours: Double
        public var armedAreaPeriods: Int
    }

    /// One armed deployment and why it is allowed.
    public struct ArmedDeployment: Sendable, Equatable {
        public var area: String
        public var period: String
        /// The area's name and the period's label.
        public var areaName: String
        public var periodLabel: String
        public var officers: Int
        public var reason: String
    }

    /// Above this many areas the report leads with boroughs and the top areas, and puts the
    /// full grid in an appendix.
    public static let largeScenarioAreas = 50

    public var title: String
    public var document: ReportDocument
    public var names: Names
    public var plan: Plan
    public var summary: PlanSummary
    /// Area and period ids, in scenario order.
    public var areas: [String]
    public var periods: [String]
    /// Area names and period labels, in the same order.
    public var areaNames: [String]
    public var periodLabels: [String]
    /// Officers at `[area][period]`, and of them armed.
    public var officers: [[Int]]
    public var armedOfficers: [[Int]]
    public var armed: [[Bool]]
    public var risk: [AreaRisk]
    public var boroughs: [BoroughRisk]
    public var deployments: [ArmedDeployment]
    /// The plan's warnings with the areas, periods and forces they point at named.
    public var warnings: [String]
    public var sweep: UpliftSweep?
    /// This plan compared with a base plan, when the report is of a comparison.
    public var comparison: PlanComparison?
    /// The areas as a map (scenario@2 boundaries, or locations); nil when no area has either.
    public var map: MapData?

    /// Whether the report leads with boroughs and top areas (more than ``largeScenarioAreas``).
    public var isLarge: Bool { areas.count > Self.largeScenarioAreas }

    public init(
        plan: Plan, scored: ScoredScenario, sweep: UpliftSweep? = nil, comparison: PlanComparison? = nil,
        document: ReportDocument = ReportDocument()
    ) {
        let scenario = scored.scenario
        let names = Names(scenario)
        self.title = scenario.name
        self.document = document
        self.names = names
        self.plan = plan
        self.summary = PlanSummary(plan, scored: scored)
        self.areas = scenario.areas.map(\.id)
        self.periods = scenario.periods.map(\.id)
        self.areaNames = scenario.areas.map { names.area($0.id) }
        self.periodLabels = scenario.periods.map { names.period($0.id) }
        self.sweep = sweep
        self.comparison = comparison
        self.warnings = plan.warnings.map { names.message($0, scenario: scenario) }
        let armedForces = scenario.armedForceIDs
        var officers = [[Int]](repeating: [Int](repeating: 0, count: scored.periodCount), count: scored.areaCount)
        var armedOfficers = officers
        var reduced = [Double](repeating: 0, count: scored.areaCount)
        var officerHours = [Double](repeating: 0, count: scored.areaCount)
        var deployments: [ArmedDeployment] = []
        for allocation in plan.allocations {
            guard let a = scored.areaIndex[allocation.area], let t = scored.periodIndex[allocation.period] else { continue }
            officers[a][t] = allocation.totalOfficers
            officerHours[a] += Double(allocation.totalOfficers) * scenario.periods[t].hours
            let armedHere = allocation.armedOfficers(armedForces)
            armedOfficers[a][t] = armedHere
            reduced[a] += allocation.riskReduced
            if armedHere > 0 {
                let reason = scored.armedBasis[scored.index(area: a, period: t)]
                    .map { ScenarioSummary.describe($0, scenario) } ?? "no recorded basis"
                deployments.append(ArmedDeployment(
                    area: allocation.area, period: allocation.period, areaName: names.area(allocation.area),
                    periodLabel: names.period(allocation.period), officers: armedHere, reason: reason))
            }
        }
        self.officers = officers
        self.armedOfficers = armedOfficers
        let armed = armedOfficers.map { $0.map { $0 > 0 } }
        self.armed = armed
        self.map = MapData(scenario: scenario, officers: officers, armed: armed, reduced: reduced)
        self.deployments = deployments
        let risk = scenario.areas.enumerated().map { a, area in
            var before = 0.0
            for t in 0..<scored.periodCount {
                let p = scored.index(area: a, period: t)
                before += scenario.periods[t].hours * (scored.risk[p * 3] + scored.risk[p * 3 + 1] + scored.risk[p * 3 + 2])
            }
            return AreaRisk(
                area: area.id, name: names.area(area.id), borough: area.borough, before: before,
                after: max(0, before - reduced[a]), officerHours: officerHours[a],
                armedPeriods: armedOfficers[a].filter { $0 > 0 }.count)
        }
        self.risk = risk
        var order: [String] = []
        var byBorough: [String: BoroughRisk] = [:]
        for area in risk {
            let key = area.borough ?? "—"
            if byBorough[key] == nil {
                order.append(key)
                byBorough[key] = BoroughRisk(borough: key, areas: 0, before: 0, after: 0, officerHours: 0, armedAreaPeriods: 0)
            }
            byBorough[key]?.areas += 1
            byBorough[key]?.before += area.before
            byBorough[key]?.after += area.after
            byBorough[key]?.officerHours += area.officerHours
            byBorough[key]?.armedAreaPeriods += area.armedPeriods
        }
        self.boroughs = order.compactMap { byBorough[$0] }.sorted { $0.before > $1.before }
    }

    /// The `count` areas with the most risk at stake, most first (ties in scenario order).
    public func topAreas(_ count: Int) -> [AreaRisk] {
        Array(risk.enumerated().sorted { ($0.element.before, -$0.offset) > ($1.element.before, -$1.offset) }
            .prefix(count).map(\.element))
    }
}
