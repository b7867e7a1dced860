public import PatrolPlanScoring
internal import PatrolPlanScenario

extension ScoredScenario {
    /// The risk at stake over the horizon: `Σ_{a,t} hours_t × Σ_c R_{a,t,c}` (model.md §1, §3),
    /// in the objective's units (risk-hours). It is what the plan's `riskReduction` would be if
    /// every area-period's risk were prevented in full; no plan reaches it (the effect curve of
    /// model.md §2 stops at `1 − 2⁻⁸` of it).
    public var riskAtStake: Double {
        var total = 0.0
        for t in 0..<periodCount {
            let hours = scenario.periods[t].hours
            for a in 0..<areaCount {
                let p = index(area: a, period: t)
                total += hours * (risk[p * 3] + risk[p * 3 + 1] + risk[p * 3 + 2])
            }
        }
        return total
    }
}
