internal import _PatrolPlanNumerics
internal import PatrolPlanScoring
internal import PatrolPlanScenario
internal import PatrolPlanMILP

/// The rows of model.md §2 and §4, one method per section.
extension Construction {
    /// §2 effect rows: `Σ_j s_j ≤ Σ_k eff_{k,c} × unit_k × n_k` for each area-period and
    /// category with segments.
    mutating func addEffectRows() {
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
    }

    /// §4.1 pools: `Σ_a unit_k × n_{a,t,k} ≤ available_{t,k}`, only where the columns could
    /// exceed it.
    mutating func addPoolRows() {
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
    }

    /// §4.3 capacity and §4.4 minimum presence: `minOfficers ≤ Σ_k x ≤ maxOfficers`.
    mutating func addPresenceRows() {
        for t in 0..<T {
            for a in 0..<A {
                let p = t * A + a
                let minimum = scored.minimum[p]
                let capacity = scored.capacity[p]
                var entries: [(column: Int, value: Double)] = []
                var most = 0
                for (k, force) in forces.enumerated() {
                    if let column = units(p, k) {
                        entries.append((column, Double(force.unit)))
                        most = saturatingAdd(most, unitUpper[p * F + k] * force.unit)
                    }
                }
                let needsUpper = capacity.map { most > $0 } ?? false
                let needsLower = minimum > 0
                guard needsUpper || needsLower else { continue }
                milp.addRow(
                    lower: needsLower ? Double(minimum) : -.infinity,
                    upper: needsUpper ? Double(capacity ?? 0) : .infinity,
                    entries, name: name.row("presence", area: a, period: t))
            }
        }
    }

    /// §4.6–4.7 the armed indicator `y ≤ armed ≤ M y` (M folds in the CIA cap) and §4.10 the
    /// local share, per area-period with an indicator.
    mutating func addArmedRows() {
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
    }

    /// §4.8 limited duration: every window of `armedMaxConsecutivePeriods + 1` periods, and
    /// `armedMaxPeriodsPerArea` in all, per area.
    mutating func addDurationRows() {
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
    }

    /// §4.9 simultaneous armed areas and §4.11 the overall armed share, per period.
    mutating func addPeriodArmedRows() {
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
    }

    /// §4.12: a commitment larger than its column may hold (the pool, capacity, assessment cap
    /// or local share leave less room) makes the model infeasible; an empty row `0 ≥ 1` per such
    /// commitment says so to any solver, and names the place in exports.
    mutating func addCommitmentConflictRows() {
        for conflict in infeasibleCommitments {
            milp.addRow(
                lower: 1, upper: .infinity, [],
                name: name.row("commitment", area: conflict.area, period: conflict.period))
        }
    }
}
