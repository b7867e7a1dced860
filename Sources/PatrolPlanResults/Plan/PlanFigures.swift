internal import PatrolPlanScenario
public import PatrolPlanScoring

/// The objective's parts for a whole allocation, recomputed with the scoring functions.
public struct PlanFigures: Sendable, Equatable {
    public var riskReduction: Double
    public var communityImpact: Double
    /// `riskReduced` per area-period.
    public var riskReduced: [Double]

    public var value: Double { riskReduction - communityImpact }

    public init(_ allocation: UnitAllocation, scored: ScoredScenario) {
        let forces = scored.scenario.forces
        var reduction = 0.0
        var impact = 0.0
        var perAreaPeriod = [Double](repeating: 0, count: scored.areaCount * scored.periodCount)
        for t in 0..<scored.periodCount {
            for a in 0..<scored.areaCount {
                let p = scored.index(area: a, period: t)
                let officers = allocation.officers(p, forces: forces)
                guard officers.contains(where: { $0 > 0 }) else { continue }
                let reduced = Figures.riskReduced(scored, area: a, period: t, officers: officers)
                perAreaPeriod[p] = reduced
                reduction += reduced
                impact += Figures.communityImpact(scored, area: a, period: t, officers: officers)
            }
        }
        self.riskReduction = reduction
        self.communityImpact = impact
        self.riskReduced = perAreaPeriod
    }
}
