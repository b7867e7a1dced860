import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanPlanner

/// The Lagrangian bound (docs/solver.md): each area-period's subproblem is solved exactly, and
/// the bound is never below the optimum.
@Suite struct LagrangianTests {
    /// Every integer choice of units, checked against the local rules, by brute force.
    static func bruteForce(_ problem: AreaPeriodProblem, prices: [Double], armed: Bool) -> Double? {
        var best: Double?
        func visit(_ k: Int, _ units: [Int]) {
            if k == problem.forces.count {
                var e = (0.0, 0.0, 0.0)
                var total = 0
                var armedOfficers = 0
                var cost = 0.0
                for (j, f) in problem.forces.enumerated() {
                    let d = Double(units[j])
                    e = (e.0 + f.effect.0 * d, e.1 + f.effect.1 * d, e.2 + f.effect.2 * d)
                    total += f.unit * units[j]
                    if f.armed { armedOfficers += f.unit * units[j] }
                    cost += prices[j] * d
                }
                guard total >= problem.minOfficers, total <= problem.maxOfficers,
                    armedOfficers <= problem.armedLimit, (armedOfficers > 0) == armed,
                    (1 - problem.share) * Double(armedOfficers) <= problem.share * Double(total - armedOfficers) + 1e-9
                else { return }
                let value = problem.value(e) - cost
                if value > (best ?? -.infinity) { best = value }
                return
            }
            for n in 0...problem.forces[k].upper { visit(k + 1, units + [n]) }
        }
        visit(0, [])
        return best
    }

