public import PatrolPlanModel
public import PatrolPlanResults
public import PatrolPlanScoring

extension UnitAllocation {
    /// Reads `n_{a,t,k}` off a solver's column values, rounding integers.
    public init(columnValues x: [Double], model: PatrolModel, scored: ScoredScenario) {
        let F = model.forceCount
        var units = [Int](repeating: 0, count: scored.areaCount * scored.periodCount * F)
        for (i, column) in model.unitColumn.enumerated() where column >= 0 {
            units[i] = Int(x[Int(column)].rounded())
        }
        self.init(areaCount: scored.areaCount, periodCount: scored.periodCount, forceCount: F, units: units)
    }
}
