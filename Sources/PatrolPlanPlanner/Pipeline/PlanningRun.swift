internal import Foundation
internal import PatrolPlanMILP
internal import PatrolPlanResults
internal import PatrolPlanScoring
internal import _PatrolPlanJSON
internal import PatrolPlanModel

/// One run of ``Planner/plan(_:scenarioSHA256:warnings:start:)``, as named stages that share
/// the model, the incumbent, the time budget and the timings:
///
/// 1. build the model (`init`);
/// 2. ``findIncumbent(start:)``: the greedy heuristic, and a neighbouring solve's plan;
/// 3. ``boundFirst()``: on large models, the Lagrangian bound before any LP;
/// 3a. ``generateColumns()``: on large models, column generation from the bound's multipliers,
///    for the Lagrangian dual and plans made of its master's solutions;
/// 4. ``relaxAndFix()``: a second heuristic that uses the solver;
/// 4a. ``solveByPeriod()``: a bound and a plan period by period (``PeriodImprovement``);
/// 5. ``search()``: branch and cut from the incumbent, unless a bound already proves it;
/// 6. ``assemble(_:scenarioSHA256:warnings:)``: figures recomputed and checked, the bound
///    tightened, the plan@1 value assembled and verified independently.
///
/// Every stage stops early when interrupted or past the time budget, keeping the best plan.
struct PlanningRun {
    let planner: Planner
    let scored: ScoredScenario
    let budget: TimeBudget
    let model: PatrolModel
    var progress: StageProgress
    var timings = Timings()
    private var lapStarted: ContinuousClock.Instant
    var incumbents = IncumbentPool()
    /// The incumbent came from the neighbouring solve, which then stands in for relax-and-fix.
    var startedFromNeighbour = false
    /// The Lagrangian bound found before the search, with its multipliers.
    var earlyBound: (bound: Double, multipliers: LagrangianBound.Multipliers)?
    /// The bound of the period-by-period stage (``solveByPeriod()``), when it ran, and its nodes.
    var periodBound: Double?
    var periodNodes = 0
    /// The subgradient's subproblem choices of its last ``stepsKeptForColumns`` steps, when
    /// column generation follows: they start its master.
    var subgradientChoices: [(area: Int, choice: LagrangianBound.AreaChoice)] = []
    static let stepsKeptForColumns = 10
    /// Marginal values to read after the search (model.md §5), if asked for.
    let dualRequest: DualRequest?

    var options: PlannerOptions { planner.options }

    /// Stage 1: builds the model (model.md §3–4) and starts the clock.
    init(planner: Planner, scored: ScoredScenario) {
        self.planner = planner
        self.scored = scored
        budget = TimeBudget(timeLimit: planner.options.timeLimit, ceilingSeconds: planner.options.work.ceilingSeconds)
        lapStarted = budget.started
        progress = StageProgress(display: planner.options.progress, started: budget.started)
        progress.show("model", force: true)
        model = ModelBuilder.build(scored)
        dualRequest = planner.options.marginalValues ? Planner.dualRequest(model) : nil
        lap(\.build)
    }

    /// Beyond the GLPK budget (``WorkBudget/glpkColumns``) the plan is the heuristic's, with
    /// the Lagrangian bound.
    var beyondGLPK: Bool { model.milp.columns.count > options.work.glpkColumns }

    /// GLPK's estimated load-and-presolve time for this model, in seconds.
    var glpkSetup: Double { Double(model.milp.columns.count) * Planner.glpkSetupSecondsPerColumn }

    /// Whether the user asked to stop (Ctrl-C), when stopping on interrupt.
    var interrupted: Bool { options.stopOnInterrupt && planner.interrupter.isRequested }

    /// Asked by the heuristic and the bound between steps: interrupted, or past the budget.
    var stopCheck: () -> Bool {
        let budget = budget
        let interrupter = planner.interrupter
        let interruptible = options.stopOnInterrupt
        return { (interruptible && interrupter.isRequested) || budget.isPast }
    }

    /// Adds the time since the last lap to `stage`.
    mutating func lap(_ stage: WritableKeyPath<Timings, Double>) {
        let now = budget.clock.now
        timings[keyPath: stage] += (now - lapStarted) / .seconds(1)
        lapStarted = now
    }

    /// The parameters of the next solver call: its share of the time left, its progress label.
    mutating func stageParameters(_ label: String, share: Double) -> SolveParameters {
        var stage = budget.parameters(options.parameters, share: share)
        stage.progress?.label = label
        stage.progress?.offsetSeconds = budget.elapsed
        stage.purpose = label
        progress.clear()
        return stage
    }

