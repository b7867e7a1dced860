internal import PatrolPlanScenario
public import PatrolPlanScoring

/// An independent check of a plan against model@2.
///
/// It recomputes every constraint of model.md §4 and every figure of §3 from the plan's
/// allocations and the scored scenario alone. It uses only the Scenario and Scoring layers,
/// never the model builder or the solver, so a bug there cannot hide a broken plan.
public enum PlanVerifier {
    /// Every violation in `plan`, or none when it satisfies model@2 and its figures agree with
    /// its allocation (1e-9 on thresholds, 1e-6 relative on figures, model.md §6). Area-periods
    /// the plan does not list have no officers.
    public static func verify(_ plan: Plan, against scored: ScoredScenario) -> [Violation] {
        var violations: [Violation] = []
        if plan.format != Plan.formatTag {
            violations.append(Violation(.format, message: "format is '\(plan.format)', expected '\(Plan.formatTag)'"))
        }
        if plan.model != Plan.modelTag, !(plan.model == Plan.previousModelTag && scored.scenario.format == .v1) {
            violations.append(Violation(.format, message: "model is '\(plan.model)', expected '\(Plan.modelTag)'"))
        }
        let placed = PlacedOfficers(plan, scored: scored, violations: &violations)
        violations += ConstraintCheck(scored: scored, placed: placed).violations()
        violations += FigureCheck(scored: scored, placed: placed, plan: plan).violations()
        return violations
    }
}

/// The plan's officers on the scenario's dense grid, with the allocation each came from.
struct PlacedOfficers {
    let forceCount: Int
    /// Officers at `(period × areaCount + area) × forceCount + force`; 0 where not listed.
    var officers: [Int]
    /// Index into `plan.allocations` of each listed area-period.
    var source: [Int?]

    init(_ plan: Plan, scored: ScoredScenario, violations: inout [Violation]) {
        let forces = scored.scenario.forces
        let forceIndex = Dictionary(forces.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let K = forces.count
        forceCount = K
        officers = [Int](repeating: 0, count: scored.areaCount * scored.periodCount * K)
        source = [Int?](repeating: nil, count: scored.areaCount * scored.periodCount)
        for (i, allocation) in plan.allocations.enumerated() {
            let a = scored.areaIndex[allocation.area]
            let t = scored.periodIndex[allocation.period]
            if a == nil {
                violations.append(Violation(
                    .unknownArea, area: allocation.area, period: allocation.period,
                    message: "allocation \(i) names an area the scenario does not have"))
            }
            if t == nil {
                violations.append(Violation(
                    .unknownPeriod, area: allocation.area, period: allocation.period,
                    message: "allocation \(i) names a period the scenario does not have"))
            }
            for id in allocation.officers.keys.sorted() where forceIndex[id] == nil {
                violations.append(Violation(
                    .unknownForce, area: allocation.area, period: allocation.period, force: id,
                    message: "allocation \(i) names a force the scenario does not have"))
            }
            guard let a, let t else { continue }
            let p = scored.index(area: a, period: t)
            if let first = source[p] {
                violations.append(Violation(
                    .duplicateAllocation, area: allocation.area, period: allocation.period,
                    message: "allocation \(i) repeats allocation \(first)'s area and period"))
                continue
            }
            source[p] = i
            for (k, force) in forces.enumerated() {
                guard let n = allocation.officers[force.id] else {
                    violations.append(Violation(
                        .missingForce, area: allocation.area, period: allocation.period, force: force.id,
                        message: "officers does not name this force (plan@1 names every force)"))
                    continue
                }
                if n < 0 || n % force.unit != 0 {
                    violations.append(Violation(
                        .unit, area: allocation.area, period: allocation.period, force: force.id,
                        limit: Double(force.unit), value: Double(n),
                        message: "\(n) officers is not a non-negative multiple of the unit \(force.unit)"))
                }
                officers[p * K + k] = n
            }
        }
    }

    /// Officers per force at area-period `p`.
    func officers(at p: Int) -> [Int] {
        Array(officers[(p * forceCount)..<((p + 1) * forceCount)])
    }
}
