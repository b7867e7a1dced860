internal import PatrolPlanScenario
public import PatrolPlanMILP
public import PatrolPlanResults
public import PatrolPlanScoring
public import PatrolPlanModel

extension RosterSet {
    /// Draws the rosters for `plan`, a plan of `scored` (from ``Planner``).
    public static func draw(
        _ scored: ScoredScenario, plan: Plan, request: RosterRequest, solver: any MILPSolver
    ) throws(RosterError) -> RosterSet {
        let forces = scored.scenario.forces
        let known = forces.map(\.id)
        guard !request.forces.isEmpty else { throw .invalidRequest("give at least one force to randomise (--force)") }
        for id in request.forces where !known.contains(id) {
            throw .unknownForce(id, known: known)
        }
        guard request.days >= 1, request.firstDay >= 1, request.firstDay <= Int.max - request.days else {
            throw .invalidRequest("--days and --first-day must be at least 1")
        }
        guard request.calibrationDraws >= 1, request.maxRedraws >= 0 else {
            throw .invalidRequest("--calibration-draws must be at least 1")
        }
        let chosenFlags = forces.map { request.forces.contains($0.id) }
        let chosen = forces.indices.filter { chosenFlags[$0] }
        let planUnits = UnitAllocation(plan: plan, scored: scored)
        let model = ModelBuilder.build(scored)
        let relaxation = RestrictedRelaxation(scored: scored, model: model, plan: planUnits, chosen: chosenFlags)
        let targets = try RosterTargets.compute(
            relaxation, plan: planUnits, planValue: plan.objective.value, solver: solver)
        let drawing = RosterDrawing(
            scored: scored, plan: plan, planUnits: planUnits, chosen: chosen, targets: targets, seed: request.seed,
            maxRedraws: request.maxRedraws, calibrationDraws: request.calibrationDraws)

        var search = SpreadSearch(drawing: drawing)
        let (thousandths, goalWarnings) = try search.choose(request.goal)
        let target = search.target(thousandths)
        var rosters: [DrawnRoster] = []
        for day in request.firstDay..<(request.firstDay + request.days) {
            rosters.append(try drawing.day(day, target: target))
        }
        let expected = try search.expectedValue(thousandths)
        let values = rosters.map(\.value)
        let cost = RandomisingCost(
            planValue: plan.objective.value, relaxationValue: targets.relaxationValue, expectedValue: expected.value,
            calibrationDraws: request.calibrationDraws, meanValue: values.reduce(0, +) / Double(values.count),
            minValue: values.min() ?? 0, maxValue: values.max() ?? 0)
        var warnings = goalWarnings
        let redraws = rosters.reduce(expected.redraws) { $0 + $1.redraws }
        if redraws > 0 {
            warnings.append(
                "\(redraws) periods were drawn again after failing verify, so the rosters' means differ from the target; "
                    + "randomise an armed force on its own, or unarmed forces of unit 1 together, to avoid this (docs/rosters.md)")
        }
        if target.isIntegral {
            warnings.append(
                "the target is whole numbers: every roster is the same; --spread, --min-entropy or --max-cost randomise it")
        }
        return RosterSet(
            plan: plan, planUnits: planUnits, forces: chosen.map { forces[$0].id }, targets: targets, goal: request.goal,
            spread: Double(thousandths) / 1000, target: target, rosters: rosters, cost: cost,
            unpredictability: Unpredictability(
                target: target, rosters: rosters.map(\.allocation), chosen: chosen, scored: scored),
            tradeOff: try search.tradeOff(including: thousandths), calibrationRedraws: expected.redraws,
            warnings: warnings)
    }
}
