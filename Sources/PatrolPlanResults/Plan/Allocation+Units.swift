public import PatrolPlanScoring
public import PatrolPlanScenario

/// An integer allocation: units of each force in each area-period, as the model's
/// `n_{a,t,k}` (officers are `unit_k × n`).
public struct UnitAllocation: Sendable, Equatable {
    public let areaCount: Int
    public let periodCount: Int
    public let forceCount: Int
    /// Units at `(period × areaCount + area) × forceCount + force`.
    public var units: [Int]

    public init(areaCount: Int, periodCount: Int, forceCount: Int, units: [Int]) {
        self.areaCount = areaCount
        self.periodCount = periodCount
        self.forceCount = forceCount
        self.units = units
    }

    /// Units of a plan's allocation (officers / unit), for `scored`'s areas, periods and forces.
    public init(plan: Plan, scored: ScoredScenario) {
        let forces = scored.scenario.forces
        let F = forces.count
        let forceIndex = Dictionary(forces.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var units = [Int](repeating: 0, count: scored.areaCount * scored.periodCount * F)
        for allocation in plan.allocations {
            guard let a = scored.areaIndex[allocation.area], let t = scored.periodIndex[allocation.period] else { continue }
            for (force, officers) in allocation.officers {
                guard let k = forceIndex[force] else { continue }
                units[scored.index(area: a, period: t) * F + k] = officers / forces[k].unit
            }
        }
        self.init(areaCount: scored.areaCount, periodCount: scored.periodCount, forceCount: F, units: units)
    }

    /// Officers per force at area-period `p`.
    public func officers(_ p: Int, forces: [Force]) -> [Int] {
        (0..<forceCount).map { units[p * forceCount + $0] * forces[$0].unit }
    }
}
