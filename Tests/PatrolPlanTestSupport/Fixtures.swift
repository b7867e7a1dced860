public import Foundation
public import PatrolPlan

/// Small scenarios built in code, and helpers to solve them with the real GLPK.
public enum Fixtures {
    /// `n` one-hour periods named t0, t1, …
    public static func periods(_ n: Int, hours: Double = 1) -> [Period] {
        (0..<n).map { Period(id: "t\($0)", hours: hours) }
    }

    /// An area whose only risk is violence at rate `10 × gang`, with presence scale 2.
    public static func area(
        _ id: String, gang: Double, sensitivity: Sensitivity = .low, min: Int = 0, max: Int? = nil
    ) -> Area {
        Area(
            id: id, gangActivity: PerPeriod(gang), sensitivity: sensitivity, minOfficers: PeriodValues(min),
            maxOfficers: PeriodValues(max))
    }

    public static func unarmed(_ available: Int, id: String = "nbh") -> Force {
        Force(id: id, pool: .available(PerPeriod(Double(available))))
    }

    public static func armed(_ available: Int, id: String = "afo", unit: Int? = nil) -> Force {
        Force(id: id, armed: true, pool: .available(PerPeriod(Double(available))), unit: unit)
    }

    /// A violence report of probability `p` (grade 1A, no decay at age 0 in the first period).
    public static func intel(_ area: String, _ p: Double, id: String = UUID().uuidString, age: Double = 0) -> IntelReport {
        IntelReport(
            id: id, area: area, category: .violence, likelihood: p, source: .reliable, assessment: .a,
            handling: .confidential, ageHours: age)
    }

    public static func cia(_ area: String, status: AssessmentStatus = .approved, maxArmed: Int? = nil) -> ImpactAssessment {
        ImpactAssessment(id: "CIA-\(area)", area: area, status: status, maxArmed: maxArmed, consulted: ["BCU commander"])
    }

    /// A policy with both armed shares lifted, so tests of other rules are not bound by them.
    public static func openPolicy() -> Policy {
        var policy = Policy()
        policy.armedMaxShare = 1
        policy.armedMaxShareOverall = 1
        policy.armedMaxConsecutivePeriods = nil
        return policy
    }

    public static func scenario(
        periods: Int = 1, areas: [Area], intelligence: [IntelReport] = [], forces: [Force],
        assessments: [ImpactAssessment] = [], policy: Policy = Policy(), threat: ThreatLevel = .substantial
    ) -> Scenario {
        Scenario(
            name: "fixture", threatLevel: threat, periods: Self.periods(periods), areas: areas,
            intelligence: intelligence, forces: forces, impactAssessments: assessments, policy: policy)
    }

    /// Solves with the default options (tight gap) and returns the plan's outcome.
    public static func solve(_ scenario: Scenario, uplifts: [Uplift] = []) throws -> PlanningOutcome {
        var options = PlannerOptions()
        options.gap = 1e-9
        return try Planner(options: options).plan(ScoredScenario(scenario, uplifts: uplifts), scenarioSHA256: "test")
    }

    /// Officers of `force` in `area` during `period` in the plan (0 if not listed).
    public static func officers(_ plan: Plan?, _ area: String, _ period: String = "t0", _ force: String) -> Int {
        plan?.allocations.first { $0.area == area && $0.period == period }?.officers[force] ?? 0
    }
}
