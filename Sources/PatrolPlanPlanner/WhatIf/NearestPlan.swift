internal import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import _PatrolPlanJSON
internal import PatrolPlanModel
internal import PatrolPlanScenario

extension Planner {
    /// The plan for `scored` that moves the fewest officers from `base` among those worth at
    /// least as much as `variant` allows within the gap: a lexicographic second solve.
    ///
    /// `variant` is a plan for `scored` with its proven bound. Among allocations whose value is
    /// at least `min(variant.value, bound − gap × max(1, |bound|))` — still optimal within the
    /// requested gap — the solver minimises the officers changed from `base`,
    /// `Σ_{a,t,k} unit_k × |x_{a,t,k} − base_{a,t,k}|` (in units `x`, linearised with one
    /// deviation column and two rows per unit column), and among equal moves prefers the better
    /// value. Its first incumbent is the nearer of `variant` and a greedy path from `base`
    /// towards `variant` (``nearestByGreedy``). So a comparison lists only the changes
    /// the variant needs, not reshuffles between near-equal plans. The search starts from
    /// `variant` (feasible by construction); the bound stays `variant`'s, which the extra rows
    /// cannot raise.
    public func planNear(
        _ scored: ScoredScenario, base: Plan, variant: Plan, scenarioSHA256: String, warnings: [Diagnostic] = []
    ) throws(PlanningError) -> Plan {
        let model = ModelBuilder.build(scored)
        let forces = scored.scenario.forces
        let F = forces.count
        let baseUnits = UnitAllocation(plan: base, scored: scored).units
        let variantUnits = UnitAllocation(plan: variant, scored: scored).units
        let bound = variant.objective.bound
        let floor = min(variant.objective.value, bound - options.gap * max(1, abs(bound)))
        var milp = model.milp
        let objective = milp.columns.indices.compactMap { j -> (column: Int, value: Double)? in
            milp.columns[j].objective == 0 ? nil : (j, milp.columns[j].objective)
        }
        // The solver's feasibility tolerance, so that the variant itself always qualifies.
        milp.addRow(lower: floor - 1e-7 * max(1, abs(floor)), upper: .infinity, objective)
        // Ties in officers moved go to the better value: its weight is small enough that the
        // whole range of values allowed, bound − floor, is worth less than one officer.
        let tieBreak = 0.5 / max(1e-9, max(bound, variant.objective.value) - floor)
        for j in milp.columns.indices { milp.setObjective(-tieBreak * milp.columns[j].objective, ofColumn: j) }
        milp.maximize = false
        let greedy = Self.nearestByGreedy(
            base: baseUnits, variant: variantUnits, floor: floor, model: model, scored: scored)
        func moves(_ units: [Int]) -> Int {
            units.indices.reduce(0) { $0 + forces[$1 % F].unit * abs(units[$1] - baseUnits[$1]) }
        }
        let nearest = greedy.map { moves($0) < moves(variantUnits) ? $0 : variantUnits } ?? variantUnits
        var start = model.columnValues(nearest, scored: scored)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            for k in 0..<F {
                guard let column = model.unitColumn(p, force: k) else { continue }
                let b = Double(baseUnits[p * F + k])
                let d = milp.addColumn(MILP.Column(lower: 0, upper: .infinity, kind: .continuous, objective: Double(forces[k].unit)))
                milp.addRow(lower: -b, upper: .infinity, [(d, 1), (column, -1)])
                milp.addRow(lower: b, upper: .infinity, [(d, 1), (column, 1)])
                start.append(abs(start[column] - b))
            }
        }
        let result: SolverResult
        // The greedy path already moves no officer: nothing is nearer.
        if moves(nearest) == 0 {
            result = SolverResult(
                termination: .optimal, values: nil, objective: nil, bound: nil, nodes: 0, seconds: 0,
                incumbentAccepted: false, duals: [], message: nil)
        } else {
            do {
                // The moves are whole officers and the tie-break is below one: stop only when the
                // nearest plan is proven (or at the node or time limit).
                var parameters = options.parameters
                parameters.gap = 1e-9
                result = try solver.solve(milp, parameters: parameters, incumbent: start, duals: nil)
            } catch {
                throw .solver(error)
            }
        }
        // Keep the start when the search found nothing nearer (or nothing at all).
        var values = start
        if let found = result.values, let moved = result.objective, moved < milp.objectiveValue(start),
            milp.maxViolation(found) <= 1e-6
        {
            values = found
        }
        // Alike forces (same armed flag, unit and effectiveness) are interchangeable: split each
        // area's officers of them as the base plan does wherever the pools allow.
        let found = UnitAllocation(columnValues: Array(values.prefix(model.milp.columns.count)), model: model, scored: scored)
        let realigned = Self.realignAlikeForces(found.units, base: baseUnits, model: model, scored: scored)
        let realignedValues = model.columnValues(realigned, scored: scored)
        let keepRealigned = moves(realigned) < moves(found.units) && model.milp.maxViolation(realignedValues) <= 1e-6
            && abs(model.milp.objectiveValue(realignedValues) - model.milp.objectiveValue(Array(values.prefix(model.milp.columns.count))))
                <= 1e-9 * max(1, abs(floor))
        let allocation = keepRealigned ? UnitAllocation(columnValues: realignedValues, model: model, scored: scored) : found
        let figures = PlanFigures(allocation, scored: scored)
        let status: PlanStatus = relativeGap(value: figures.value, bound: max(bound, figures.value)) <= options.gap * (1 + 1e-9)
            ? .optimal : .feasible
        let plan = PlanAssembler(scored: scored, model: model).plan(
            allocation: allocation, figures: figures, status: status, bound: max(bound, figures.value),
            lagrangianBound: variant.solver.boundSource == "lagrangian", result: result, solver: solver, options: options,
            duals: nil, scenarioSHA256: scenarioSHA256, warnings: warnings)
        let violations = PlanVerifier.verify(plan, against: scored)
        guard violations.isEmpty else { throw .verificationFailed(violations) }
        return plan
    }

    /// `units` with each period's officers of alike forces (same armed flag, unit and
    /// effectiveness: the model cannot tell them apart but by their pools) split between them in
    /// each area as in `base` where the pools, commitments and columns allow, the area's total of
    /// them unchanged. Every rule and the value are unchanged; only the officers moved from
    /// `base` can fall. A class of forces is left as it is in a period where the split does not
    /// fit. Linear in area-periods × forces.
    static func realignAlikeForces(_ units: [Int], base: [Int], model: PatrolModel, scored: ScoredScenario) -> [Int] {
        let forces = scored.scenario.forces
        let F = forces.count
        let A = scored.areaCount
        var classes: [[Int]] = []
        for k in 0..<F {
            if let c = classes.firstIndex(where: { forces[$0[0]].armed == forces[k].armed && forces[$0[0]].unit == forces[k].unit
                && forces[$0[0]].effectiveness == forces[k].effectiveness })
            {
                classes[c].append(k)
            } else {
                classes.append([k])
            }
        }
        var result = units
        for t in 0..<scored.periodCount {
            for members in classes where members.count > 1 {
                var pool = members.map { scored.available[t][$0] / forces[$0].unit }
                var split = [Int](repeating: 0, count: A * members.count)
                var fits = true
                // Commitments first, then the base plan's split, then whatever is left.
                for pass in 0..<3 where fits {
                    for a in 0..<A where fits {
                        let p = t * A + a
                        let total = members.reduce(0) { $0 + units[p * F + $1] }
                        var placed = (0..<members.count).reduce(0) { $0 + split[a * members.count + $1] }
                        for (i, k) in members.enumerated() where placed < total || pass == 0 {
                            let upper = model.unitColumn(p, force: k) == nil ? 0 : model.unitUpper[p * F + k]
                            let want: Int
                            switch pass {
                            case 0: want = scored.committed[p * F + k] / forces[k].unit
                            case 1: want = base[p * F + k]
                            default: want = upper
                            }
                            let add = max(0, min(want - split[a * members.count + i], total - placed, pool[i], upper - split[a * members.count + i]))
                            split[a * members.count + i] += add
                            pool[i] -= add
                            placed += add
                        }
                        if pass == 2, placed != total { fits = false }
                        if pass == 0, placed > total { fits = false }
                    }
                }
                guard fits else { continue }
                for a in 0..<A {
                    for (i, k) in members.enumerated() { result[(t * A + a) * F + k] = split[a * members.count + i] }
                }
            }
        }
        return result
    }

    /// A plan for the variant near `base`: starting from `base` (feasible for the variant when
    /// the variant only adds officers), adopt the variant's officers step by step — one
    /// area-period, or one period's changed area-periods together (a reshuffle within a period's
    /// pool) — each time the step that gains most value per officer moved and keeps every rule,
    /// until the value reaches `floor`. `nil` when it does not get there, or when the plans
    /// differ in more area-periods than a greedy pass can afford to try.
    static func nearestByGreedy(
        base: [Int], variant: [Int], floor: Double, model: PatrolModel, scored: ScoredScenario
    ) -> [Int]? {
        let forces = scored.scenario.forces
        let F = forces.count
        let count = scored.areaCount * scored.periodCount
        let differing = (0..<count).filter { p in (0..<F).contains { base[p * F + $0] != variant[p * F + $0] } }
        guard differing.count <= 400 else { return nil }
        // Steps: each differing area-period, and each period's differing area-periods together.
        var steps: [[Int]] = differing.map { [$0] }
        var byPeriod: [Int: [Int]] = [:]
        for p in differing { byPeriod[p / scored.areaCount, default: []].append(p) }
        steps += byPeriod.keys.sorted().compactMap { byPeriod[$0].flatMap { $0.count > 1 ? $0 : nil } }
        func evaluate(_ units: [Int]) -> Double? {
            let x = model.columnValues(units, scored: scored)
            return model.milp.maxViolation(x) <= 1e-6 ? model.milp.objectiveValue(x) : nil
        }
        var current = base
        var adopted = Set<Int>()
        guard var value = evaluate(current) else { return nil }
        while value < floor {
            var best: (units: [Int], step: [Int], value: Double, score: Double)?
            for step in steps where step.contains(where: { !adopted.contains($0) }) {
                var trial = current
                var moved = 0
                for p in step where !adopted.contains(p) {
                    for k in 0..<F {
                        trial[p * F + k] = variant[p * F + k]
                        moved += forces[k].unit * abs(variant[p * F + k] - base[p * F + k])
                    }
                }
                guard let v = evaluate(trial), v > value else { continue }
                let score = (v - value) / Double(max(1, moved))
                if score > best?.score ?? 0 { best = (trial, step, v, score) }
            }
            guard let best else { return nil }
            current = best.units
            value = best.value
            adopted.formUnion(best.step)
        }
        return current
    }
}
