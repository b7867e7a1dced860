internal import _PatrolPlanNumerics
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanMILP

/// Builds ``PatrolModel`` from a ``ScoredScenario`` (model.md §3–4).
///
/// One method per model.md section, in the order the columns and rows are created (the order
/// fixes their indices, and so GLPK's path: keep it). Columns are in this file, rows in
/// `ModelBuilder+Rows.swift`.
public enum ModelBuilder {
    /// Builds the model. With `names`, columns and rows get readable names (area, period,
    /// force; ``ModelNames``) for export.
    ///
    /// - Complexity: linear in area-periods × forces, plus the armed windows of §4.8.
    public static func build(_ scored: ScoredScenario, names: Bool = false) -> PatrolModel {
        var builder = Construction(scored, names: names)
        builder.addColumns()
        builder.addEffectRows()
        builder.addPoolRows()
        builder.addPresenceRows()
        builder.addArmedRows()
        builder.addDurationRows()
        builder.addPeriodArmedRows()
        builder.addCommitmentConflictRows()
        return builder.model
    }
}

/// The model under construction: the MILP and the maps from columns and rows back to areas,
/// periods and forces (``PatrolModel``'s layouts).
struct Construction {
    let scored: ScoredScenario
    let scenario: Scenario
    let forces: [Force]
    let policy: Policy
    /// Forces, areas, periods and area-periods (`p = t × A + a`).
    let F: Int, A: Int, T: Int, P: Int
    /// Armed presence is possible anywhere at all under the policy.
    let armedPossible: Bool
    /// Readable column and row names, recorded only when the MILP records names.
    let name: ModelNames

    var milp = MILP()
    /// Unit column of force `k` at `p` at `p × F + k`, or −1.
    var unitColumn: [Int32]
    /// Its upper bound in units.
    var unitUpper: [Int]
    /// Armed indicator `y_p`, or −1.
    var indicatorColumn: [Int32]
    /// The big-M of `p`'s armed rows: the most armed officers its columns can hold.
    var armedLimit: [Int]
    /// First effect-curve segment column at `p × 3 + c`, or −1, and how many.
    var segmentStart: [Int32]
    var segmentCount: [UInt8]
    /// Pool row of force `k` in period `t` at `t × F + k`, or −1 when it cannot bind.
    var poolRow: [Int32]
    /// Area-period-forces whose commitment (§4.12) exceeds what the column may hold under the
    /// pool, capacity, assessment cap or local share: the model is infeasible.
    var infeasibleCommitments: [(area: Int, period: Int, force: Int)] = []

    init(_ scored: ScoredScenario, names: Bool) {
        self.scored = scored
        name = ModelNames(scored.scenario)
        milp.recordsNames = names
        scenario = scored.scenario
        forces = scenario.forces
        policy = scenario.policy
        F = forces.count
        A = scored.areaCount
        T = scored.periodCount
        P = A * T
        armedPossible = policy.armedMaxShare > 0 && policy.armedMaxShareOverall > 0
            && policy.armedMaxAreasPerPeriod != 0 && policy.armedMaxPeriodsPerArea != 0
        unitColumn = [Int32](repeating: -1, count: P * F)
        unitUpper = [Int](repeating: 0, count: P * F)
        indicatorColumn = [Int32](repeating: -1, count: P)
        armedLimit = [Int](repeating: 0, count: P)
        segmentStart = [Int32](repeating: -1, count: P * 3)
        segmentCount = [UInt8](repeating: 0, count: P * 3)
        poolRow = [Int32](repeating: -1, count: T * F)
    }

    var model: PatrolModel {
        PatrolModel(
            milp: milp, forceCount: F, unitColumn: unitColumn, unitUpper: unitUpper,
            indicatorColumn: indicatorColumn, armedLimit: armedLimit, segmentStart: segmentStart,
            segmentCount: segmentCount, poolRow: poolRow)
    }

    /// The unit column of force `k` at `p`, if it exists.
    func units(_ p: Int, _ k: Int) -> Int? {
        let j = unitColumn[p * F + k]
        return j < 0 ? nil : Int(j)
    }

    /// §3's columns, area-period by area-period: units (§4.2), the armed indicator (§4.7) and
    /// the effect-curve segments (§2).
    mutating func addColumns() {
        for t in 0..<T {
            for a in 0..<A {
                addUnitColumns(area: a, period: t)
                addSegmentColumns(area: a, period: t)
            }
        }
    }

