internal import _PatrolPlanJSON
public import PatrolPlanScenario

/// A scenario with every score of model.md §1–2 and the pools of §4.1 computed.
///
/// Per area-period values are dense arrays indexed by ``index(area:period:)``
/// (`period × areaCount + area`); per category values add `× 3 + category.index`.
public struct ScoredScenario: Sendable {
    public let scenario: Scenario
    public let uplifts: [Uplift]
    public let areaCount: Int
    public let periodCount: Int
    /// `o_t`.
    public let periodStarts: [Double]
    /// `I_{a,t,c}`.
    public let intel: [Double]
    /// `P_{a,t,c}`.
    public let probability: [Double]
    /// `R_{a,t,c}`, risk units per hour.
    public let risk: [Double]
    /// `h_{a,t}`.
    public let presenceScale: [Double]
    /// `available_{t,k}`, indexed `[t][k]`.
    public let available: [[Int]]
    /// Why armed officers may be present, per area-period; `nil` where they may not.
    public let armedBasis: [ArmedBasis?]
    /// Area index by id.
    public let areaIndex: [String: Int]
    /// Period index by id.
    public let periodIndex: [String: Int]

    /// Scores `scenario` with the given uplifts (each must name a force of the scenario).
    public init(_ scenario: Scenario, uplifts: [Uplift] = []) throws(ScoringError) {
        let forceIDs = Set(scenario.forces.map(\.id))
        for uplift in uplifts where !forceIDs.contains(uplift.force) {
            throw ScoringError.unknownUpliftForce(uplift.force, known: scenario.forces.map(\.id))
        }
        self.scenario = scenario
        self.uplifts = uplifts
        let areaCount = scenario.areas.count
        let periodCount = scenario.periods.count
        self.areaCount = areaCount
        self.periodCount = periodCount
        let areaIndex = Dictionary(scenario.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let periodIndex = Dictionary(scenario.periods.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.areaIndex = areaIndex
        self.periodIndex = periodIndex
        let starts = IntelScoring.periodStarts(scenario.periods)
        self.periodStarts = starts

        let intel = Self.intelScores(scenario, areaIndex: areaIndex, periodIndex: periodIndex, starts: starts)
        self.intel = intel
        var probability = [Double](repeating: 0, count: areaCount * periodCount * 3)
        var risk = probability
        var scale = [Double](repeating: 0, count: areaCount * periodCount)
        let s = scenario.scoring
        let threat = s.threatProbability[scenario.threatLevel] ?? 0
        for t in 0..<periodCount {
            let periodID = scenario.periods[t].id
            for (a, area) in scenario.areas.enumerated() {
                let p = t * areaCount + a
                let footfall = area.footfall.value(for: periodID)
                let baselines = [
                    area.gangActivity,
                    threat * (s.attractiveness[area.venue] ?? 0),
                    area.disorder,
                ]
                let exposure = [1, footfall / s.exposureScale, footfall / s.exposureScale]
                for category in Category.allCases {
                    let c = category.index
                    let i = intel[p * 3 + c]
                    let pc = 1 - (1 - baselines[c]) * (1 - i)
                    probability[p * 3 + c] = pc
                    risk[p * 3 + c] = (s.severity[category] ?? 0) * pc * exposure[c]
                }
                scale[p] = area.presenceScale ?? (s.presenceBase + footfall / s.presenceFootfall)
            }
        }
        // A risk or presence scale beyond any real figure (footfall / exposureScale of 1e310)
        // would make the objective infinite: a clear error, not a solver failure.
        for p in 0..<(areaCount * periodCount) {
            let worst = max(risk[p * 3], risk[p * 3 + 1], risk[p * 3 + 2])
            guard worst <= Self.largestRisk, scale[p] <= Self.largestRisk else {
                throw ScoringError.outOfRange(
                    area: scenario.areas[p % areaCount].id, period: scenario.periods[p / areaCount].id,
                    risk: worst, presenceScale: scale[p])
            }
        }
        self.probability = probability
        self.risk = risk
        self.presenceScale = scale
        self.available = Self.pools(scenario, uplifts: uplifts)
        self.armedBasis = ArmedEligibility.bases(
            scenario, intel: intel, areaIndex: areaIndex, periodIndex: periodIndex)
    }

    /// Dense index of an area-period.
    @inlinable
    public func index(area: Int, period: Int) -> Int {
        period * areaCount + area
    }

    /// `R_{a,t,c}`.
    public func risk(area: Int, period: Int, _ category: Category) -> Double {
        risk[index(area: area, period: period) * 3 + category.index]
    }

    /// `I_{a,t,c}`.
    public func intel(area: Int, period: Int, _ category: Category) -> Double {
        intel[index(area: area, period: period) * 3 + category.index]
    }

    /// `I_{a,t,c}` for every area, period and category, in one pass over the reports.
    static func intelScores(
        _ scenario: Scenario, areaIndex: [String: Int], periodIndex: [String: Int], starts: [Double]
    ) -> [Double] {
        let areaCount = scenario.areas.count
        let periodCount = scenario.periods.count
        // Product of (1 − p) per area-period-category; I = 1 − product.
        var keep = [Double](repeating: 1, count: areaCount * periodCount * 3)
        for report in scenario.intelligence {
            guard let a = areaIndex[report.area] else { continue }
            let c = report.category.index
            let apply: (Int) -> Void = { t in
                let p = IntelScoring.probability(
                    report, periodStart: starts[t], scoring: scenario.scoring, policy: scenario.policy)
                keep[(t * areaCount + a) * 3 + c] *= 1 - p
            }
            if let periods = report.periods {
                for id in Set(periods) {
                    if let t = periodIndex[id] { apply(t) }
                }
            } else {
                for t in 0..<periodCount { apply(t) }
            }
        }
        return keep.map { 1 - $0 }
    }

    /// The largest risk rate or presence scale an area-period may have (1e100): the objective
    /// then stays finite for any number of areas, periods and hours.
    public static let largestRisk = 1e100

    /// `available_{t,k}` with uplifts (model.md §4.1).
    static func pools(_ scenario: Scenario, uplifts: [Uplift]) -> [[Int]] {
        scenario.periods.map { period in
            scenario.forces.map { force in
                var base: Int
                switch force.pool {
                case .available(let perPeriod):
                    base = Tolerance.floor(perPeriod.value(for: period.id))
                case .headcount(let headcount):
                    base = Tolerance.floor(Double(headcount) * force.onDutyFraction)
                }
                for uplift in uplifts where uplift.force == force.id {
                    let extra = Tolerance.floor(Double(max(uplift.officers, 0)) * force.onDutyFraction)
                    base = base.addingReportingOverflow(extra).overflow ? Int.max : base + extra
                }
                return base
            }
        }
    }
}

/// A scoring input that cannot be used.
public enum ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownUpliftForce(String, known: [String])
    /// An area-period's risk or presence scale is above ``ScoredScenario/largestRisk`` (or not
    /// a number): the scenario's footfall, exposureScale, presenceFootfall or severity are
    /// out of any real proportion.
    case outOfRange(area: String, period: String, risk: Double, presenceScale: Double)

    public var description: String {
        switch self {
        case .unknownUpliftForce(let force, let known):
            "the scenario has no force '\(force)' to add officers to (forces: \(known.joined(separator: ", ")))"
                + DidYouMean.hint(for: force, among: known)
        case .outOfRange(let area, let period, let risk, let scale):
            "area '\(area)' in period '\(period)': risk \(risk) or presence scale \(scale) is beyond "
                + "\(ScoredScenario.largestRisk), too large to plan (check footfall against "
                + "scoring.exposureScale and scoring.presenceFootfall)"
        }
    }
}
