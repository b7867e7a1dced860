import Foundation
public import PatrolPlanResults
public import PatrolPlanScoring
public import PatrolPlanScenario

/// What `patrolplan explain` prints: for one area and each period asked about, every step from
/// intelligence to risk (model.md §1–2), armed eligibility and why it holds or fails, and what
/// the area got in a plan with the limits that bind there.
///
/// "P" reports are named by id; "C" reports are "restricted report 1, 2, …" (numbered within the
/// area in scenario order) and their summaries are never shown.
public enum Explanation {
    /// Where the plan shown beside the scores came from.
    public enum PlanSource: Sendable {
        /// Solved for this explanation with the default options; `nil` when no plan was found,
        /// with the status that says why.
        case solved(Plan?, PlanStatus)
        /// Read from a plan@1 file; `matches` is false when it was made for other scenario bytes.
        case file(String, Plan, matches: Bool)
    }

    /// The explanation for `target`, with what the area got in the plan from `plan`.
    public static func render(_ scored: ScoredScenario, _ target: ExplanationTarget, plan: PlanSource) -> String {
        let scenario = scored.scenario
        let area = scenario.areas[target.area]
        var out = "Area \(area.id)"
        let names = [area.name, area.borough].compactMap { $0 }
        if !names.isEmpty { out += " (\(names.joined(separator: ", ")))" }
        out += ": venue \(area.venue.rawValue), \(area.sensitivity.rawValue) community sensitivity"
        if area.minOfficers.isConstant, area.maxOfficers.isConstant {
            out += ", officers \(area.minOfficers.defaultValue)–\(area.maxOfficers.defaultValue.map(String.init) ?? "no maximum")"
        } else {
            out += ", officers per period (below)"
        }
        out += "\n"
        out += "Scenario \(scenario.name); threat level \(scenario.threatLevel.rawValue); "
        out += "armed intelligence threshold \(Format.figure(scenario.policy.armedMinIntelScore))\n"
        switch plan {
        case .solved(_, let status):
            out += "Plan: solved now with the default options (\(status.rawValue))\n"
        case .file(let path, let plan, let matches):
            out += "Plan: \(path) (\(plan.status.rawValue))\n"
            if !matches { out += "  note: that plan was made for a different scenario file; figures may not match\n" }
        }
        let index = IntelIndex(scored)
        let restricted = restrictedNumbers(scored, index: index, area: target.area)
        for t in target.periods {
            out += "\n" + period(scored, index: index, restricted: restricted, area: target.area, period: t, plan: plan)
        }
        return out
    }

    /// Restricted report numbers (1-based) by report index, for the "C" reports of an area.
    static func restrictedNumbers(_ scored: ScoredScenario, index: IntelIndex, area: Int) -> [Int: Int] {
        var numbers: [Int: Int] = [:]
        for r in index.reportsByArea[area] where scored.scenario.intelligence[r].publicID == nil {
            numbers[r] = numbers.count + 1
        }
        return numbers
    }

    static func period(
        _ scored: ScoredScenario, index: IntelIndex, restricted: [Int: Int], area a: Int, period t: Int,
        plan: PlanSource
    ) -> String {
        let scenario = scored.scenario
        let s = scenario.scoring
        let area = scenario.areas[a]
        let period = scenario.periods[t]
        let p = scored.index(area: a, period: t)
        var out = "Period \(period.id)" + (period.label.map { " (\($0))" } ?? "")
        out += ": \(quantity(period.hours)) h, starting \(quantity(scored.periodStarts[t])) h into the plan\n"

        out += "  Intelligence applying here:\n"
        let contributions = index.contributions(scored, area: a, period: t)
        if contributions.isEmpty { out += "    none\n" }
        for c in contributions {
            let report = scenario.intelligence[c.report]
            let name = report.publicID ?? "restricted report \(restricted[c.report] ?? 0)"
            out += "    \(name) (\(report.category.rawValue)): likelihood \(Format.figure(report.likelihood))"
            out += " × source \(report.source.rawValue) \(Format.figure(s.sourceWeight[report.source] ?? 0))"
            out += " × assessment \(report.assessment.rawValue) \(Format.figure(s.assessmentWeight[report.assessment] ?? 0))"
            out += " × decay \(Format.figure(c.decay)) (\(quantity(report.ageHours)) h old + "
            out += "\(quantity(scored.periodStarts[t])) h into the plan, half-life \(quantity(scenario.policy.intelHalfLifeHours)) h)"
            out += " = p \(Format.figure(c.probability))\n"
        }
        let categories = Category.allCases
        func perCategory(_ values: [Double]) -> String {
            zip(categories, values).map { "\($0.rawValue) \(Format.figure($1))" }.joined(separator: ", ")
        }
        let intel = categories.map { scored.intel[p * 3 + $0.index] }
        out += "  Intelligence score I (reports combined, noisy-OR): \(perCategory(intel))\n"
        let threat = s.threatProbability[scenario.threatLevel] ?? 0
        let attractiveness = s.attractiveness[area.venue] ?? 0
        if !area.minOfficers.isConstant || !area.maxOfficers.isConstant {
            out += "  Officers: at least \(scored.minimum[p]), at most \(scored.capacity[p].map(String.init) ?? "no maximum")\n"
        }
        for c in scored.commitmentsByAreaPeriod[p] {
            let commitment = scenario.commitments[c]
            out += "  Commitment \(commitment.id): \(commitment.officers) officers of \(commitment.force) must be here"
            out += (commitment.note.map { " (\($0))" } ?? "") + "\n"
        }
        out += "  Baselines: gang activity \(Format.figure(area.gangActivity.value(for: period.id))) (violence); threat "
        out += "\(scenario.threatLevel.rawValue) \(Format.figure(threat)) × \(area.venue.rawValue) attractiveness "
        out += "\(Format.figure(attractiveness)) = \(Format.figure(threat * attractiveness)) (terrorism); "
        out += "disorder \(Format.figure(area.disorder.value(for: period.id)))\n"
        out += "  Probability P (baseline or intelligence): \(perCategory(categories.map { scored.probability[p * 3 + $0.index] }))\n"
        let footfall = area.footfall.value(for: period.id)
        out += "  Exposure: violence 1; terrorism and disorder footfall \(quantity(footfall)) / "
        out += "\(quantity(s.exposureScale)) = \(Format.figure(footfall / s.exposureScale))\n"
        out += "  Severity: " + zip(categories, categories.map { s.severity[$0] ?? 0 }).map { "\($0.rawValue) \(quantity($1))" }.joined(separator: ", ") + "\n"
        let risk = categories.map { scored.risk[p * 3 + $0.index] }
        out += "  Risk rate R (severity × P × exposure, per hour): \(perCategory(risk))\n"
        out += "  Presence scale h: \(Format.figure(scored.presenceScale[p])) effective officers prevent half the risk"
        out += area.presenceScale.value(for: period.id) == nil
            ? " (\(quantity(s.presenceBase)) + footfall / \(quantity(s.presenceFootfall)))\n" : " (set for the area)\n"
        out += "  Armed eligibility: " + eligibility(scored, area: a, period: t) + "\n"
        out += placement(scored, area: a, period: t, plan: plan, atStake: period.hours * risk.reduce(0, +))
        return out
    }

