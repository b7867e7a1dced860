public import PatrolPlanScenario

/// Objective figures of model.md §3 for one area-period, computed from officer counts.
///
/// The plan's reported numbers come from here, never from the solver's objective.
public enum Figures {
    /// Effective presence `e_{a,t,c}` from officers per force (indexed like `scenario.forces`).
    public static func effectivePresence(_ officers: [Int], forces: [Force], _ category: Category) -> Double {
        var e = 0.0
        for (k, force) in forces.enumerated() where officers[k] > 0 {
            e += force.effectiveness(category) * Double(officers[k])
        }
        return e
    }

    /// `hours_t × Σ_c R_{a,t,c} × F(e_{a,t,c}; h_{a,t})`.
    public static func riskReduced(_ scored: ScoredScenario, area: Int, period: Int, officers: [Int]) -> Double {
        let p = scored.index(area: area, period: period)
        let forces = scored.scenario.forces
        var total = 0.0
        for category in Category.allCases {
            let r = scored.risk[p * 3 + category.index]
            guard r > 0 else { continue }
            let e = effectivePresence(officers, forces: forces, category)
            total += r * EffectCurve.share(effectivePresence: e, scale: scored.presenceScale[p])
        }
        return scored.scenario.periods[period].hours * total
    }

    /// Community impact per armed officer in an area during a period:
    /// `hours_t × communityImpactWeight × sensitivityPenalty[sensitivity_a]`.
    public static func impactPerArmedOfficer(_ scored: ScoredScenario, area: Int, period: Int) -> Double {
        let scenario = scored.scenario
        let penalty = scenario.scoring.sensitivityPenalty[scenario.areas[area].sensitivity] ?? 0
        return scenario.periods[period].hours * scenario.policy.communityImpactWeight * penalty
    }

    /// `hours_t × communityImpactWeight × sensitivityPenalty × Σ_{k armed} x_{a,t,k}`.
    public static func communityImpact(_ scored: ScoredScenario, area: Int, period: Int, officers: [Int]) -> Double {
        var armed = 0
        for (k, force) in scored.scenario.forces.enumerated() where force.armed {
            armed += officers[k]
        }
        return armed == 0 ? 0 : impactPerArmedOfficer(scored, area: area, period: period) * Double(armed)
    }
}
