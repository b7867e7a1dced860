public import Foundation
public import PatrolPlan

/// Random valid scenarios, small enough to solve to a tight gap in milliseconds: 2–5 areas,
/// 1–4 periods, 1–3 forces (the first unarmed), some intelligence and some impact assessments.
///
/// Minimum presence is at most 1 per area and the unarmed force always has enough officers to
/// meet every minimum, so the scenarios are feasible.
public struct ScenarioGenerator {
    public var rng: SplitMix64
    /// Most forces drawn; above 3, unit sizes are drawn from 1, 2, 3 and 7.
    public var maxForces = 3

    public init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    public mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &rng) < p
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &rng)
    }

    public mutating func double(_ range: ClosedRange<Double>) -> Double {
        // Rounded to 3 decimals, like numbers a planner would write.
        (Double.random(in: range, using: &rng) * 1000).rounded() / 1000
    }

    public mutating func pick<T>(_ values: [T]) -> T {
        values[int(0...(values.count - 1))]
    }

    public mutating func subset(_ ids: [String]) -> [String]? {
        guard chance(0.4) else { return nil }
        let chosen = ids.filter { _ in chance(0.6) }
        return chosen.isEmpty ? [ids[0]] : chosen
    }

    public mutating func scenario() -> Scenario {
        let periods = (0..<int(1...4)).map { Period(id: "t\($0)", hours: pick([1.0, 2, 4, 6, 8])) }
        let periodIDs = periods.map(\.id)
        let areas = (0..<int(2...5)).map { area(index: $0, periodIDs: periodIDs) }
        let areaIDs = areas.map(\.id)
        let intelligence = (0..<int(0...6)).map { n in
            IntelReport(
                id: "INT-\(n)", area: pick(areaIDs), category: pick(Category.allCases),
                likelihood: double(0...1), source: pick(SourceGrade.allCases),
                assessment: pick(AssessmentGrade.allCases), handling: pick(Handling.allCases),
                ageHours: double(0...48), periods: subset(periodIDs))
        }
        var forces = [force(id: "f0", armed: false, minimumPool: areas.count)]
        for k in 1..<int(1...maxForces) {
            forces.append(force(id: "f\(k)", armed: chance(0.7), minimumPool: 0))
        }
        let assessments = areaIDs.filter { _ in chance(0.6) }.map { id in
            ImpactAssessment(
                id: "CIA-\(id)", area: id, status: chance(0.75) ? .approved : pick([.pending, .rejected]),
                periods: subset(periodIDs), maxArmed: chance(0.5) ? int(0...8) : nil, consulted: ["BCU"])
        }
        var scenario = Scenario(
            name: "generated", threatLevel: pick(ThreatLevel.allCases), periods: periods, areas: areas,
            intelligence: intelligence, forces: forces, impactAssessments: assessments, policy: policy())
        // Drawn last, so the scenario@1 draws above are those of every earlier version.
        if chance(perPeriodShare) { addPerPeriodValues(&scenario) }
        return scenario
    }

    /// Share of scenarios given per-period area values (scenario@2).
    public var perPeriodShare = 0.5

    /// Per-period gang activity, disorder, minimum (0 or 1, so the scenario stays feasible),
    /// capacity and presence scale on some areas and periods; the scenario becomes scenario@2.
    public mutating func addPerPeriodValues(_ scenario: inout Scenario) {
        let periodIDs = scenario.periods.map(\.id)
        for a in scenario.areas.indices where chance(0.5) {
            let t = pick(periodIDs)
            scenario.areas[a].gangActivity.values[t] = double(0...0.8)
            if chance(0.3) { scenario.areas[a].disorder.values[t] = double(0...0.5) }
            if chance(0.3) { scenario.areas[a].minOfficers.values[pick(periodIDs)] = int(0...1) }
            if chance(0.3) { scenario.areas[a].maxOfficers.values[pick(periodIDs)] = int(1...10) }
            if chance(0.2) { scenario.areas[a].presenceScale.values[pick(periodIDs)] = double(0.5...6) }
        }
        scenario.format = .v2
    }

    public mutating func area(index: Int, periodIDs: [String]) -> Area {
        let min = chance(0.25) ? 1 : 0
        var footfall = PerPeriod(double(0...20000))
        if chance(0.3) {
            footfall.values[pick(periodIDs)] = double(0...30000)
        }
        return Area(
            id: "a\(index)", venue: pick(Venue.allCases), footfall: footfall,
            gangActivity: PerPeriod(double(0...0.8)), disorder: PerPeriod(double(0...0.5)),
            sensitivity: pick(Sensitivity.allCases),
            minOfficers: PeriodValues(min), maxOfficers: PeriodValues(chance(0.4) ? min + int(1...20) : nil),
            presenceScale: PeriodValues(chance(0.3) ? double(0.5...6) : nil))
    }

    public mutating func force(id: String, armed: Bool, minimumPool: Int) -> Force {
        let pool: ForcePool = chance(0.5)
            ? .available(PerPeriod(Double(Swift.max(minimumPool, int(0...30)))))
            : .headcount(Swift.max(minimumPool * 5, int(0...150)))
        var effectiveness: [Category: Double] = [:]
        if chance(0.3) {
            for category in Category.allCases where chance(0.5) {
                effectiveness[category] = double(0...2)
            }
        }
        return Force(
            id: id, armed: armed, pool: pool,
            unit: minimumPool > 0 ? 1 : maxForces > 3 ? (chance(0.5) ? pick([1, 2, 3, 7]) : nil) : (chance(0.3) ? int(1...3) : nil),
            effectiveness: effectiveness)
    }

    public mutating func policy() -> Policy {
        var policy = Policy()
        policy.armedMinIntelScore = pick([0.1, 0.3, 0.5])
        policy.armedMaxConsecutivePeriods = pick([nil, 1, 2, 3])
        policy.armedMaxPeriodsPerArea = chance(0.3) ? int(0...3) : nil
        policy.armedMaxAreasPerPeriod = chance(0.3) ? int(0...3) : nil
        policy.armedMaxShare = double(0.2...1)
        policy.armedMaxShareOverall = double(0.1...1)
        policy.communityImpactWeight = double(0...2)
        return policy
    }
}