    /// Whether armed officers may be here, and why or why not.
    static func eligibility(_ scored: ScoredScenario, area a: Int, period t: Int) -> String {
        let scenario = scored.scenario
        if let basis = scored.armedBasis[scored.index(area: a, period: t)] {
            return "yes — " + ScenarioSummary.describe(basis, scenario)
        }
        var reasons: [String] = []
        let covering = PlanningWarnings.coveringAssessments(
            scenario, area: scenario.areas[a].id, period: scenario.periods[t].id)
        if !covering.contains(where: { scenario.impactAssessments[$0].status == .approved }) {
            reasons.append(
                covering.isEmpty
                    ? "no community impact assessment covers this area and period"
                    : "no approved CIA ("
                        + covering.map {
                            "\(scenario.impactAssessments[$0].id) is \(scenario.impactAssessments[$0].status.rawValue)"
                        }.joined(separator: ", ") + ")")
        }
        let violence = scored.intel(area: a, period: t, .violence)
        let terrorism = scored.intel(area: a, period: t, .terrorism)
        let threshold = scenario.policy.armedMinIntelScore
        let venue = scenario.areas[a].venue
        let threatRule = ArmedEligibility.threatRuleHolds(scenario.threatLevel, venue: venue)
        if !ArmedEligibility.meets(max(violence, terrorism), threshold: threshold), !threatRule {
            let best = violence >= terrorism ? "violence \(Format.figure(violence))" : "terrorism \(Format.figure(terrorism))"
            reasons.append("intelligence below threshold (best \(best) vs \(Format.figure(threshold)))")
            let level = scenario.threatLevel
            reasons.append(
                level == .severe || level == .critical
                    ? "threat rule not met (\(venue.rawValue) is not a crowded place, transport hub or iconic site)"
                    : "threat rule not met (threat level \(level.rawValue); it needs severe or critical at a crowded place)")
        }
        return "no — " + reasons.joined(separator: "; ")
    }

    /// What the area got in the plan and which limits bind.
    static func placement(
        _ scored: ScoredScenario, area a: Int, period t: Int, plan source: PlanSource, atStake: Double
    ) -> String {
        let plan: Plan
        switch source {
        case .solved(let solved, let status):
            guard let solved else { return "  In the plan: no plan (\(status.rawValue))\n" }
            plan = solved
        case .file(_, let fromFile, _):
            plan = fromFile
        }
        let scenario = scored.scenario
        let allocation = plan.allocations.first {
            $0.area == scenario.areas[a].id && $0.period == scenario.periods[t].id
        }
        var out = "  In the plan: "
        if let allocation {
            let officers = scenario.forces.compactMap { force -> String? in
                let n = allocation.officers[force.id] ?? 0
                return n > 0 ? "\(force.id) \(n)\(force.armed ? " (armed)" : "")" : nil
            }
            out += officers.joined(separator: ", ")
            out += "; risk reduced \(Format.figure(allocation.riskReduced)) of \(Format.figure(atStake)) at stake\n"
        } else {
            out += "no officers; \(Format.figure(atStake)) risk at stake\n"
        }
        let limits = BindingLimits.describe(plan, scored, area: a, period: t)
        out += "  Limits reached here:" + (limits.isEmpty ? " none\n" : "\n" + limits.map { "    - \($0)\n" }.joined())
        return out
    }

    /// A quantity such as hours or footfall: whole numbers without decimals.
    static func quantity(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : Format.figure(v)
    }
}
