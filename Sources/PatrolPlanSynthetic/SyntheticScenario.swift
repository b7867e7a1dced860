public import PatrolPlanScenario

/// A realistic synthetic scenario, London-like, from a size and a seed: for demos, training and
/// benchmarks (`patrolplan generate`, `docs/generate.md`).
///
/// The same `areas`, `periods`, `periodHours` and `seed` give the same scenario, and so the same
/// bytes from ``ScenarioJSON``, on any machine. Areas are wards in boroughs (about 19 per
/// borough, as London's 629 in 33); periods run back to back from Monday 00:00. Every generated
/// scenario passes the validator and is feasible: minimum presence is one officer where set,
/// and the unarmed forces alone can meet every minimum.
public struct SyntheticScenario: Sendable, Equatable {
    /// Areas accepted.
    public static let areaRange = 1...10_000
    /// Periods accepted.
    public static let periodRange = 1...1_000
    /// Most area-periods accepted (19 London weeks), so the document stays within the decoder's
    /// default size limit.
    public static let maxAreaPeriods = 500_000
    /// Period lengths accepted: whole hours that divide a day.
    public static let periodHourChoices = [1, 2, 3, 4, 6, 8, 12, 24]

    /// Areas (wards), about 19 to a borough.
    public var areas: Int
    /// Periods, back to back from Monday 00:00.
    public var periods: Int
    /// Length of each period in hours (4: 42 periods are one week).
    public var periodHours: Int
    /// The seed: the same one gives the same scenario.
    public var seed: UInt64

    /// A request for a scenario of this size; ``problems`` says whether it is in range.
    public init(areas: Int, periods: Int = 42, periodHours: Int = 4, seed: UInt64 = 1) {
        self.areas = areas
        self.periods = periods
        self.periodHours = periodHours
        self.seed = seed
    }

    /// What is wrong with the requested size, if anything, naming the parameter.
    public var problems: [String] {
        var problems: [String] = []
        if !Self.areaRange.contains(areas) {
            problems.append("areas must be in \(Self.areaRange.lowerBound)...\(Self.areaRange.upperBound) (got \(areas))")
        }
        if !Self.periodRange.contains(periods) {
            problems.append(
                "periods must be in \(Self.periodRange.lowerBound)...\(Self.periodRange.upperBound) (got \(periods))")
        }
        if problems.isEmpty, areas * periods > Self.maxAreaPeriods {
            problems.append("areas × periods must be at most \(Self.maxAreaPeriods) (got \(areas * periods))")
        }
        if !Self.periodHourChoices.contains(periodHours) {
            problems.append(
                "period hours must divide a day: one of \(Self.periodHourChoices.map(String.init).joined(separator: ", ")) (got \(periodHours))")
        }
        return problems
    }

    /// The scenario.
    ///
    /// - Throws: ``SyntheticScenarioError`` when the size is out of range (see ``problems``).
    public func generate() throws(SyntheticScenarioError) -> Scenario {
        guard problems.isEmpty else { throw SyntheticScenarioError(problems: problems) }
        let calendar = SyntheticCalendar(count: periods, hours: periodHours)
        let periodList = calendar.periods
        let periodIDs = periodList.map(\.id)
        // One stream per stage: a change to one stage's draws leaves the others' alone.
        var areaRNG = SplitMix64.stream(seed, 1)
        var intelRNG = SplitMix64.stream(seed, 2)
        var assessmentRNG = SplitMix64.stream(seed, 3)
        let areaList = SyntheticAreas(calendar: calendar, periodIDs: periodIDs).areas(count: areas, rng: &areaRNG)
        let intelligence = SyntheticIntelligence(calendar: calendar, periodIDs: periodIDs)
            .reports(areas: areaList, rng: &intelRNG)
        let assessments = SyntheticForces.assessments(
            areas: areaList, intelligence: intelligence, calendar: calendar, periodIDs: periodIDs, rng: &assessmentRNG)
        return Scenario(
            name: "Synthetic London-like plan: \(areas) areas × \(periods) periods of \(periodHours) h (seed \(seed))",
            threatLevel: .substantial, periods: periodList, areas: areaList, intelligence: intelligence,
            forces: SyntheticForces.forces(areas: areas), impactAssessments: assessments)
    }
}

/// A synthetic scenario was asked for with a size out of range.
public struct SyntheticScenarioError: Error, Sendable, CustomStringConvertible {
    /// Each parameter out of range, with the range and the value given.
    public var problems: [String]

    public var description: String { problems.joined(separator: "; ") }
}