    /// Stage 2: the greedy heuristic's plan and, when given, a neighbouring solve's allocation
    /// (e.g. the previous point of a sweep), whichever is better and feasible. A greedy plan may
    /// miss a minimum; the search then starts without it.
    mutating func findIncumbent(start: UnitAllocation?) {
        progress.show("heuristic", force: true)
        var heuristic = GreedyHeuristic(scored: scored, model: model)
        heuristic.stop = stopCheck
        // With column generation to follow, one greedy pass: its plans replace the pattern rounds.
        let greedyUnits = heuristic.run(patternRounds: generatesColumns ? 0 : 3)
        incumbents.offer(model.columnValues(greedyUnits, scored: scored), in: model.milp)
        if let start, start.units.count == greedyUnits.count {
            startedFromNeighbour = incumbents.offer(model.columnValues(start.units, scored: scored), in: model.milp)
        }
        lap(\.heuristic)
    }

    /// Stage 3: on large models, the Lagrangian bound before GLPK. When it proves the gap for
    /// the incumbent, GLPK's LP relaxation (minutes at London scale) is not needed at all.
    mutating func boundFirst() {
        if options.lagrangianIterations > 0, model.milp.columns.count >= Planner.largeModelColumns,
            let x = incumbents.values, let value = incumbents.value
        {
            let units = UnitAllocation(columnValues: x, model: model, scored: scored).units
            // Column generation, when it follows, finishes the bound: the subgradient only finds
            // it a centre, and the patterns of its last steps, priced near that centre, keep the
            // master from starting degenerate at the plan alone.
            var recent: [Int: [(area: Int, choice: LagrangianBound.AreaChoice)]] = [:]
            let keep = generatesColumns ? Self.stepsKeptForColumns : 0
            earlyBound = lagrangianBound(
                from: units, target: value, deadline: budget.boundFirstDeadline(beyondGLPK: beyondGLPK),
                iterations: generatesColumns
                    ? min(options.lagrangianIterations, options.work.stepsBeforeColumns) : options.lagrangianIterations,
                collect: keep == 0 ? nil : { step, area, choice in
                    recent[step, default: []].append((area, choice))
                    recent[step - keep] = nil
                })
            subgradientChoices = recent.keys.sorted().flatMap { recent[$0]! }
        }
        lap(\.bound)
    }

    /// Column generation runs (``generateColumns()``): a large model, with the bound and the
    /// stage turned on.
    var generatesColumns: Bool {
        options.work.columnGenerationRounds > 0 && options.lagrangianIterations > 0
            && model.milp.columns.count >= Planner.largeModelColumns
    }

    /// Stage 3a: on large models, column generation (``ColumnGeneration``) from the
    /// subgradient's multipliers: the Lagrangian dual by the master LP, with a valid bound at
    /// every round, and a plan from every master solution (its heaviest pattern per area,
    /// repaired by ``GreedyHeuristic/repair(from:)``). Stops once the gap is proven.
    mutating func generateColumns() throws(PlanningError) {
        guard generatesColumns, !interrupted, !provenByLagrangian, let x = incumbents.values,
            let value = incumbents.value
        else { return }
        progress.show("columns 0/\(options.work.columnGenerationRounds)", force: true)
        let units = UnitAllocation(columnValues: x, model: model, scored: scored).units
        let generator = ColumnGeneration(
            scored: scored, model: model, solver: planner.solver, subproblemWork: options.work.subproblem)
        var limits = ColumnGeneration.Limits()
        limits.iterations = options.work.columnGenerationRounds
        limits.pricingWork = options.work.lagrangian
        limits.simplexIterations = options.work.masterSimplexIterations
        let deadline = budget.boundFirstDeadline(beyondGLPK: beyondGLPK)
        limits.deadline = deadline
        let stop = stopCheck
        let clock = budget.clock
        var progress = self.progress
        let rounds = options.work.columnGenerationRounds
        var incumbents = self.incumbents
        let scored = scored
        let model = model
        let outcome: ColumnGeneration.Outcome
        do {
            outcome = try generator.run(
                from: units, incumbent: value, start: earlyBound, seeds: subgradientChoices, gap: options.gap,
                limits: limits,
                stop: { stop() || clock.now >= deadline },
                progress: { round, bound, master in
                    progress.show(
                        "columns \(round)/\(rounds), bound \(String(format: "%.2f", bound))"
                            + (master.map { ", master LP \(String(format: "%.2f", $0))" } ?? ""))
                },
                round: { outcome in
                    // The master's solution, rounded and repaired, as a plan.
                    var greedy = GreedyHeuristic(scored: scored, model: model)
                    greedy.stop = stop
                    guard let repaired = greedy.repair(from: generator.rounded(outcome)) else { return nil }
                    let values = model.columnValues(repaired, scored: scored)
                    incumbents.offer(values, in: model.milp)
                    return incumbents.value
                })
        } catch {
            throw .solver(error)
        }
        self.incumbents = incumbents
        self.progress = progress
        if let bound = outcome.bound, let multipliers = outcome.multipliers, bound < earlyBound?.bound ?? .infinity {
            earlyBound = (bound, multipliers)
        }
        lap(\.bound)
    }