    /// §4.2 units `n_{p,k}`, created only where one unit fits under the pool (§4.1), capacity
    /// (§4.3) and, for armed forces, eligibility (§4.5), the CIA cap (§4.6), the local share
    /// (§4.10) and what is worth placing; then `y_p` (§4.7) with the tightest valid big-M.
    mutating func addUnitColumns(area a: Int, period t: Int) {
        let p = t * A + a
        let capacity = scored.capacity[p]
        let basis = armedPossible ? scored.armedBasis[p] : nil
        // The most armed officers allowed here: CIA cap, capacity, armed pools (§4.6, 4.3, 4.1).
        var armedPool = 0
        for (k, force) in forces.enumerated() where force.armed {
            armedPool = saturatingAdd(armedPool, scored.available[t][k] / force.unit * force.unit)
        }
        var limit = basis == nil ? 0 : armedPool
        if let cap = basis?.maxArmed { limit = min(limit, cap) }
        if let cap = capacity { limit = min(limit, cap) }
        if basis != nil { limit = min(limit, ArmedBound.localShareOfficers(scored, area: a, period: t)) }
        armedLimit[p] = limit

        let penalty = Figures.impactPerArmedOfficer(scored, area: a, period: t)
        for (k, force) in forces.enumerated() {
            // §4.12: committed officers are a lower bound on the column.
            let committedUnits = scored.committed[p * F + k] / force.unit
            var officers = scored.available[t][k]
            if let cap = capacity { officers = min(officers, cap) }
            if force.armed {
                let useful = ArmedBound.usefulOfficers(scored, area: a, period: t, force: k)
                officers = min(officers, limit, max(useful, committedUnits * force.unit))
            }
            let units = officers / force.unit
            if committedUnits > units { infeasibleCommitments.append((a, t, k)) }
            guard units > 0 else { continue }
            unitUpper[p * F + k] = units
            let objective = force.armed ? -penalty * Double(force.unit) : 0
            unitColumn[p * F + k] = Int32(milp.addColumn(
                .init(lower: Double(min(committedUnits, units)), upper: Double(units), kind: .integer, objective: objective),
                name: name.column("n", area: a, period: t, force: k)))
        }
        // Tight big-M: the most armed officers the unit columns can actually hold.
        var armedReach = 0
        for (k, force) in forces.enumerated() where force.armed {
            armedReach = saturatingAdd(armedReach, unitUpper[p * F + k] * force.unit)
        }
        armedLimit[p] = min(limit, armedReach)
        if armedLimit[p] > 0 {
            indicatorColumn[p] = Int32(milp.addColumn(
                .init(lower: 0, upper: 1, kind: .binary, objective: 0), name: name.column("y", area: a, period: t)))
        }
    }

    /// §2–3 effect-curve segments `s_{p,c,j}` with objective `hours × R × slope_j`, only up to
    /// the most effective presence the unit columns can reach.
    mutating func addSegmentColumns(area a: Int, period t: Int) {
        let p = t * A + a
        let hours = scenario.periods[t].hours
        let h = scored.presenceScale[p]
        for category in Category.allCases {
            let c = category.index
            let r = scored.risk[p * 3 + c]
            guard r > 0, h > 0 else { continue }
            var reach = 0.0
            for (k, force) in forces.enumerated() where unitColumn[p * F + k] >= 0 {
                reach += force.effectiveness(category) * Double(force.unit * unitUpper[p * F + k])
            }
            guard reach > 0 else { continue }
            var start = 0.0
            for j in 0..<EffectCurve.segmentCount where start < reach {
                let width = min(EffectCurve.segmentWidth(j, scale: h), reach - start)
                let slope = EffectCurve.segmentSlope(j, scale: h)
                let column = milp.addColumn(
                    .init(lower: 0, upper: width, kind: .continuous, objective: hours * r * slope),
                    name: name.column("s", area: a, period: t, category: category, segment: j))
                if segmentStart[p * 3 + c] < 0 { segmentStart[p * 3 + c] = Int32(column) }
                segmentCount[p * 3 + c] += 1
                start += EffectCurve.segmentWidth(j, scale: h)
            }
        }
    }
}