    @Test func areaPeriodSubproblemsAreSolvedExactly() {
        var rng = SplitMix64(seed: 7)
        func uniform(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &rng) }
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...3, using: &rng)
            let forces = (0..<count).map { _ -> AreaPeriodProblem.Force in
                let armed = Bool.random(using: &rng)
                let unit = armed ? 2 : Int.random(in: 1...2, using: &rng)
                let u = Double(unit)
                return .init(
                    unit: unit, armed: armed, effect: (uniform(0...1) * u, uniform(0...1) * u, uniform(0...1) * u),
                    upper: Int.random(in: 0...6, using: &rng))
            }
            let problem = AreaPeriodProblem(
                forces: forces, weight: (uniform(0...20), uniform(0...20), uniform(0...5)), scale: uniform(0.5...6),
                minOfficers: Int.random(in: 0...3, using: &rng), maxOfficers: Int.random(in: 2...14, using: &rng),
                armedLimit: Int.random(in: 0...8, using: &rng), share: [0.25, 0.5, 1].randomElement(using: &rng) ?? 0.5)
            let prices = forces.map { _ in uniform(-0.5...4) }
            for armed in [false, true] {
                let exact = Self.bruteForce(problem, prices: prices, armed: armed)
                let solved = problem.solve(prices: prices, armed: armed)?.value
                #expect((exact == nil) == (solved == nil), "\(problem) \(prices) armed \(armed)")
                if let exact, let solved {
                    #expect(abs(exact - solved) <= 1e-9 * max(1, abs(exact)), "\(problem) \(prices) armed \(armed)")
                }
            }
        }
    }

    /// A random subproblem of `count` forces with up to `upper` units each.
    static func randomProblem(_ rng: inout SplitMix64, count: Int, upper: Int) -> (AreaPeriodProblem, [Double]) {
        func uniform(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &rng) }
        let forces = (0..<count).map { _ -> AreaPeriodProblem.Force in
            let armed = Double.random(in: 0...1, using: &rng) < 0.4
            let unit = [1, 2, 3, 7].randomElement(using: &rng) ?? 1
            let u = Double(unit)
            return .init(
                unit: unit, armed: armed, effect: (uniform(0...1) * u, uniform(0...1) * u, uniform(0...1) * u),
                upper: Int.random(in: 0...upper, using: &rng))
        }
        let problem = AreaPeriodProblem(
            forces: forces, weight: (uniform(0...20), uniform(0...20), uniform(0...5)), scale: uniform(0.5...6),
            minOfficers: Int.random(in: 0...4, using: &rng),
            maxOfficers: Bool.random(using: &rng) ? Int.max / 4 : Int.random(in: 2...30, using: &rng),
            armedLimit: Int.random(in: 0...12, using: &rng), share: [0.25, 0.5, 1].randomElement(using: &rng) ?? 0.5)
        return (problem, forces.map { _ in uniform(-0.5...4) })
    }

    /// Up to five forces of units 1, 2, 3 and 7, some areas without a capacity: the search is
    /// exact within its default budget here, and with a tiny budget it is never below the optimum.
    @Test func theSearchIsExactWhenItFinishesAndAnUpperBoundWhenItDoesNot() {
        var rng = SplitMix64(seed: 13)
        var exactCount = 0
        for trial in 0..<400 {
            let (problem, prices) = Self.randomProblem(&rng, count: 1 + trial % 5, upper: 4)
            for armed in [false, true] {
                let exact = Self.bruteForce(problem, prices: prices, armed: armed)
                let full = problem.search(prices: prices, armed: armed)
                #expect((exact == nil) == (full == nil), "\(problem) \(prices) armed \(armed)")
                if let exact, let full, full.exact {
                    exactCount += 1
                    #expect(abs(exact - full.value) <= 1e-9 * max(1, abs(exact)), "\(problem) \(prices) armed \(armed)")
                }
                for budget in [1, 10, 40] {
                    let cut = problem.search(prices: prices, armed: armed, budget: budget)
                    if let exact {
                        let value = cut?.value ?? -.infinity
                        #expect(value >= exact - 1e-9 * max(1, abs(exact)), "budget \(budget): \(problem) armed \(armed)")
                    }
                }
            }
        }
        #expect(exactCount >= 300)
    }

    /// The units' LP relaxation (``AreaPeriodProblem/relaxationBound(e:caps:prices:)``) that
    /// bounds an unfinished search is never below the optimum, and with many forces covering
    /// the same risk it is far below the root's sum of gains alone.
    @Test func theRelaxationBoundIsNeverBelowTheOptimum() {
        var rng = SplitMix64(seed: 29)
        var tighter = 0
        for trial in 0..<150 {
            let (problem, prices) = Self.randomProblem(&rng, count: 4 + trial % 4, upper: 3)
            for armed in [false, true] {
                guard let exact = Self.bruteForce(problem, prices: prices, armed: armed) else { continue }
                let caps = problem.forces.map { $0.armed && !armed ? 0 : $0.upper }
                let bound = problem.relaxationBound(e: (0, 0, 0), caps: caps, prices: prices)
                #expect(bound >= exact - 1e-9 * max(1, abs(exact)), "\(problem) \(prices) armed \(armed)")
                let alone = problem.forces.indices.reduce(0.0) { sum, k in
                    let f = problem.forces[k]
                    let best = (0...caps[k]).map { n -> Double in
                        let d = Double(n)
                        return problem.value((f.effect.0 * d, f.effect.1 * d, f.effect.2 * d)) - prices[k] * d
                    }.max() ?? 0
                    return sum + max(0, best)
                }
                if bound < alone - 1e-9 { tighter += 1 }
            }
        }
        #expect(tighter >= 100)
    }

    /// Twelve forces, pools of a billion, no capacity: the work stays within the budget (plus
    /// one node's bisections), so a subproblem never hangs whatever the forces and pools.
    @Test func theSearchWorkDoesNotGrowWithForcesOrPools() {
        var rng = SplitMix64(seed: 21)
        for _ in 0..<50 {
            let (small, prices) = Self.randomProblem(&rng, count: 12, upper: 4)
            var problem = small
            problem.maxOfficers = Int.max / 4
            problem.armedLimit = 1_000_000_000
            for j in problem.forces.indices { problem.forces[j].upper = 1_000_000_000 }
            for armed in [false, true] {
                guard let outcome = problem.search(prices: prices, armed: armed) else { continue }
                #expect(outcome.work <= AreaPeriodProblem.defaultWork + 12 * 3 * 64)
                #expect(outcome.value.isFinite)
            }
        }
    }

    @Test(arguments: 0..<PropertyHarness.chunks)
    func theBoundIsNeverBelowAProvenOptimum(chunk: Int) throws {
        try Self.boundIsNeverBelowAProvenOptimum(law: 6, chunk: chunk, maxForces: 3, minimumProvenShare: PropertyHarness.minimumProvenShare)
    }

    /// The same with up to eight forces of units 1, 2, 3 and 7 (issue 13).
    @Test(arguments: 0..<PropertyHarness.chunks)
    func theBoundIsNeverBelowAProvenOptimumWithUpToEightForces(chunk: Int) throws {
        try Self.boundIsNeverBelowAProvenOptimum(law: 7, chunk: chunk, maxForces: 8, minimumProvenShare: 0.5)
    }

    static func boundIsNeverBelowAProvenOptimum(law: UInt64, chunk: Int, maxForces: Int, minimumProvenShare: Double) throws {
        var proven = 0
        let seeds = PropertyHarness.seeds(law: law, chunk: chunk)
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            generator.maxForces = maxForces
            let scenario = generator.scenario()
            let scored = try ScoredScenario(scenario)
            // Proven by the tree alone, so the check is independent of the bound under test.
            var options = PropertyHarness.options
            options.lagrangianIterations = 0
            let plan = try #require(try Planner(options: options).plan(scored, scenarioSHA256: "generated").plan, "seed \(seed)")
            guard plan.status == .optimal else { continue }
            proven += 1
            let model = ModelBuilder.build(scored)
            let lagrangian = LagrangianBound(scored: scored, model: model)
            let units = UnitAllocation(plan: plan, scored: scored).units
            let bound = try #require(
                lagrangian.bound(start: lagrangian.start(from: units), target: plan.objective.value, iterations: 60),
                "seed \(seed)")
            #expect(bound >= plan.objective.value - 1e-6 * max(1, abs(plan.objective.value)),
                    "seed \(seed): bound \(bound) below the optimum \(plan.objective.value)")
        }
        #expect(Double(proven) >= PropertyHarness.minimumProvenShare * Double(seeds.count))
    }
}
