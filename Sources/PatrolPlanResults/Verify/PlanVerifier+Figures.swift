internal import PatrolPlanScoring
internal import PatrolPlanScenario

/// The figures of model.md §3 recomputed from placed officers with the scoring functions, and
/// compared with what the plan reports (1e-6 relative, model.md §6).
struct FigureCheck {
    let scored: ScoredScenario
    let placed: PlacedOfficers
    let plan: Plan

    static func agrees(_ reported: Double, _ recomputed: Double) -> Bool {
        reported.isFinite && abs(reported - recomputed) <= Tolerance.figures * max(1, abs(recomputed))
    }

    func violations() -> [Violation] {
        let scenario = scored.scenario
        var out: [Violation] = []
        var reduction = 0.0
        var impact = 0.0
        for t in 0..<scored.periodCount {
            for a in 0..<scored.areaCount {
                let p = scored.index(area: a, period: t)
                let officers = placed.officers(at: p)
                let reduced = officers.contains { $0 > 0 }
                    ? Figures.riskReduced(scored, area: a, period: t, officers: officers) : 0
                reduction += reduced
                impact += Figures.communityImpact(scored, area: a, period: t, officers: officers)
                guard let i = placed.source[p] else { continue }
                let allocation = plan.allocations[i]
                let area = scenario.areas[a].id
                let period = scenario.periods[t].id
                if !Self.agrees(allocation.riskReduced, reduced) {
                    out.append(Violation(
                        .riskReduced, area: area, period: period, limit: reduced, value: allocation.riskReduced,
                        message: "riskReduced is \(allocation.riskReduced), the allocation gives \(reduced)"))
                }
                for category in Category.allCases {
                    let r = scored.risk[p * 3 + category.index]
                    let reported = allocation.risk[category.rawValue]
                    if let reported, Self.agrees(reported, r) { continue }
                    out.append(Violation(
                        .risk, area: area, period: period, limit: r, value: reported,
                        message: "risk.\(category.rawValue) is \(reported.map { "\($0)" } ?? "missing"), the scenario gives \(r)"))
                }
            }
        }
        let objective = plan.objective
        for (rule, name, reported, recomputed) in [
            (Violation.Rule.riskReduction, "riskReduction", objective.riskReduction, reduction),
            (.communityImpact, "communityImpact", objective.communityImpact, impact),
            (.value, "value", objective.value, reduction - impact),
        ] where !Self.agrees(reported, recomputed) {
            out.append(Violation(
                rule, limit: recomputed, value: reported,
                message: "objective.\(name) is \(reported), the allocation gives \(recomputed)"))
        }
        return out
    }
}
