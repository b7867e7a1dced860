/// Builds ``PatrolModel`` from a ``ScoredScenario`` (model.md §3–4).
public enum ModelBuilder {
    /// Builds the model. Linear in area-periods × forces plus the armed windows. `names`: give
    /// columns and rows readable names (area, period, force; ``ModelNames``) for export.
    public static func build(_ scored: ScoredScenario, names: Bool = false) -> PatrolModel {
        let scenario = scored.scenario
        let forces = scenario.forces
        let policy = scenario.policy
        let F = forces.count
        let A = scored.areaCount
        let T = scored.periodCount
        let P = A * T
        let armedPossible = policy.armedMaxShare > 0 && policy.armedMaxShareOverall > 0
            && policy.armedMaxAreasPerPeriod != 0 && policy.armedMaxPeriodsPerArea != 0

        var milp = MILP()
        milp.recordsNames = names
        let name = ModelNames(scenario)
        var unitColumn = [Int32](repeating: -1, count: P * F)
        var unitUpper = [Int](repeating: 0, count: P * F)
        var indicatorColumn = [Int32](repeating: -1, count: P)
        var armedLimit = [Int](repeating: 0, count: P)
        var segmentStart = [Int32](repeating: -1, count: P * 3)
        var segmentCount = [UInt8](repeating: 0, count: P * 3)

        // Columns, area-period by area-period.
        for t in 0..<T {
            let hours = scenario.periods[t].hours
            for a in 0..<A {
                let p = t * A + a
                let area = scenario.areas[a]
                let basis = armedPossible ? scored.armedBasis[p] : nil
                // The most armed officers allowed here: CIA cap, capacity, armed pools (§4.6, 4.3, 4.1).
                var armedPool = 0
                for (k, force) in forces.enumerated() where force.armed {
                    armedPool = saturatingAdd(armedPool, scored.available[t][k] / force.unit * force.unit)
                }
                var limit = basis == nil ? 0 : armedPool
                if let cap = basis?.maxArmed { limit = min(limit, cap) }
                if let cap = area.maxOfficers { limit = min(limit, cap) }
                if basis != nil { limit = min(limit, ArmedBound.localShareOfficers(scored, area: a, period: t)) }
                armedLimit[p] = limit

                let penalty = Figures.impactPerArmedOfficer(scored, area: a, period: t)
                if basis != nil { limit = min(limit, ArmedBound.localShareOfficers(scored, area: a, period: t)) }
                for (k, force) in forces.enumerated() {
                    var officers = scored.available[t][k]
                    if let cap = area.maxOfficers { officers = min(officers, cap) }
                    if force.armed {
                        officers = min(officers, limit, ArmedBound.usefulOfficers(scored, area: a, period: t, force: k))
                    }
                    let units = officers / force.unit
                    guard units > 0 else { continue }
                    unitUpper[p * F + k] = units
                    let objective = force.armed ? -penalty * Double(force.unit) : 0
                    unitColumn[p * F + k] = Int32(milp.addColumn(
                        .init(lower: 0, upper: Double(units), kind: .integer, objective: objective),
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
                // Effect curve segments, only up to the most effective presence reachable.
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

        func units(_ p: Int, _ k: Int) -> Int? {
            let j = unitColumn[p * F + k]
            return j < 0 ? nil : Int(j)
        }

        // Effect rows: Σ_j s_j ≤ Σ_k eff_{k,c} × unit_k × n_k.
        for p in 0..<P {
            for category in Category.allCases {
                let c = category.index
                let first = Int(segmentStart[p * 3 + c])
                guard first >= 0 else { continue }
                var entries: [(column: Int, value: Double)] = []
                for j in 0..<Int(segmentCount[p * 3 + c]) {
                    entries.append((first + j, 1))
                }
                for (k, force) in forces.enumerated() {
                    if let column = units(p, k) {
                        entries.append((column, -force.effectiveness(category) * Double(force.unit)))
                    }
                }
                milp.addRow(upper: 0, entries, name: name.row("effect", area: p % A, period: p / A, category: category))
            }
        }

        // Pool (§4.1): Σ_a unit_k × n_{a,t,k} ≤ available_{t,k}.
        var poolRow = [Int32](repeating: -1, count: T * F)
        for t in 0..<T {
            for (k, force) in forces.enumerated() {
                var entries: [(column: Int, value: Double)] = []
                var most = 0
                for a in 0..<A {
                    if let column = units(t * A + a, k) {
                        entries.append((column, Double(force.unit)))
                        most = saturatingAdd(most, unitUpper[(t * A + a) * F + k] * force.unit)
                    }
                }
                guard !entries.isEmpty, most > scored.available[t][k] else { continue }
                poolRow[t * F + k] = Int32(milp.addRow(
                    upper: Double(scored.available[t][k]), entries, name: name.row("pool", period: t, force: k)))
            }
        }

        // Capacity and minimum presence (§4.3, 4.4): minOfficers ≤ Σ_k x ≤ maxOfficers.
        for t in 0..<T {
            for a in 0..<A {
                let p = t * A + a
                let area = scenario.areas[a]
                var entries: [(column: Int, value: Double)] = []
                var most = 0
                for (k, force) in forces.enumerated() {
                    if let column = units(p, k) {
                        entries.append((column, Double(force.unit)))
                        most = saturatingAdd(most, unitUpper[p * F + k] * force.unit)
                    }
                }
                let needsUpper = area.maxOfficers.map { most > $0 } ?? false
                let needsLower = area.minOfficers > 0
                guard needsUpper || needsLower else { continue }
                milp.addRow(
                    lower: needsLower ? Double(area.minOfficers) : -.infinity,
                    upper: needsUpper ? Double(area.maxOfficers ?? 0) : .infinity,
                    entries, name: name.row("presence", area: a, period: t))
            }
        }

        // Armed rows (§4.6, 4.7, 4.10) per area-period.
        for p in 0..<P {
            let y = Int(indicatorColumn[p])
            guard y >= 0 else { continue }
            var armed: [(column: Int, value: Double)] = []
            var unarmed: [(column: Int, value: Double)] = []
            for (k, force) in forces.enumerated() {
                guard let column = units(p, k) else { continue }
                if force.armed {
                    armed.append((column, Double(force.unit)))
                } else {
                    unarmed.append((column, Double(force.unit)))
                }
            }
            // y ≤ armed ≤ M y; M folds in the CIA cap (§4.6).
            milp.addRow(upper: 0, armed + [(y, -Double(armedLimit[p]))], name: name.row("armed_most", area: p % A, period: p / A))
            milp.addRow(lower: 0, armed + [(y, -1)], name: name.row("armed_least", area: p % A, period: p / A))
            // armed ≤ share × (armed + unarmed)  ⇔  (1 − share) armed − share × unarmed ≤ 0.
            let share = policy.armedMaxShare
            if share < 1 {
                milp.addRow(
                    upper: 0,
                    armed.map { ($0.column, $0.value * (1 - share)) } + unarmed.map { ($0.column, -$0.value * share) },
                    name: name.row("local_share", area: p % A, period: p / A))
            }
        }

        // Limited duration (§4.8).
        for a in 0..<A {
            let ys = (0..<T).map { Int(indicatorColumn[$0 * A + a]) }
            if let run = policy.armedMaxConsecutivePeriods, run < T {
                for start in 0...(T - run - 1) {
                    let window = ys[start...(start + run)].filter { $0 >= 0 }
                    if window.count > run {
                        milp.addRow(upper: Double(run), window.map { ($0, 1.0) }, name: name.row("run", area: a, period: start))
                    }
                }
            }
            if let most = policy.armedMaxPeriodsPerArea {
                let present = ys.filter { $0 >= 0 }
                if present.count > most {
                    milp.addRow(upper: Double(most), present.map { ($0, 1.0) }, name: name.row("armed_periods", area: a))
                }
            }
        }

        // Simultaneous armed areas (§4.9) and the overall armed share (§4.11), per period.
        for t in 0..<T {
            let ys = (0..<A).map { Int(indicatorColumn[t * A + $0]) }.filter { $0 >= 0 }
            guard !ys.isEmpty else { continue }
            if let most = policy.armedMaxAreasPerPeriod, ys.count > most {
                milp.addRow(upper: Double(most), ys.map { ($0, 1.0) }, name: name.row("armed_areas", period: t))
            }
            let share = policy.armedMaxShareOverall
            guard share < 1 else { continue }
            var entries: [(column: Int, value: Double)] = []
            for a in 0..<A {
                for (k, force) in forces.enumerated() {
                    guard let column = units(t * A + a, k) else { continue }
                    let officers = Double(force.unit)
                    entries.append((column, force.armed ? officers * (1 - share) : -officers * share))
                }
            }
            milp.addRow(upper: 0, entries, name: name.row("overall_share", period: t))
        }

        return PatrolModel(
            milp: milp, forceCount: F, unitColumn: unitColumn, unitUpper: unitUpper,
            indicatorColumn: indicatorColumn, armedLimit: armedLimit, segmentStart: segmentStart,
            segmentCount: segmentCount, poolRow: poolRow)
    }
}

/// `a + b`, or `Int.max` on overflow.
func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}
