internal import _PatrolPlanJSON
internal import _PatrolPlanNumerics
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
    /// `minOfficers_{a,t}`, officers (model.md §4.4), by area-period index.
    public let minimum: [Int]
    /// `maxOfficers_{a,t}`, officers (model.md §4.3); `nil` where the area sets none.
    public let capacity: [Int?]
    /// The commitments' lower bound on `x_{a,t,k}` (model.md §4.12: the largest n of the
    /// commitments on a, t, k), indexed `[area-period index × forceCount + k]`; 0 where none.
    public let committed: [Int]
    /// The commitments that hold in each area-period, by area-period index (scenario order).
    public let commitmentsByAreaPeriod: [[Int]]
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
        let forceCount = scenario.forces.count
        self.periodStarts = starts

        let intel = Self.intelScores(scenario, areaIndex: areaIndex, periodIndex: periodIndex, starts: starts)
        self.intel = intel
        var probability = [Double](repeating: 0, count: areaCount * periodCount * 3)
        var risk = probability
        var scale = [Double](repeating: 0, count: areaCount * periodCount)
        var minimum = [Int](repeating: 0, count: areaCount * periodCount)
        var capacity = [Int?](repeating: nil, count: areaCount * periodCount)
        let s = scenario.scoring
        let threat = s.threatProbability[scenario.threatLevel] ?? 0
        for t in 0..<periodCount {
            let periodID = scenario.periods[t].id
            for (a, area) in scenario.areas.enumerated() {
                let p = t * areaCount + a
                let footfall = area.footfall.value(for: periodID)
                let baselines = [
                    area.gangActivity.value(for: periodID),
                    threat * (s.attractiveness[area.venue] ?? 0),
                    area.disorder.value(for: periodID),
                ]
                minimum[p] = area.minOfficers.value(for: periodID)
                capacity[p] = area.maxOfficers.value(for: periodID)
                let exposure = [1, footfall / s.exposureScale, footfall / s.exposureScale]
                for category in Category.allCases {
                    let c = category.index
                    let i = intel[p * 3 + c]
                    let pc = 1 - (1 - baselines[c]) * (1 - i)
                    probability[p * 3 + c] = pc
                    risk[p * 3 + c] = (s.severity[category] ?? 0) * pc * exposure[c]
                }
                scale[p] = area.presenceScale.value(for: periodID) ?? (s.presenceBase + footfall / s.presenceFootfall)
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
        self.minimum = minimum
        self.capacity = capacity
        self.available = Self.pools(scenario, uplifts: uplifts)
        let armedBasis = ArmedEligibility.bases(
            scenario, intel: intel, areaIndex: areaIndex, periodIndex: periodIndex)
        self.armedBasis = armedBasis
        let commitments = try Self.commitments(
            scenario, areaIndex: areaIndex, forceCount: forceCount, armedBasis: armedBasis, intel: intel)
        self.committed = commitments.floor
        self.commitmentsByAreaPeriod = commitments.byAreaPeriod
    }

    /// Commitment lower bounds per area-period and force (model.md §4.12), after checking that
    /// every armed commitment is eligible where it holds (§4.5).
    private static func commitments(
        _ scenario: Scenario, areaIndex: [String: Int], forceCount: Int, armedBasis: [ArmedBasis?], intel: [Double]
    ) throws(ScoringError) -> (floor: [Int], byAreaPeriod: [[Int]]) {
        let areaCount = scenario.areas.count
        let cells = areaCount * scenario.periods.count
        guard !scenario.commitments.isEmpty else {
            return ([Int](repeating: 0, count: cells * forceCount), [[Int]](repeating: [], count: cells))
        }
        var floor = [Int](repeating: 0, count: cells * forceCount)
        var byAreaPeriod = [[Int]](repeating: [], count: cells)
        let forceIndex = Dictionary(scenario.forces.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (c, commitment) in scenario.commitments.enumerated() {
            guard let a = areaIndex[commitment.area], let k = forceIndex[commitment.force] else { continue }
            for (t, period) in scenario.periods.enumerated() where commitment.applies(to: period.id) {
                let p = t * areaCount + a
                if scenario.forces[k].armed, armedBasis[p] == nil {
                    throw ScoringError.ineligibleCommitment(
                        commitment: commitment.id, area: commitment.area, period: period.id,
                        reason: ArmedEligibility.ineligibilityReason(
                            scenario, area: a, period: t, intel: intel, areaCount: areaCount))
                }
                floor[p * forceCount + k] = max(floor[p * forceCount + k], commitment.officers)
                byAreaPeriod[p].append(c)
            }
        }
        return (floor, byAreaPeriod)
    }

    /// `x_{a,t,k} ≥` this, officers (model.md §4.12).
    @inlinable
    public func committed(area: Int, period: Int, force: Int) -> Int {
        committed[index(area: area, period: period) * scenario.forces.count + force]
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

    /// `available_{t,k}` with uplifts (model.md §4.1): headcount uplifts of a force summed, then
    /// `sign(N) × floor(|N| × onDutyFraction)`; per-period uplifts added as they are; the pool
    /// then clamped at 0. Sums saturate rather than overflow.
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
                var headcount = 0
                var perPeriod = 0
                for uplift in uplifts where uplift.force == force.id {
                    if uplift.perPeriod {
                        perPeriod = saturatingAdd(perPeriod, uplift.officers)
                    } else {
                        headcount = saturatingAdd(headcount, uplift.officers)
                    }
                }
                base = saturatingAdd(
                    base, Uplift.perPeriodChange(headcount: headcount, onDutyFraction: force.onDutyFraction))
                base = saturatingAdd(base, perPeriod)
                return max(base, 0)
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
    /// A commitment of an armed force where armed presence is not eligible (model.md §4.12).
    case ineligibleCommitment(commitment: String, area: String, period: String, reason: String)

    public var description: String {
        switch self {
        case .unknownUpliftForce(let force, let known):
            "the scenario has no force '\(force)' to add officers to (forces: \(known.joined(separator: ", ")))"
                + DidYouMean.hint(for: force, among: known)
        case .outOfRange(let area, let period, let risk, let scale):
            "area '\(area)' in period '\(period)': risk \(risk) or presence scale \(scale) is beyond "
                + "\(ScoredScenario.largestRisk), too large to plan (check footfall against "
                + "scoring.exposureScale and scoring.presenceFootfall)"
        case .ineligibleCommitment(let commitment, let area, let period, let reason):
            "commitment '\(commitment)' puts armed officers in area '\(area)' in period '\(period)', where armed "
                + "presence is not eligible (model.md §4.5): \(reason)"
        }
    }
}
