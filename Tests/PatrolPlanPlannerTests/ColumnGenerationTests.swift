import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanPlanner

/// Column generation (``ColumnGeneration``, docs/solver.md): its bound is never below a proven
/// optimum, the master never above its bound, and every plan made of a master solution keeps
/// every rule of model@2.
@Suite struct ColumnGenerationTests {
    @Test(arguments: [0, 1])
    func boundsAndRoundedPlansHoldOnGeneratedScenarios(chunk: Int) throws {
        var proven = 0
        let seeds = PropertyHarness.seeds(law: 13, chunk: chunk)
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            generator.maxForces = 6
            let scored = try ScoredScenario(generator.scenario())
            // Proven by the tree alone, so the check is independent of the method under test.
            var options = PropertyHarness.options
            options.lagrangianIterations = 0
            let plan = try #require(try Planner(options: options).plan(scored, scenarioSHA256: "generated").plan)
            guard plan.status == .optimal else { continue }
            proven += 1
            let optimum = plan.objective.value
            let tolerance = 1e-6 * max(1, abs(optimum))
            let model = ModelBuilder.build(scored)
            let units = UnitAllocation(plan: plan, scored: scored).units
            let generation = ColumnGeneration(
                scored: scored, model: model, solver: GLPKSolver(), subproblemWork: WorkBudget().subproblem)
            var rounded: [Double] = []
            var limits = ColumnGeneration.Limits()
            limits.iterations = 30
            let outcome = try generation.run(
                from: units, incumbent: optimum, start: nil, gap: 0, limits: limits, stop: { false },
                progress: { _, _, _ in },
                round: { outcome in
                    var greedy = GreedyHeuristic(scored: scored, model: model)
                    guard let repaired = greedy.repair(from: generation.rounded(outcome)) else { return nil }
                    let x = model.columnValues(repaired, scored: scored)
                    #expect(model.milp.maxViolation(x) <= 1e-6, "seed \(seed): a repaired plan breaks a rule")
                    rounded.append(model.milp.objectiveValue(x))
                    return rounded.last
                })
            let bound = try #require(outcome.bound, "seed \(seed)")
            #expect(bound >= optimum - tolerance, "seed \(seed): bound \(bound) below the optimum \(optimum)")
            if let master = outcome.masterValue {
                // The master holds the starting plan's patterns, so never below it.
                #expect(master >= optimum - tolerance, "seed \(seed)")
                #expect(master <= bound + tolerance, "seed \(seed): master \(master) above the bound \(bound)")
            }
            for value in rounded {
                #expect(value <= bound + tolerance, "seed \(seed): a plan worth \(value) above the bound \(bound)")
            }
        }
        #expect(Double(proven) >= PropertyHarness.minimumProvenShare * Double(seeds.count))
    }

    /// Two areas want all of a pool of three: a start with three officers in each breaks the
    /// pool, and the repair takes officers away where they are worth least.
    @Test func repairRestoresAPoolAndKeepsTheBetterArea() throws {
        let scenario = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.9), Fixtures.area("b", gang: 0.2)], forces: [Fixtures.unarmed(3)])
        let scored = try ScoredScenario(scenario)
        let model = ModelBuilder.build(scored)
        var greedy = GreedyHeuristic(scored: scored, model: model)
        let result = greedy.repair(from: [3, 3])
        let repaired = try #require(result)
        #expect(repaired.reduce(0, +) == 3)
        #expect(repaired[0] >= repaired[1])
        #expect(model.milp.maxViolation(model.columnValues(repaired, scored: scored)) <= 1e-9)
        let optimum = try #require(try Fixtures.solve(scenario).plan).objective.value
        #expect(abs(model.milp.objectiveValue(model.columnValues(repaired, scored: scored)) - optimum) <= 1e-6)
    }

    /// A minimum presence that the pool cannot serve beside the start's other officers: when no
    /// officer may leave, the repair says so instead of returning a plan that breaks a rule.
    @Test func repairGivesUpWhenMinimumsHoldEveryOfficer() throws {
        let scenario = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.9, min: 2), Fixtures.area("b", gang: 0.2, min: 2)],
            forces: [Fixtures.unarmed(3)])
        let scored = try ScoredScenario(scenario)
        let model = ModelBuilder.build(scored)
        var greedy = GreedyHeuristic(scored: scored, model: model)
        let result = greedy.repair(from: [2, 2])
        #expect(result == nil)
    }
}
