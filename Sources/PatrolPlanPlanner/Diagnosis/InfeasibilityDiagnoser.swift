internal import _PatrolPlanNumerics
public import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanModel

/// Builds an ``InfeasibilityDiagnosis`` with the solver: for each period, the most officers that
/// can be placed towards its minimums (a small MILP: model@1 without the minimum rows, maximising
/// `Σ_a min(officers_a, minOfficers_a)`), then the same with one rule lifted at a time.
public struct InfeasibilityDiagnoser: Sendable {
    public var solver: any MILPSolver
    public var options: PlannerOptions

    public init(solver: any MILPSolver, options: PlannerOptions = PlannerOptions()) {
        self.solver = solver
        self.options = options
        self.options.gap = 1e-9
        self.options.relaxAndFix = false
        self.options.marginalValues = false
    }

    /// Diagnoses `scored`, a scenario the planner found infeasible.
    public func diagnose(_ scored: ScoredScenario) throws(SolverError) -> InfeasibilityDiagnosis {
        let scenario = scored.scenario
        let conflicts = CommitmentCheck.conflicts(scored)
        if !conflicts.isEmpty {
            return InfeasibilityDiagnosis(periods: [], jointBlockers: [], undecided: [], commitmentConflicts: conflicts)
        }
        // Built once: every short period's areas are read from it.
        let model = ModelBuilder.build(scored)
        var shortfalls: [PeriodShortfall] = []
        var undecided: [String] = []
        for t in 0..<scored.periodCount {
            let needed = (0..<scored.areaCount).reduce(0) { saturatingAdd($0, scored.minimum[t * scored.areaCount + $1]) }
            let placed = try placeable(scored, periods: [t])
            if placed.found >= Double(needed) - 1e-6 { continue }
            let atMost = placed.atMost
            guard atMost < needed else {
                undecided.append(scenario.periods[t].id)
                continue
            }
            shortfalls.append(PeriodShortfall(
                period: scenario.periods[t].id, needed: needed, atMost: atMost,
                areas: Self.areaShortfalls(scored, model: model, period: t),
                blockers: try blockers(scored, periods: [t], atMost: atMost)))
        }
        var joint: [BlockingRule] = []
        if shortfalls.isEmpty && undecided.isEmpty {
            let all = Array(0..<scored.periodCount)
            let placed = try placeable(scored, periods: all)
            joint = try blockers(scored, periods: all, atMost: placed.atMost)
        }
        return InfeasibilityDiagnosis(periods: shortfalls, jointBlockers: joint, undecided: undecided)
    }

    /// For each rule, how many more officers count towards the minimums with it lifted.
    private func blockers(_ scored: ScoredScenario, periods: [Int], atMost: Int) throws(SolverError) -> [BlockingRule] {
        var result: [BlockingRule] = []
        for rule in BlockingRule.Rule.allCases {
            guard let relaxed = Self.lifting(rule, from: scored) else { continue }
            let found = SafeConversion.count(try placeable(relaxed, periods: periods).found + 1e-6, rounding: .down)
            if found > atMost { result.append(BlockingRule(rule: rule, gain: found - atMost)) }
        }
        return result
    }

    /// The best placement found and the proven most, towards the minimums of `periods`.
    private func placeable(_ scored: ScoredScenario, periods: [Int]) throws(SolverError) -> (found: Double, atMost: Int) {
        var free = scored.scenario
        for a in free.areas.indices { free.areas[a].minOfficers = 0 }
        guard let unconstrained = try? ScoredScenario(free, uplifts: scored.uplifts) else { return (0, 0) }
        let model = ModelBuilder.build(unconstrained)
        var milp = model.milp
        for j in milp.columns.indices { milp.setObjective(0, ofColumn: j) }
        var most = 0
        for t in periods {
            for a in 0..<scored.areaCount where scored.minimum[t * scored.areaCount + a] > 0 {
                let p = t * scored.areaCount + a
                let minimum = scored.minimum[p]
                let z = milp.addColumn(.init(lower: 0, upper: Double(minimum), kind: .continuous, objective: 1))
                var entries: [(column: Int, value: Double)] = [(z, 1)]
                for (k, force) in scored.scenario.forces.enumerated() {
                    if let column = model.unitColumn(p, force: k) { entries.append((column, -Double(force.unit))) }
                }
                milp.addRow(upper: 0, entries)
                most = saturatingAdd(most, min(minimum, model.officerReach(p, forces: scored.scenario.forces)))
            }
        }
        let result = try solver.solve(milp, parameters: options.parameters, incumbent: nil, duals: nil)
        let found = result.objective ?? 0
        let bound = min(Double(most), result.bound ?? Double(most))
        return (found, SafeConversion.count(bound + 1e-6, rounding: .down))
    }

    /// Areas whose minimum exceeds the officers who may be there at all in period `t`
    /// (`model` is `scored`'s own).
    static func areaShortfalls(_ scored: ScoredScenario, model: PatrolModel, period t: Int) -> [AreaShortfall] {
        scored.scenario.areas.enumerated().compactMap { a, area in
            let p = t * scored.areaCount + a
            let minimum = scored.minimum[p]
            guard minimum > 0 else { return nil }
            var reach = model.officerReach(p, forces: scored.scenario.forces)
            if let cap = scored.capacity[p] { reach = min(reach, cap) }
            return reach < minimum ? AreaShortfall(area: area.id, needed: minimum, atMost: reach) : nil
        }
    }

    /// `scored` with one rule lifted, or `nil` when the scenario does not use it.
    static func lifting(_ rule: BlockingRule.Rule, from scored: ScoredScenario) -> ScoredScenario? {
        var s = scored.scenario
        let hasArmed = s.forces.contains(where: \.armed)
        switch rule {
        case .pools:
            let extra = scored.minimum.reduce(0, saturatingAdd)
            for k in s.forces.indices {
                let most = scored.available.map { $0[k] }.max() ?? 0
                s.forces[k].pool = .available(PerPeriod(Double(saturatingAdd(most, extra))))
            }
        case .units:
            guard s.forces.contains(where: { $0.unit > 1 }) else { return nil }
            for k in s.forces.indices { s.forces[k].unit = 1 }
        case .armedEligibility:
            guard hasArmed else { return nil }
            s.policy.armedMinIntelScore = 0
            for area in s.areas {
                s.impactAssessments.append(ImpactAssessment(id: "lifted-\(area.id)", area: area.id, status: .approved))
            }
        case .assessmentCap:
            guard hasArmed, s.impactAssessments.contains(where: { $0.maxArmed != nil }) else { return nil }
            for i in s.impactAssessments.indices { s.impactAssessments[i].maxArmed = nil }
        case .armedDuration:
            guard hasArmed, s.policy.armedMaxConsecutivePeriods != nil || s.policy.armedMaxPeriodsPerArea != nil else { return nil }
            s.policy.armedMaxConsecutivePeriods = nil
            s.policy.armedMaxPeriodsPerArea = nil
        case .armedAreasPerPeriod:
            guard hasArmed, s.policy.armedMaxAreasPerPeriod != nil else { return nil }
            s.policy.armedMaxAreasPerPeriod = nil
        case .armedShare:
            guard hasArmed, s.policy.armedMaxShare < 1 else { return nil }
            s.policy.armedMaxShare = 1
        case .armedShareOverall:
            guard hasArmed, s.policy.armedMaxShareOverall < 1 else { return nil }
            s.policy.armedMaxShareOverall = 1
        case .commitments:
            guard !s.commitments.isEmpty else { return nil }
            s.commitments = []
        }
        return try? ScoredScenario(s, uplifts: scored.uplifts)
    }
}