    /// The Lagrangian bound (``LagrangianBound``) started from `units`, aimed at `target`, until
    /// `deadline`, the work budget, an interruption or the gap; its steps shown as progress.
    mutating func lagrangianBound(
        from units: [Int], target: Double, deadline: ContinuousClock.Instant, iterations: Int? = nil,
        giveUpAbove: Double? = nil,
        collect: ((_ step: Int, _ area: Int, _ choice: LagrangianBound.AreaChoice) -> Void)? = nil
    ) -> (bound: Double, multipliers: LagrangianBound.Multipliers)? {
        let iterations = iterations ?? options.lagrangianIterations
        progress.show("bound 0/\(iterations)", force: true)
        var bounder = LagrangianBound(scored: scored, model: model)
        bounder.subproblemWork = options.work.subproblem
        var progress = self.progress
        defer { self.progress = progress }
        return bounder.search(
            start: bounder.start(from: units), target: target, iterations: iterations,
            gap: options.gap, deadline: deadline, work: options.work.lagrangian, stop: stopCheck,
            giveUpAbove: giveUpAbove, progress: { step, bound in
                progress.show("bound \(step)/\(iterations), best \(String(format: "%.2f", bound))")
            }, collect: collect)
    }

    /// The early bound proves the incumbent within the gap.
    var provenByLagrangian: Bool {
        guard let earlyBound, let value = incumbents.value else { return false }
        return relativeGap(value: value, bound: earlyBound.bound) <= options.gap
    }

    /// Stage 4: relax-and-fix, unless a neighbour's plan, the early bound, the GLPK budget, an
    /// interruption or the time left rule it out.
    mutating func relaxAndFix() throws(PlanningError) {
        if options.relaxAndFix && (!startedFromNeighbour || options.relaxAndFixAfterStart) && !provenByLagrangian && !beyondGLPK && !interrupted
            && budget.worthSolving(share: 0.125, setup: glpkSetup)
        {
            let fixer = RelaxAndFix(
                scored: scored, model: model, solver: planner.solver,
                options: stageParameters("relax-and-fix", share: 0.25), offersIncumbents: options.useHeuristic)
            do {
                if let x = try fixer.run(incumbent: incumbents.values) { incumbents.offer(x, in: model.milp) }
            } catch {
                throw .solver(error)
            }
        }
        lap(\.heuristic)
    }

    /// Stage 5: the search, or what stands in for it: the early bound's proof, or the
    /// incumbent alone when stopped, out of time or beyond the GLPK budget.
    mutating func search() throws(PlanningError) -> SolverResult {
        let result: SolverResult
        let interruptedBeforeSearch = interrupted
        if provenByPeriods, let periodBound {
            // No search: the plan of the period-by-period stage, proven by its bound. The
            // marginal values (model.md §5) are the pool rows' duals in the LP left when the
            // indicators are fixed at the plan's values, as after a search (Planner.dualRequest).
            var duals: [Double] = []
            var seconds = 0.0
            if let dualRequest, !beyondGLPK, let x = incumbents.values {
                var lp = model.milp
                for j in lp.columns.indices where lp.columns[j].kind != .continuous { lp.setKind(.continuous, ofColumn: j) }
                for j in dualRequest.fixedColumns { lp.setBounds(lower: x[j], upper: x[j], ofColumn: j) }
                do {
                    let relaxation = try planner.solver.solve(
                        lp, parameters: stageParameters("marginal values", share: 1), incumbent: nil, duals: dualRequest)
                    duals = relaxation.duals
                    seconds = relaxation.seconds
                } catch {
                    throw .solver(error)
                }
            }
            result = SolverResult(
                termination: .optimal, values: nil, objective: nil, bound: periodBound, nodes: periodNodes,
                seconds: seconds, incumbentAccepted: false, duals: duals, message: nil)
        } else if provenByLagrangian, let earlyBound {
            // No search: the heuristic's plan, proven by the Lagrangian bound; the pools'
            // multipliers stand in for their marginal values.
            result = SolverResult(
                termination: .optimal, values: nil, objective: nil, bound: earlyBound.bound, nodes: 0, seconds: 0,
                incumbentAccepted: false,
                duals: earlyBound.multipliers.pool.indices.filter { model.poolRow[$0] >= 0 }
                    .map { earlyBound.multipliers.pool[$0] },
                message: nil)
        } else if incumbents.values != nil,
            interruptedBeforeSearch || beyondGLPK || !budget.worthSolving(share: 1, setup: glpkSetup)
        {
            // Asked to stop, no time for GLPK, or a model beyond its budget, before the search
            // began: the heuristic's plan.
            result = SolverResult(
                termination: interruptedBeforeSearch ? .interrupted : beyondGLPK ? .workLimit : .timeLimit,
                values: nil, objective: nil, bound: nil, nodes: 0, seconds: 0,
                incumbentAccepted: false, duals: [], message: nil)
        } else {
            do {
                result = try planner.solver.solve(
                    model.milp, parameters: stageParameters("search", share: 1),
                    incumbent: options.useHeuristic ? incumbents.values : nil, duals: dualRequest)
            } catch {
                throw .solver(error)
            }
        }
        lap(\.solve)
        return result
    }

