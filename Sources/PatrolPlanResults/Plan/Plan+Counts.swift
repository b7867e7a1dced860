public import PatrolPlanScenario

extension Plan.Allocation {
    /// Officers of every force here.
    public var totalOfficers: Int {
        officers.values.reduce(0, +)
    }

    /// Officers here of the forces in `armedForces` (ids of forces with `armed: true`).
    public func armedOfficers(_ armedForces: Set<String>) -> Int {
        officers.reduce(0) { $0 + (armedForces.contains($1.key) ? $1.value : 0) }
    }
}

extension Scenario {
    /// Ids of the armed forces.
    public var armedForceIDs: Set<String> {
        Set(forces.filter(\.armed).map(\.id))
    }

    /// Each period's length in hours, by period id.
    public var hoursByPeriod: [String: Double] {
        Dictionary(periods.map { ($0.id, $0.hours) }, uniquingKeysWith: { first, _ in first })
    }
}
