package import PatrolPlanScoring
package import PatrolPlanScenario
package import _PatrolPlanJSON

/// The accountability additions to plan@1, built from the allocation and the scored scenario
/// alone (no solver data): each armed allocation's basis, the policy summary, and the warnings
/// that need a plan.
package struct Accountability {
    let scored: ScoredScenario
    let allocation: UnitAllocation
    let index: IntelIndex

    package init(scored: ScoredScenario, allocation: UnitAllocation) {
        self.scored = scored
        self.allocation = allocation
        self.index = IntelIndex(scored)
    }

    /// Armed officers at area-period `p`.
    package func armed(_ p: Int) -> Int {
        let forces = scored.scenario.forces
        return zip(allocation.officers(p, forces: forces), forces).reduce(0) { $0 + ($1.1.armed ? $1.0 : 0) }
    }

    /// All officers at area-period `p`.
    func total(_ p: Int) -> Int {
        allocation.officers(p, forces: scored.scenario.forces).reduce(0, +)
    }

    /// The basis for armed officers in `area` during `period`; `nil` when the area-period is
    /// not armed-eligible.
    package func basis(area a: Int, period t: Int) -> ArmedDeploymentBasis? {
        let scenario = scored.scenario
        guard let basis = scored.armedBasis[scored.index(area: a, period: t)] else { return nil }
        let qualifying: [(Category, Double)] = [
            basis.violenceIntel.map { (.violence, $0) }, basis.terrorismIntel.map { (.terrorism, $0) },
        ].compactMap { $0 }
        let intelligence = qualifying.map { category, score in
            let contributing = index.contributions(scored, area: a, period: t, category: category)
                .filter { $0.probability > 0 }
                .map { scenario.intelligence[$0.report] }
            return ArmedDeploymentBasis.IntelligenceBasis(
                category: category, score: Rounding.figure(score),
                reports: contributing.compactMap(\.publicID).sorted(),
                restrictedReports: contributing.filter { $0.publicID == nil }.count)
        }
        return ArmedDeploymentBasis(
            assessments: basis.assessments.sorted(), maxArmed: basis.maxArmed, intelligence: intelligence,
            threatRule: basis.threatRule
                ? .init(level: scenario.threatLevel, venue: scenario.areas[a].venue) : nil)
    }

    /// The policy summary of the whole allocation.
    package func policySummary() -> PolicySummary {
        let scenario = scored.scenario
        let policy = scenario.policy
        var armedHours = 0.0
        var allHours = 0.0
        var periods: [PolicySummary.PeriodFigures] = []
        var armedAt = [[Bool]](repeating: [], count: scored.areaCount)
        for (t, period) in scenario.periods.enumerated() {
            var armedOfficers = 0
            var officers = 0
            var areas = 0
            for a in 0..<scored.areaCount {
                let p = scored.index(area: a, period: t)
                let n = armed(p)
                armedOfficers += n
                officers += total(p)
                if n > 0 { areas += 1 }
                armedAt[a].append(n > 0)
            }
            armedHours += period.hours * Double(armedOfficers)
            allHours += period.hours * Double(officers)
            periods.append(.init(
                period: period.id,
                armedShare: Rounding.ratio(officers == 0 ? 0 : Double(armedOfficers) / Double(officers)),
                armedShareLimit: policy.armedMaxShareOverall, armedAreas: areas,
                armedAreasLimit: policy.armedMaxAreasPerPeriod))
        }
        var areas: [PolicySummary.AreaFigures] = []
        for (a, flags) in armedAt.enumerated() where flags.contains(true) {
            var longest = 0
            var run = 0
            for flag in flags {
                run = flag ? run + 1 : 0
                longest = max(longest, run)
            }
            areas.append(.init(
                area: scenario.areas[a].id, longestArmedRun: longest,
                longestArmedRunLimit: policy.armedMaxConsecutivePeriods,
                armedPeriods: flags.filter { $0 }.count, armedPeriodsLimit: policy.armedMaxPeriodsPerArea))
        }
        return PolicySummary(
            armedOfficerHours: Rounding.figure(armedHours), officerHours: Rounding.figure(allHours),
            armedShare: Rounding.ratio(allHours == 0 ? 0 : armedHours / allHours),
            periods: periods, areas: areas)
    }

    /// A warning for each force with officers available that the plan never deploys.
    package func unusedForces() -> [Diagnostic] {
        let forces = scored.scenario.forces
        var used = [Bool](repeating: false, count: forces.count)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            for (k, n) in allocation.officers(p, forces: forces).enumerated() where n > 0 {
                used[k] = true
            }
        }
        return forces.enumerated().compactMap { k, force in
            let available = scored.available.map { $0[k] }.max() ?? 0
            guard !used[k], available > 0 else { return nil }
            return .warning(
                "forces[\(k)]",
                "force '\(force.id)' has officers available (up to \(available) a period) but the plan never deploys them")
        }
    }
}
