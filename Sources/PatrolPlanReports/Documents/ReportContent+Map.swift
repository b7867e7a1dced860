internal import PatrolPlanScenario

extension ReportContent {
    /// What the report's map shows: the areas that have a boundary or a location, with their
    /// figures over the horizon and by period, and the attribution of the scenario's sources.
    public struct MapData: Sendable {
        /// Areas that can be drawn, in scenario order, and their indices in ``ReportContent/areas``.
        public var places: [SVGMap.Place]
        public var indices: [Int]
        /// Names of areas with neither a boundary nor a location (not on the map).
        public var unplaced: [String]
        public var hasBoundaries: Bool
        /// Per drawn area: Σ_t hours × officers, risk reduced over the horizon, periods armed.
        public var officerHours: [Double]
        public var riskReduced: [Double]
        public var armedPeriods: [Int]
        /// Per drawn area and period: officers, and whether any are armed.
        public var officers: [[Int]]
        public var armed: [[Bool]]
        public var periodLabels: [String]
        /// The scenario's sources, one line each: attribution (and licence, when the
        /// attribution does not name it).
        public var attributions: [String]

        /// `officers` and `armed` are `[area][period]` in scenario order; `reduced` is each
        /// area's risk reduced over the horizon. Nil when no area can be drawn.
        init?(scenario: Scenario, officers: [[Int]], armed: [[Bool]], reduced: [Double]) {
            let drawable = scenario.areas.indices.filter { scenario.areas[$0].boundary != nil || scenario.areas[$0].location != nil }
            guard !drawable.isEmpty else { return nil }
            let hours = scenario.periods.map(\.hours)
            var attributions: [String] = []
            for source in scenario.sources {
                guard let text = source.attribution ?? source.licence else { continue }
                let line = source.licence.map { source.attribution == nil || text.contains($0) ? text : "\(text) (\($0))" } ?? text
                if !attributions.contains(line) { attributions.append(line) }
            }
            let drawn = Set(drawable)
            self.places = drawable.map { SVGMap.Place(scenario.areas[$0]) }
            self.indices = drawable
            self.unplaced = scenario.areas.indices.filter { !drawn.contains($0) }.map { scenario.areas[$0].name ?? scenario.areas[$0].id }
            self.hasBoundaries = drawable.contains { scenario.areas[$0].boundary != nil }
            self.officerHours = drawable.map { a in zip(officers[a], hours).reduce(0) { $0 + Double($1.0) * $1.1 } }
            self.riskReduced = drawable.map { reduced[$0] }
            self.armedPeriods = drawable.map { armed[$0].filter { $0 }.count }
            self.officers = drawable.map { officers[$0] }
            self.armed = drawable.map { armed[$0] }
            let names = Names(scenario)
            self.periodLabels = scenario.periods.map { names.period($0.id) }
            self.attributions = attributions
        }
    }
}