    /// Stage 4a: before the search, the model period by period (``PeriodImprovement``): first
    /// each period without the rules that span periods, for a bound and, when their plans
    /// together keep those rules, a plan; then, while still short of the gap, each period
    /// re-solved with the others and the armed indicators fixed. Within
    /// ``WorkBudget/periodNodes`` nodes a solve, ``WorkBudget/periodPasses`` improvement passes
    /// and half the time left. Its bound (``periodBound``) can make the search unnecessary.
    mutating func solveByPeriod() throws(PlanningError) {
        guard options.work.periodPasses > 0, !interrupted, scored.periodCount > 1, !provenByLagrangian,
            model.milp.columns.count / scored.periodCount <= options.work.periodColumns,
            let x = incumbents.values, let value = incumbents.value,
            budget.worthSolving(share: 0.5, setup: glpkSetup / Double(scored.periodCount))
        else { return }
        var bound = earlyBound?.bound ?? .infinity
        guard !bound.isFinite || relativeGap(value: value, bound: bound) > options.gap else { return }
        progress.show("period by period", force: true)
        let improver = PeriodImprovement(model: model, scored: scored, solver: planner.solver)
        let periods = scored.periodCount
        let passes = options.work.periodPasses
        var base = stageParameters("period", share: 0.5)
        base.nodeLimit = options.work.periodNodes
        // Relative to one period's part: a quarter of the gap each keeps the sum within it.
        base.gap = options.gap / 4
        let started = budget.clock.now
        let share = base.timeLimit ?? base.ceiling ?? options.work.ceilingSeconds
        var solves = 0
        let most = (passes + 1) * periods
        // Each remaining solve gets an equal part of what is left of the share.
        func parameters(_ label: String) -> SolveParameters {
            var stage = base
            let left = max(0.001, share - (budget.clock.now - started) / .seconds(1))
            let part = left / Double(max(1, most - solves))
            if stage.timeLimit != nil { stage.timeLimit = part } else { stage.ceiling = part }
            stage.progress?.label = label
            stage.purpose = "period"
            solves += 1
            return stage
        }
        do {
            // With the Lagrangian bound already found (large models), the plan is what is
            // short: straight to the improvement.
            if earlyBound == nil {
                let split = try improver.decompose(
                    from: x, parameters: { t in parameters("period bound \(t + 1)/\(periods)") }, stop: stopCheck)
                periodNodes += split.nodes
                if let values = split.values { incumbents.offer(values, in: model.milp) }
                if let periodBound = split.bound, periodBound < bound {
                    bound = periodBound
                    self.periodBound = periodBound
                }
            }
            if let x = incumbents.values, let value = incumbents.value,
                !bound.isFinite || relativeGap(value: value, bound: bound) > options.gap
            {
                // The value at which the gap is proven against the bound.
                let target = bound.isFinite ? bound - options.gap * max(1, abs(bound)) : .infinity
                let improved = try improver.improve(
                    from: x, value: value, passes: passes, target: target,
                    parameters: { pass, t in
                        var stage = parameters("period plan \(pass * periods + t + 1)/\(passes * periods)")
                        stage.nodeLimit = options.work.periodImproveNodes
                        return stage
                    },
                    stop: stopCheck)
                periodNodes += improved.nodes
                incumbents.offer(improved.values, in: model.milp)
            }
        } catch {
            throw .solver(error)
        }
        lap(\.heuristic)
    }

    /// The period bound proves the incumbent within the gap.
    var provenByPeriods: Bool {
        guard let periodBound, let value = incumbents.value else { return false }
        return relativeGap(value: value, bound: periodBound) <= options.gap
    }
}
